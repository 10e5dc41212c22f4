#!/usr/bin/env bash
# After trunk: makes a built app in DIST ready to put on any static host and to work offline.
# Usage: scripts/finish-dist.sh DIST (e.g. dist). Runs after trunk and after the JS is minified,
# since it hashes and compresses the files as they will be served. Running it twice on the same
# DIST gives the same result.
#
#  1. the web app manifest and the icons (static/) into DIST;
#  2. index.html copied to each route's folder (plan/index.html, quote/index.html) and to
#     404.html, so that a host without rewrite rules still opens a deep link (README);
#  3. DIST/sw.js from scripts/sw-template.js: the files it keeps (the app's own: index.html,
#     the hashed js/wasm/css, start.js, the manifest, the icons) and a cache name with a hash of
#     all of them;
#  4. a .gz (gzip -9) and a .br (brotli, best) beside every text and wasm file, when smaller,
#     for servers that send precompressed files (ours does: tests/support/static_site.rs).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dist="${1:?usage: $0 DIST}"
[ -f "$dist/index.html" ] || { echo "$0: no index.html in $dist: build it first" >&2; exit 1; }
command -v brotli >/dev/null || { echo "$0: brotli is missing: scripts/setup.sh installs it" >&2; exit 1; }
cd "$dist"

# The app's client-side routes other than the root.
ROUTES=(plan quote)

# What an earlier run made goes first.
find . -type f \( -name '*.gz' -o -name '*.br' \) -delete
rm -f sw.js

# 1. Manifest and icons.
cp "$root"/static/manifest.webmanifest "$root"/static/icon*.svg "$root"/static/icon-*.png .

# 2. A copy of index.html for each route and for unknown paths, unless a page is there already.
for route in "${ROUTES[@]}"; do
  if [ ! -e "$route/index.html" ]; then
    mkdir -p "$route"
    cp index.html "$route/index.html"
  fi
done
[ -e 404.html ] || cp index.html 404.html

# 3. The service worker. It keeps every file the app loads, not the copies of index.html
#    (the worker answers every route with index.html itself) nor the compressed copies.
files=(index.html)
while IFS= read -r file; do
  file=${file#./}
  [ "$file" = index.html ] && continue
  case "$file" in *.html) cmp -s "$file" index.html && continue ;; esac
  files+=("$file")
done < <(find . -type f ! -name sw.js ! -name '*.gz' ! -name '*.br' ! -name '*.map' | LC_ALL=C sort)
list=""
for file in "${files[@]}"; do
  if [[ ! "$file" =~ ^[A-Za-z0-9._/-]+$ ]]; then
    echo "$0: unexpected file name in $dist: $file" >&2; exit 1
  fi
  list+="${list:+, }\"$file\""
done
version=$(sha256sum "${files[@]}" | sha256sum | cut -c1-16)
sed -e "s|__CACHE_VERSION__|$version|" -e "s|__PRECACHE__|[$list]|" "$root/scripts/sw-template.js" > sw.js
echo "sw.js: cache training-planner-$version, ${#files[@]} files" >&2

# 4. Precompressed copies, kept only when smaller than the file.
while IFS= read -r file; do
  size=$(stat -c %s "$file")
  gzip -9 -n -c "$file" > "$file.gz"
  brotli -q 11 -c "$file" > "$file.br"
  for copy in "$file.gz" "$file.br"; do
    [ "$(stat -c %s "$copy")" -lt "$size" ] || rm -f "$copy"
  done
done < <(find . -type f \( -name '*.html' -o -name '*.js' -o -name '*.css' -o -name '*.wasm' \
  -o -name '*.webmanifest' -o -name '*.json' -o -name '*.svg' -o -name '*.txt' -o -name '*.ico' \) | LC_ALL=C sort)
