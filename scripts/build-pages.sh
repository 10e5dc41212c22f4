#!/usr/bin/env bash
# Builds the three pages into dist/: the estimator at the root, the planner in dist/plan/ and the
# quote desk in dist/quote/, each with its own wasm bundle (src/app/pages.rs says why). Trunk
# builds one page per run and replaces its whole dist folder, so the root goes first.
# Arguments are passed to each `trunk build` (e.g. --release).
set -euo pipefail
cd "$(dirname "$0")/.."
# Relative asset paths, so the pages work from any path they are served under.
trunk build "$@" --public-url ./ --dist dist index.html
trunk build "$@" --public-url ./ --dist dist/plan pages/plan.html
trunk build "$@" --public-url ./ --dist dist/quote pages/quote.html
