#!/usr/bin/env bash
# After trunk: makes a built app in DIST ready to put on any static host and to work offline.
# Usage: scripts/finish-dist.sh DIST (e.g. dist). Runs after trunk and after the JS is minified,
# since it hashes and compresses the files as they will be served. Running it twice on the same
# DIST gives the same result.
#
#  1. the web app manifest and the icons (static/) into DIST;
#  2. each place's own page (plan/index.html, quote/index.html, year/…, compare/…: prerendered by scripts/build.sh;
#     a copy of index.html when not), and 404.html, the app's page for any other address
#     (app.html, trunk's page before prerendering, when there is one), so that a host without
#     rewrite rules still opens a deep link (README);
#  3. DIST/sw.js from scripts/sw-template.js: the files it keeps at once (the app's own:
#     its page, app.html (index.html in a build without prerendering), the hashed js/wasm/css,
#     start.js, the manifest, the icons), the files it keeps
#     on first use (ON_DEMAND: the Excel writer's web worker, which a visit that exports no
#     spreadsheet never downloads), and a cache name with a hash of all of them (the template's
#     comment lines left out);
#  4. a .gz (gzip -9) and a .br (brotli, best) beside every text and wasm file, when smaller,
#     for servers that send precompressed files (ours does: serve/, tower-http's ServeDir).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dist="${1:?usage: $0 DIST}"
[ -f "$dist/index.html" ] || { echo "$0: no index.html in $dist: build it first" >&2; exit 1; }
command -v brotli >/dev/null || { echo "$0: brotli is missing: scripts/setup.sh installs it" >&2; exit 1; }
cd "$dist"

# The app's client-side routes other than the root.
ROUTES=(plan quote year compare)
# Files the app fetches only when first used: the Excel writer's web worker (xlsx-worker/, about
# 260 KB gzip; index.html). Not kept at install, so not part of a first visit; the service worker
# keeps each the first time the app fetches it. Their names carry no hash (trunk names a worker
# after its binary), so the cache name's hash covers them.
ON_DEMAND=(xlsx-export.js xlsx-worker.js xlsx-worker_bg.wasm)

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
[ -e 404.html ] || cp "$( [ -e app.html ] && echo app.html || echo index.html )" 404.html

# 3. The service worker. It keeps every file the app loads, of the pages only the one it
#    answers every route with, and not the compressed copies: the
#    on-demand files when first fetched, every other at install. That includes the modules of
#    the places other than the estimate (split-*.wasm, chunk-*.wasm: src/app/later.rs), so that
#    every place opens offline after one visit; the worker installs once the app has started,
#    so they are never in the way of a first visit's estimate.
for file in "${ON_DEMAND[@]}"; do
  [ -f "$file" ] || { echo "$0: $dist/$file is missing: trunk builds it (index.html)" >&2; exit 1; }
done
# The page the worker answers every navigation with: the app's page without a prerendered view
# (app.html, when the build prerendered), since whoever the worker serves has been here before
# and keeps work in this browser, so a prerendered view would be hidden anyway (src/prerender.rs)
# and would only cost the parse of its 25 KB.
page=index.html
[ -e app.html ] && page=app.html
files=("$page")
while IFS= read -r file; do
  file=${file#./}
  # Of the pages, only that one: the places' prerendered pages (about 7 KB gzip each) are for
  # first visits, from the server; 404.html is for hosts.
  case "$file" in *.html) continue ;; esac
  [[ " ${ON_DEMAND[*]} " == *" $file "* ]] && continue
  files+=("$file")
done < <(find . -type f ! -name sw.js ! -name '*.gz' ! -name '*.br' ! -name '*.map' | LC_ALL=C sort)
# A JavaScript array of file names.
js_list() {
  local list="" file
  for file in "$@"; do
    if [[ ! "$file" =~ ^[A-Za-z0-9._/-]+$ ]]; then
      echo "$0: unexpected file name in $dist: $file" >&2; exit 1
    fi
    list+="${list:+, }\"$file\""
  done
  echo "[$list]"
}
precache=$(js_list "${files[@]}")
later=$(js_list "${ON_DEMAND[@]}")
version=$(sha256sum "${files[@]}" "${ON_DEMAND[@]}" | sha256sum | cut -c1-16)
# The template's comment lines are for people reading it, not for browsers: left out, they
# take about 1 KB gzip off every first visit.
sed -e '/^[[:space:]]*\/\//d' \
  -e "s|__CACHE_VERSION__|$version|" -e "s|__PRECACHE__|$precache|" -e "s|__LATER__|$later|" \
  -e "s|__APP_PAGE__|$page|" \
  "$root/scripts/sw-template.js" > sw.js
echo "sw.js: cache training-planner-$version, ${#files[@]} files at install, ${#ON_DEMAND[@]} on first use" >&2

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
