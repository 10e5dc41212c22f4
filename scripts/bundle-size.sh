#!/usr/bin/env bash
# The release bundle's transfer size: each file in dist/ and the total, raw and gzip -9.
set -euo pipefail
cd "$(dirname "$0")/../dist"
total_raw=0; total_gz=0
for f in *.wasm *.js *.html *.css; do
  [ -f "$f" ] || continue
  raw=$(stat -c %s "$f"); gz=$(gzip -9c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '%-48s %8d B  %7d B gzip\n' "$f" "$raw" "$gz"
done
printf '%-48s %8d B  %7d B gzip (%d KB)\n' "total" "$total_raw" "$total_gz" $(((total_gz + 1023) / 1024))
