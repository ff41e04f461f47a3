#!/usr/bin/env bash
# Print the shipped size of dist/: wasm + js + css, raw and gzipped.
set -euo pipefail
cd "$(dirname "$0")/.."
total_raw=0; total_gz=0
printf '%-44s %10s %10s\n' "shipped file" "bytes" "gzip -9"
for f in dist/*.wasm dist/*.js dist/*.css; do
  [ -f "$f" ] || continue
  raw=$(stat -c %s "$f"); gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '%-44s %10d %10d\n' "$(basename "$f")" "$raw" "$gz"
done
printf '%-44s %10d %10d\n' "TOTAL (wasm + js + css)" "$total_raw" "$total_gz"
