#!/usr/bin/env bash
# Install what is missing, build, and serve the app on http://127.0.0.1:8080/
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
PORT="${PORT:-8080}"
echo
echo "The planner will be at: http://127.0.0.1:${PORT}/   (Ctrl+C to stop)"
echo
exec trunk serve --release --offline --port "$PORT" --address 127.0.0.1
