#!/usr/bin/env bash
# Each page's transfer size: the files a browser loads for it, raw and gzip -9, and the total.
# (The pages share no files: each folder in dist/ holds everything its page loads.)
set -euo pipefail
cd "$(dirname "$0")/../dist"
for page in . plan quote; do
  total_raw=0; total_gz=0
  for f in "$page"/*.wasm "$page"/*.js "$page"/*.html "$page"/*.css; do
    [ -f "$f" ] || continue
    raw=$(stat -c %s "$f"); gz=$(gzip -9c "$f" | wc -c)
    total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
    printf '%-52s %8d B  %7d B gzip\n' "${f#./}" "$raw" "$gz"
  done
  name=$([ "$page" = . ] && echo "estimate (/)" || echo "$page (/$page/)")
  printf '%-52s %8d B  %7d B gzip (%d KB)\n\n' "page total: $name" "$total_raw" "$total_gz" $(((total_gz + 1023) / 1024))
done
