#!/usr/bin/env bash
# The whole app's transfer size: every file a first visit downloads (the page, its wasm, JS and
# CSS, start.js, and what the service worker then keeps: the app's page for later visits, the
# manifest and the icons; and sw.js itself), each raw, gzip -9 and brotli (best), and the
# totals. The list is the one in dist/sw.js (scripts/finish-dist.sh writes it), plus sw.js and
# index.html; without a sw.js, every file at the
# top of dist/. Then, apart, what is downloaded only on first use (sw.js's LATER: the Excel
# writer's web worker), which a first visit never fetches.
# `--max-live BYTES` fails when what the app needs before it is live (gzip) is over BYTES, and
# `--max BYTES` when the whole first visit is (make test sets both; the Makefile says why).
# Usage: scripts/bundle-size.sh [--max-live BYTES] [--max BYTES] [DIST]
set -euo pipefail
max=""
max_live=""
dist="$(dirname "$0")/../dist"
while [ $# -gt 0 ]; do
  case "$1" in
    --max) max=$2; shift 2 ;;
    --max-live) max_live=$2; shift 2 ;;
    -*) echo "usage: $0 [--max-live BYTES] [--max BYTES] [DIST]" >&2; exit 2 ;;
    *) dist=$1; shift ;;
  esac
done
cd "$dist"
command -v brotli >/dev/null || { echo "$0: brotli is missing: scripts/setup.sh installs it" >&2; exit 1; }

# The names in sw.js's `const NAME = [...]` line, one a line.
sw_list() {
  sed -n "s/^const $1 = \[\(.*\)\];\$/\1/p" sw.js | tr -d '" ' | tr ',' '\n' | sed '/^$/d'
}

files=(); later=()
if [ -f sw.js ]; then
  mapfile -t files < <(sw_list FILES)
  [ ${#files[@]} -gt 0 ] || { echo "$0: no file list in $dist/sw.js" >&2; exit 1; }
  files+=(sw.js)
  # The page the visit opened: the worker keeps the app's page (app.html) for later visits, so
  # the prerendered index.html a first visit reads is not in its list.
  [[ " ${files[*]} " == *" index.html "* ]] || files=(index.html "${files[@]}")
  mapfile -t later < <(sw_list LATER)
else
  for file in *; do [ -f "$file" ] && case "$file" in *.gz|*.br) ;; *) files+=("$file") ;; esac; done
fi

# Prints each file's sizes and a total line labelled $1; sets total_raw, total_gz, total_br.
table() {
  local label=$1 file raw gz br
  shift
  total_raw=0; total_gz=0; total_br=0
  for file in "$@"; do
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
  printf '%-48s %9d %9d %9d\n' "$label ($# files)" "$total_raw" "$total_gz" "$total_br"
}

printf '%-48s %9s %9s %9s\n' file raw gzip brotli
if [ ${#later[@]} -gt 0 ]; then
  table "on first use, not in the first visit" "${later[@]}"
  echo
fi
# What the app needs before it is live: the page and what it loads before the app starts (the
# stylesheet, start.js, the app's JS and wasm, the places' loader). Not the modules of the
# places other than the estimate (split-*, chunk-*: fetched when first opened, or kept by the
# service worker once it installs), nor the worker, the manifest and the icons.
live=()
for file in "${files[@]}"; do
  case "$file" in
    index.html | *.css | start.js | training-planner-*.js | training-planner-*_bg.wasm | places-*.js) live+=("$file") ;;
  esac
done
table "before the app is live, first visit of /" "${live[@]}"
live_gz=$total_gz
echo
table "whole app, first visit" "${files[@]}"
if [ -n "$max_live" ]; then
  if [ "$live_gz" -le "$max_live" ]; then
    echo "gzip before the app is live within $max_live B"
  else
    echo "gzip before the app is live $live_gz B is OVER $max_live B" >&2; exit 1
  fi
fi
if [ -n "$max" ]; then
  if [ "$total_gz" -le "$max" ]; then
    echo "gzip total within $max B"
  else
    echo "gzip total $total_gz B is OVER $max B" >&2; exit 1
  fi
fi
