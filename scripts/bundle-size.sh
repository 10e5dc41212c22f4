#!/usr/bin/env bash
# The whole app's transfer size: every file a first visit downloads (the page, its wasm, JS and
# CSS, start.js, and what the service worker then keeps: the manifest and the icons; and sw.js
# itself), each raw, gzip -9 and brotli (best), and the totals. The list is the one in
# dist/sw.js (scripts/finish-dist.sh writes it), plus sw.js; without a sw.js, every file at the
# top of dist/.
# `--max BYTES` fails when the gzip total is over BYTES (make test: 400000).
# Usage: scripts/bundle-size.sh [--max BYTES] [DIST]
set -euo pipefail
max=""
dist="$(dirname "$0")/../dist"
while [ $# -gt 0 ]; do
  case "$1" in
    --max) max=$2; shift 2 ;;
    -*) echo "usage: $0 [--max BYTES] [DIST]" >&2; exit 2 ;;
    *) dist=$1; shift ;;
  esac
done
cd "$dist"
command -v brotli >/dev/null || { echo "$0: brotli is missing: scripts/setup.sh installs it" >&2; exit 1; }

files=()
if [ -f sw.js ]; then
  list=$(sed -n 's/^const FILES = \[\(.*\)\];$/\1/p' sw.js)
  [ -n "$list" ] || { echo "$0: no file list in $dist/sw.js" >&2; exit 1; }
  IFS=', ' read -r -a files <<<"${list//\"/}"
  files+=(sw.js)
else
  for file in *; do [ -f "$file" ] && case "$file" in *.gz|*.br) ;; *) files+=("$file") ;; esac; done
fi

total_raw=0; total_gz=0; total_br=0
printf '%-48s %9s %9s %9s\n' file raw gzip brotli
for file in "${files[@]}"; do
  raw=$(stat -c %s "$file"); gz=$raw; br=$raw
  # What a server sends: the compressed copy when it is smaller (scripts/finish-dist.sh makes
  # one for text and wasm; images such as PNG are sent as they are).
  case "$file" in
    *.png|*.jpg|*.webp) ;;
    *) gz=$(gzip -9 -n -c "$file" | wc -c); br=$(brotli -q 11 -c "$file" | wc -c) ;;
  esac
  [ "$gz" -lt "$raw" ] || gz=$raw
  [ "$br" -lt "$raw" ] || br=$raw
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz)); total_br=$((total_br + br))
  printf '%-48s %9d %9d %9d\n' "$file" "$raw" "$gz" "$br"
done
printf '%-48s %9d %9d %9d\n' "whole app (${#files[@]} files)" "$total_raw" "$total_gz" "$total_br"
if [ -n "$max" ]; then
  if [ "$total_gz" -le "$max" ]; then
    echo "gzip total within $max B"
  else
    echo "gzip total $total_gz B is OVER $max B" >&2; exit 1
  fi
fi
