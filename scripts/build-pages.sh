#!/usr/bin/env bash
# Builds the three pages into dist/: the estimator at the root, the planner in dist/plan/ and the
# quote desk in dist/quote/, each with its own wasm bundle (src/app/pages.rs says why). Trunk
# builds one page per run and replaces its whole dist folder, so the root goes first.
# Arguments are passed to each `trunk build` (e.g. --release).
set -euo pipefail
cd "$(dirname "$0")/.."
# Relative asset paths, so the pages work from any path they are served under. No subresource
# integrity hashes: the JS is minified after trunk has written them (the CSP allows only the
# app's own files either way).
for page in "dist index.html" "dist/plan pages/plan.html" "dist/quote pages/quote.html"; do
  read -r dist html <<<"$page"
  trunk build "$@" --no-sri --public-url ./ --dist "$dist" "$html"
done

# wasm-bindgen's JS glue, minified (scripts/setup.sh installs terser): ~1.7 KB gzip a page.
TOOLS="${TRAINING_PLANNER_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/training-planner-tools}"
for js in dist/*-*.js dist/*/*-*.js; do
  "$TOOLS/terser/node_modules/.bin/terser" "$js" --module --compress --mangle --output "$js"
done

# Manifest, icons, service worker, copies of index.html for static hosts, .gz and .br.
scripts/finish-dist.sh dist
