#!/usr/bin/env bash
# Install what building and testing need; skip whatever is already there.
#   scripts/setup.sh          build tools (wasm32 target, trunk, wasm-bindgen-cli, wasm-split-cli, wasm-opt)
#   scripts/setup.sh --test   also Chromium + ChromeDriver and the npm test packages
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

TRUNK_VERSION=0.21.14
# Splits the planner's wasm at its lazy screens (scripts/planner-split.sh); the
# tool of the wasm_split_helpers that Leptos's `#[lazy]` uses (same authors).
WASM_SPLIT_VERSION=0.2.4
# wasm-bindgen-cli must match the wasm-bindgen that Cargo.lock pins, exactly.
WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)

say() { printf '\n== %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "Adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi
if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  say "Installing trunk $TRUNK_VERSION (takes a few minutes, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi
if ! wasm-bindgen --version 2>/dev/null | grep -q "$WBG_VERSION"; then
  say "Installing wasm-bindgen-cli $WBG_VERSION (takes a few minutes, once)"
  cargo install wasm-bindgen-cli --version "$WBG_VERSION"
fi
if ! cargo install --list | grep -q "^wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  say "Installing wasm-split-cli $WASM_SPLIT_VERSION (takes a minute, once)"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked
fi
if [ ! -x node_modules/.bin/wasm-opt ] || { [ "${1:-}" = "--test" ] && [ ! -d node_modules/playwright-core ]; }; then
  say "Installing npm packages (wasm-opt from binaryen@132, test tools)"
  npm ci --no-audit --no-fund || npm install --no-audit --no-fund
fi
if [ "${1:-}" = "--test" ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || ! command -v pdftotext >/dev/null; then
    say "Installing Chromium, ChromeDriver and poppler-utils (PDF text for the print tests)"
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver poppler-utils
  fi
fi
