#!/usr/bin/env bash
# The planner split at its lazy screens and tasks (src/ui/lazy.rs), into a folder:
#   scripts/planner-split.sh OUT_DIR
# compiled with --cfg ftm_split and the linker's relocations (in a target
# folder of its own), split by wasm-split-cli (wasm_split_cli_support, what
# cargo-leptos --split runs), bound by wasm-bindgen (keeping the exports the
# parts import) and each wasm optimised with wasm-opt -Oz, as trunk does for
# the whole one. scripts/planner-split.mjs puts it into dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
out="${1:?usage: scripts/planner-split.sh OUT_DIR}"
target_dir=$(cargo metadata --format-version 1 --no-deps --offline | node -e 'process.stdout.write(JSON.parse(require("fs").readFileSync(0)).target_directory)')
split_target="$target_dir/split"
rm -rf "$out" && mkdir -p "$out"
# Added to .cargo/config.toml's flags for the target (not RUSTFLAGS, which would replace them).
cargo build --release --locked --offline --target wasm32-unknown-unknown --bin ftm-planner --target-dir "$split_target" \
  --config 'target.wasm32-unknown-unknown.rustflags=["--cfg", "ftm_split", "-Clink-args=--emit-relocs"]'
wasm-split-cli "$split_target/wasm32-unknown-unknown/release/ftm-planner.wasm" "$out" --out-name ftm-planner
wasm-bindgen --target web --no-typescript --keep-lld-exports --no-demangle --out-dir "$out" "$out/ftm-planner.wasm"
rm "$out/ftm-planner.wasm"
for f in "$out"/*.wasm; do
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --output "$f.opt" "$f"
  mv "$f.opt" "$f"
done
ls "$out" | wc -l | xargs printf "%s: the planner and its parts (%s files)\n" "$out"
