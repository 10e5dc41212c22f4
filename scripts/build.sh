#!/usr/bin/env bash
# Builds the app into dist/: trunk (the page, its wasm bundle and stylesheet), then the
# prerendered places (src/bin/prerender.rs: each place's first view in its own page), then
# scripts/finish-dist.sh (service worker, manifest, precompressed copies).
# Arguments are passed to `trunk build` (e.g. --release).
set -euo pipefail
cd "$(dirname "$0")/.."
# The places other than the estimate are split out of the app's wasm and fetched when first
# opened (src/app/later.rs): trunk builds the app with the `split` feature and the linker's
# relocations, and calls scripts/wasm-bindgen-split.sh for wasm-bindgen, which leaves the
# places' modules and their loader in $SPLIT_OUT.
split_tools="$PWD/target/split-tools"
mkdir -p "$split_tools"
ln -sf "$PWD/scripts/wasm-bindgen-split.sh" "$split_tools/wasm-bindgen"
export SPLIT_OUT="$PWD/target/wasm-split"
rm -rf "$SPLIT_OUT"
PATH="$split_tools:$PATH" RUSTFLAGS="-Clink-args=--emit-relocs" trunk build "$@"
[ -d "$SPLIT_OUT" ] || { echo "$0: the app was not split (scripts/wasm-bindgen-split.sh)" >&2; exit 1; }
cp "$SPLIT_OUT"/* dist/
# The loader finds the main module's exports through its JS, which trunk names after a hash.
main_js=(dist/training-planner-*.js)
[ ${#main_js[@]} -eq 1 ] || { echo "$0: expected one training-planner-*.js in dist/" >&2; exit 1; }
sed -i "s|\"\./main\.js\"|\"./${main_js[0]#dist/}\"|" dist/places-*.js
# The pages are built for the day of the commit, so the same commit gives the same pages byte
# for byte; outside a git checkout, today.
day=$(git log -1 --format=%cs 2>/dev/null || date -u +%F)
rm -f dist/app.html
cargo run --quiet --features prerender --bin prerender -- dist "$day"
if [ -x scripts/finish-dist.sh ]; then
  scripts/finish-dist.sh dist
fi
