#!/usr/bin/env bash
# Installs what `make serve` and `make test` need, each piece only when it is missing, so a
# second run installs nothing. Tools go to ~/.cargo/bin, the OS, or $TRAINING_PLANNER_TOOLS
# (outside the repository); nothing is downloaded except through cargo, npm and apt.
set -euo pipefail
cd "$(dirname "$0")/.."

TOOLS="${TRAINING_PLANNER_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/training-planner-tools}"
TRUNK_VERSION=0.21.14   # 0.22 needs a newer rustc than this machine's
WASM_SPLIT_VERSION=0.2.3 # must match wasm_split_helpers in Cargo.lock (the format of the split points)
BINARYEN_VERSION=132    # Debian's wasm-opt (108) and the crates.io one (116) reject today's wasm
AXE_VERSION=4.14.1      # the accessibility check (tests/e2e/accessibility.rs); Python wrappers bundle 3.x
# brotli: scripts/finish-dist.sh precompresses the release files (.br beside .gz)
APT_PACKAGES=(chromium chromium-driver fonts-noto-cjk brotli)

say() { printf '==> %s\n' "$*" >&2; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# The Rust target for the browser.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# Every crate, for every target: trunk builds offline.
cargo fetch --quiet

# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock exactly. Installed without
# --locked: its own lockfile pins crates newer than this registry holds.
wb_version=$(cargo pkgid wasm-bindgen | sed 's/.*@//')
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wb_version" ]; then
  say "installing wasm-bindgen-cli $wb_version (about 3 minutes)"
  cargo install wasm-bindgen-cli --version "=$wb_version" --force
fi

# trunk: with --locked (without it, lightningcss fails to build against a newer cssparser).
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 9 minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --force
fi

# wasm-split-cli: splits the app's wasm into the main module and the places' modules
# (scripts/wasm-bindgen-split.sh).
# (It has no --version: cargo's list of installed crates says which one is there.)
if ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:" || ! command -v wasm-split-cli >/dev/null; then
  say "installing wasm_split_cli_support $WASM_SPLIT_VERSION (about 2 minutes)"
  cargo install wasm_split_cli_support --version "=$WASM_SPLIT_VERSION" --features build-binary --locked --force
fi

# wasm-opt from npm's binaryen (runs under node).
if ! command -v npm >/dev/null; then
  say "installing node and npm"
  as_root apt-get update -qq && as_root apt-get install -y -qq nodejs npm
fi
if ! "$TOOLS/binaryen/node_modules/.bin/wasm-opt" --version 2>/dev/null | grep -q "version $BINARYEN_VERSION"; then
  say "installing binaryen@$BINARYEN_VERSION into $TOOLS/binaryen"
  mkdir -p "$TOOLS/binaryen"
  npm install --silent --no-audit --no-fund --prefix "$TOOLS/binaryen" "binaryen@$BINARYEN_VERSION"
fi

# axe-core, injected into the pages by the accessibility check of the end-to-end tests.
AXE_DIR="$TOOLS/axe-core/node_modules/axe-core"
if ! grep -qs "\"version\": \"$AXE_VERSION\"" "$AXE_DIR/package.json" || [ ! -f "$AXE_DIR/axe.min.js" ]; then
  say "installing axe-core@$AXE_VERSION into $TOOLS/axe-core"
  mkdir -p "$TOOLS/axe-core"
  npm install --silent --no-audit --no-fund --prefix "$TOOLS/axe-core" "axe-core@$AXE_VERSION"
fi

# Headless Chromium, its driver (for wasm-bindgen-test), CJK fonts (else Chinese is boxes) and
# brotli.
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}"
fi
