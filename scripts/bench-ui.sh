#!/usr/bin/env bash
# UI speed benchmark (not a test): builds dist/ only if a source is newer than
# it, writes the large plan (examples/large_plan.rs), then measures the example
# plan and the large plan in Chromium at 4× CPU throttle and prints a table.
#
#   scripts/bench-ui.sh [--keys N] [--rate R] [--runs K] [--library P]   (defaults: 200 keys, 4×, 5 loads each, a library of 10 large plans)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test >/dev/null
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
if scripts/dist-stale.sh; then
  scripts/build-site.sh
fi
large=$(mktemp --suffix=.json)
trap 'rm -f "$large"' EXIT
cargo run --quiet --release --example large_plan > "$large"
cargo build --quiet --release --bin plan-link
node scripts/bench-ui.mjs "$large" "$@"
