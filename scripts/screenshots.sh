#!/usr/bin/env bash
# Regenerate docs/screenshots/ (each meeting step at 1280×720, share page, family view).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
scripts/build-site.sh
node tests/e2e/screenshots.mjs
