#!/usr/bin/env bash
# Builds the app into dist/: trunk (the page, its wasm bundle and stylesheet), then
# scripts/finish-dist.sh (service worker, manifest, precompressed copies).
# Arguments are passed to `trunk build` (e.g. --release).
set -euo pipefail
cd "$(dirname "$0")/.."
trunk build "$@"
if [ -x scripts/finish-dist.sh ]; then
  scripts/finish-dist.sh dist
fi
