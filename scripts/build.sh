#!/usr/bin/env bash
# Builds the app into dist/: trunk (the page, its wasm bundle and stylesheet), then the
# prerendered places (src/bin/prerender.rs: each place's first view in its own page), then
# scripts/finish-dist.sh (service worker, manifest, precompressed copies).
# Arguments are passed to `trunk build` (e.g. --release).
set -euo pipefail
cd "$(dirname "$0")/.."
trunk build "$@"
# The pages are built for the day of the commit, so the same commit gives the same pages byte
# for byte; outside a git checkout, today.
day=$(git log -1 --format=%cs 2>/dev/null || date -u +%F)
rm -f dist/app.html
cargo run --quiet --features prerender --bin prerender -- dist "$day"
if [ -x scripts/finish-dist.sh ]; then
  scripts/finish-dist.sh dist
fi
