#!/usr/bin/env bash
# Exit 0 when dist/ is missing or older than anything it is built from (the
# benchmarks rebuild it then), 1 when it is current. Run from the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f dist/index.html ] || exit 0
[ -n "$(find src style crates pwa index.html Cargo.toml Cargo.lock Trunk.toml \
  scripts/build-site.sh scripts/family-bundle.sh scripts/family-bundle.mjs \
  scripts/planner-split.sh scripts/planner-split.mjs \
  scripts/service-worker.mjs scripts/csp-hashes.mjs -newer dist/index.html -print -quit)" ]
