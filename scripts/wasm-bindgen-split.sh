#!/usr/bin/env bash
# Stands in for wasm-bindgen in the release build: scripts/build.sh links it as `wasm-bindgen`
# in a directory it puts first on PATH while trunk runs. trunk 0.21 has no step between cargo's
# build and wasm-bindgen, and that is where the app's wasm must be split: wasm_split_cli reads
# the linker's relocations (the build passes --emit-relocs), which wasm-bindgen drops.
#
# For a wasm with split points (the app, built with the `split` feature: src/app/later.rs), it
#  1. splits it with wasm-split-cli into the main module and one module per place (plus chunks
#     the places share);
#  2. runs the real wasm-bindgen, with trunk's arguments, on the main module;
#  3. names the places' files after a hash of the input, so that a release's files never take
#     an earlier release's names (they are kept a year, like trunk's hashed files: serve/), and
#     points the main module's JS at their loader;
#  4. leaves them, optimised with wasm-opt -Oz like the main module, in $SPLIT_OUT for
#     scripts/build.sh to copy into dist/ (trunk copies only the files it knows).
# The loader imports wasm-bindgen's JS as "./main.js"; build.sh gives it trunk's hashed name.
# A wasm without split points (the Excel worker) goes to wasm-bindgen as it is, less the
# relocations.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# The real wasm-bindgen: the next one on PATH after this directory.
PATH="$(printf '%s' "$PATH" | tr ':' '\n' | grep -vxF "$here" | paste -sd: -)"
export PATH

input="" out_dir="" out_name=""
for arg in "$@"; do
  case "$arg" in
    --out-dir=*) out_dir=${arg#--out-dir=} ;;
    --out-name=*) out_name=${arg#--out-name=} ;;
    -*) ;;
    *.wasm) input=$arg ;;
  esac
done
[ -n "$input" ] && [ -n "$out_dir" ] && [ -n "$out_name" ] || exec wasm-bindgen "$@"
: "${SPLIT_OUT:?scripts/build.sh sets SPLIT_OUT}"

# The real wasm-bindgen with trunk's arguments, on WASM instead of trunk's input, and EXTRA.
trunk_args=("$@")
bindgen() {
  local wasm=$1 arg args=()
  shift
  for arg in "${trunk_args[@]}"; do
    [ "$arg" = "$input" ] && arg=$wasm
    args+=("$arg")
  done
  wasm-bindgen "${args[@]}" "$@"
}

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
wasm-split-cli "$input" "$work"
if ! compgen -G "$work/split_*.wasm" >/dev/null; then
  # No split points: the input as it is, less the relocations the build asked the linker for
  # (the `linking` and `reloc.*` sections), which wasm-bindgen and wasm-opt would keep.
  python3 - "$input" "$work/plain.wasm" <<'EOF'
import sys
data = open(sys.argv[1], "rb").read()
def leb(at):
    value = shift = 0
    while True:
        byte = data[at]; at += 1
        value |= (byte & 0x7F) << shift; shift += 7
        if byte < 0x80:
            return value, at
out, at = bytearray(data[:8]), 8
while at < len(data):
    start = at
    section_id = data[at]
    size, body = leb(at + 1)
    end = body + size
    if section_id == 0:
        length, name_at = leb(body)
        name = data[name_at:name_at + length].decode()
        if name == "linking" or name.startswith("reloc."):
            at = end
            continue
    out += data[start:end]
    at = end
open(sys.argv[2], "wb").write(out)
EOF
  bindgen "$work/plain.wasm"
  exit
fi

# The places' modules use the main module's exports by the names the linker gave them.
bindgen "$work/main.wasm" --keep-lld-exports

hash="$(sha256sum "$input" | cut -c1-16)"
rm -rf "$SPLIT_OUT"
mkdir -p "$SPLIT_OUT"
loader="places-$hash.js"
renames=()
for file in "$work"/*.wasm; do
  name="$(basename "$file" .wasm)"
  [ "$name" = main ] && continue
  target="${name//_/-}-$hash.wasm"
  # Quiet unless it fails: it warns of every name subsection it does not know (the linker's).
  wasm-opt -Oz "$file" -o "$SPLIT_OUT/$target" 2> "$work/wasm-opt.log" || { cat "$work/wasm-opt.log" >&2; exit 1; }
  renames+=(-e "s|\"\\./$name\\.wasm\"|\"./$target\"|")
done
sed "${renames[@]}" "$work/__wasm_split.js" > "$SPLIT_OUT/$loader"
# trunk's minifier (minify-js) refuses two things wasm-bindgen writes, and then leaves the whole
# file as it is (about 4 KB more brotli on the way to the app being live): `export { …, x as
# default }`, said here the other standard way, and the imports below without a semicolon.
sed -i -E 's|^export \{ initSync, __wbg_init as default \};$|export { initSync };\nexport default __wbg_init;|' "$out_dir/$out_name.js"
sed -i -E "s|^(import \* as [A-Za-z0-9_]+ from )\"\\./__wasm_split\\.js\";?\$|\\1\"./$loader\";|" "$out_dir/$out_name.js"
echo "wasm-bindgen-split: $(find "$SPLIT_OUT" -name '*.wasm' | wc -l) modules for the places, loader $loader" >&2
