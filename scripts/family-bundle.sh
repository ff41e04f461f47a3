#!/usr/bin/env bash
# The family's small app (src/bin/family-view.rs) into dist/, after trunk has
# built the planner there: compiled, bound and optimised the way trunk does it
# (wasm-bindgen --target web, wasm-opt -Oz), named by a hash of its contents,
# and chosen by dist/index.html's loader when the address carries a link
# (scripts/family-bundle.mjs). Run by scripts/build-site.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
target_dir=$(cargo metadata --format-version 1 --no-deps --offline | node -e 'process.stdout.write(JSON.parse(require("fs").readFileSync(0)).target_directory)')
out="$target_dir/family-bundle"
rm -rf "$out" && mkdir -p "$out"
cargo build --release --locked --offline --target wasm32-unknown-unknown --bin family-view
wasm-bindgen --target web --no-typescript --out-dir "$out" "$target_dir/wasm32-unknown-unknown/release/family-view.wasm"
wasm-opt -Oz --output "$out/family-view_bg.opt.wasm" "$out/family-view_bg.wasm"
mv "$out/family-view_bg.opt.wasm" "$out/family-view_bg.wasm"
node scripts/family-bundle.mjs "$out" dist
