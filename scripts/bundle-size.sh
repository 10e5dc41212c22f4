#!/usr/bin/env bash
# Each page's transfer size: the files a browser loads for it, raw and gzip -9, and the total.
# (The pages share no files: each folder in dist/ holds everything its page loads.)
# `--budget PAGE=BYTES` (PAGE: estimate, plan or quote) fails when that page's gzip total is
# over BYTES; `make test` holds the estimator to issue 5's 200 KB.
set -euo pipefail
declare -A budget=()
while [ $# -gt 0 ]; do
  case "$1" in
    --budget) budget[${2%%=*}]=${2#*=}; shift 2 ;;
    *) echo "usage: $0 [--budget PAGE=BYTES]..." >&2; exit 2 ;;
  esac
done
cd "$(dirname "$0")/../dist"
over=0
for page in estimate plan quote; do
  if [ "$page" = estimate ]; then dir=.; url=/; else dir=$page; url=/$page/; fi
  total_raw=0; total_gz=0
  for f in "$dir"/*.wasm "$dir"/*.js "$dir"/*.html "$dir"/*.css; do
    [ -f "$f" ] || continue
    raw=$(stat -c %s "$f"); gz=$(gzip -9c "$f" | wc -c)
    total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
    printf '%-52s %8d B  %7d B gzip\n' "${f#./}" "$raw" "$gz"
  done
  printf '%-52s %8d B  %7d B gzip\n' "page total: $page ($url)" "$total_raw" "$total_gz"
  if [ -n "${budget[$page]:-}" ]; then
    if [ "$total_gz" -le "${budget[$page]}" ]; then
      echo "  within its budget of ${budget[$page]} B"
    else
      echo "  OVER its budget of ${budget[$page]} B" >&2; over=1
    fi
  fi
  echo
done
exit $over
