#!/usr/bin/env bash
# Each page loads one stylesheet: the shared rules (style/base.css) followed by its own
# (style/estimate.css, plan.css, quote.css), written to style/pages/ for trunk to pick up. Run
# by trunk before every build (Trunk.toml). One file rather than two <link>s: a page waits for
# fewer requests, and headless Chromium's virtual time, which the end-to-end tests use,
# sometimes never started the app when a page had two stylesheets.
set -euo pipefail
cd "$(dirname "$0")/../style"
mkdir -p pages
for page in estimate plan quote; do
  cat base.css "$page.css" > "pages/$page.css.tmp"
  # Rewrite only when changed, so trunk's watcher does not loop.
  if ! cmp -s "pages/$page.css.tmp" "pages/$page.css"; then
    mv "pages/$page.css.tmp" "pages/$page.css"
  else
    rm "pages/$page.css.tmp"
  fi
done
