#!/usr/bin/env bash
# Install what is missing, then run every test: native cargo tests,
# wasm-bindgen tests in headless Chromium, and end-to-end tests of the built app.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}"

echo; echo "== 1/3 Native tests (domain core, share codec, CLI)"
cargo test --locked --workspace

echo; echo "== 2/3 Browser tests (storage against real IndexedDB; editor components mounted; the link cipher on WebCrypto; wasm-bindgen-test in headless Chromium)"
cargo test --locked --target wasm32-unknown-unknown --test web_storage --test web_editor --test web_crypto

echo; echo "== 3/3 End-to-end tests (built app in Chromium)"
scripts/build-site.sh
node --test --test-concurrency=1 tests/e2e/
