#!/usr/bin/env bash
# Build the static site into dist/ (relative asset URLs: host it from any
# sub-path), then print the shipped size.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
# Trunk.toml's post_build hook allows the page's inline scripts by hash (no 'unsafe-inline').
trunk build --release --offline
# The family's small app, and the page's loader that picks it for a link
# (the loader is a new inline script: its hash is allowed again).
scripts/family-bundle.sh
# The planner split at its lazy screens, in place of trunk's whole one (the
# library loads without the editor's code; src/ui/lazy.rs).
split_dir=$(mktemp -d)
trap 'rm -rf "$split_dir"' EXIT
scripts/planner-split.sh "$split_dir"
node scripts/planner-split.mjs "$split_dir" dist
node scripts/csp-hashes.mjs dist/index.html
grep -q "'unsafe-inline' 'wasm" dist/index.html && { echo "dist/index.html still allows 'unsafe-inline' scripts" >&2; exit 1; }
# Hosts without an SPA fallback (e.g. project pages) serve 404.html for deep links.
cp dist/index.html dist/404.html
# Offline: the service worker lists this build's files (after the CSP hashes,
# so the cached page is the page served).
node scripts/service-worker.mjs dist
scripts/size.sh
