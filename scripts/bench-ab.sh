#!/usr/bin/env bash
# Benchmark, not a test: two builds' page loads, interleaved (scripts/bench-ab.mjs),
# with the example plan and a large one (made as scripts/bench-ui.sh makes it).
#   scripts/bench-ab.sh DIST_A [DIST_B] [--pairs N] [--rate R] [--steps goals,team]
# DIST_B defaults to dist/ (built if stale). For a before-and-after: copy dist/
# aside (cp -r dist /tmp/dist-before), make the change, then run this with that copy.
set -euo pipefail
usage() { echo "usage: scripts/bench-ab.sh DIST_A [DIST_B] [--pairs N] [--rate R] [--steps goals,team]" >&2; exit 2; }
[ $# -ge 1 ] && [ -f "$1/index.html" ] || usage
# Folders as given from where the command is run.
a=$(realpath "$1"); shift
repo=$(realpath "$(dirname "$0")/..")
b=$repo/dist
if [ $# -gt 0 ] && [ "${1#--}" = "$1" ]; then b=$(realpath "$1"); shift; fi
cd "$repo"
scripts/setup.sh --test >/dev/null
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
if [ "$b" = "$repo/dist" ] && scripts/dist-stale.sh; then
  scripts/build-site.sh
fi
[ -f "$b/index.html" ] || usage
large=$(mktemp --suffix=.json)
trap 'rm -f "$large"' EXIT
cargo run --quiet --release --example large_plan > "$large"
node scripts/bench-ab.mjs "$a" "$b" "$large" "$@"
