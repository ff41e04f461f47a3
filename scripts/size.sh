#!/usr/bin/env bash
# Print the shipped size of dist/: wasm + js + css, raw and gzipped, and what
# each audience's device downloads: the planner (any address without a link)
# and the family's app (a shared link), each with the page's css.
set -euo pipefail
cd "$(dirname "$0")/.."
total_raw=0; total_gz=0; css_gz=0; family_gz=0; planner_gz=0
printf '%-44s %10s %10s\n' "shipped file" "bytes" "gzip -9"
for f in dist/*.wasm dist/*.js dist/*.css; do
  [ -f "$f" ] || continue
  raw=$(stat -c %s "$f"); gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  case "$(basename "$f")" in
    *.css) css_gz=$((css_gz + gz)) ;;
    family-view-*) family_gz=$((family_gz + gz)) ;;
    sw.js) ;;
    *) planner_gz=$((planner_gz + gz)) ;;
  esac
  printf '%-44s %10d %10d\n' "$(basename "$f")" "$raw" "$gz"
done
printf '%-44s %10d %10d\n' "TOTAL (wasm + js + css)" "$total_raw" "$total_gz"
printf '%-44s %10s %10d\n' "the planner loads (its wasm + js, all css)" "" "$((planner_gz + css_gz))"
[ "$family_gz" -gt 0 ] && printf '%-44s %10s %10d\n' "a family link loads (its wasm + js, all css)" "" "$((family_gz + css_gz))"
exit 0
