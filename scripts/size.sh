#!/usr/bin/env bash
# Print the shipped size of dist/: wasm + js + css, raw and gzipped, and what
# each audience's device downloads: the planner (any address without a link:
# the library first, the parts a plan's screens need when one is opened) and
# the family's app (a shared link), each with the page's css.
set -euo pipefail
cd "$(dirname "$0")/.."
total_raw=0; total_gz=0; css_gz=0; family_gz=0; planner_gz=0; parts_gz=0
printf '%-44s %10s %10s\n' "shipped file" "bytes" "gzip -9"
for f in dist/*.wasm dist/*.js dist/*.css; do
  [ -f "$f" ] || continue
  raw=$(stat -c %s "$f"); gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  case "$(basename "$f")" in
    *.css) css_gz=$((css_gz + gz)) ;;
    family-view-*) family_gz=$((family_gz + gz)) ;;
    sw.js) ;;
    # The split planner's parts (scripts/planner-split.mjs), fetched when needed.
    ftm-planner-*-*.wasm) parts_gz=$((parts_gz + gz)) ;;
    *) planner_gz=$((planner_gz + gz)) ;;
  esac
  printf '%-44s %10d %10d\n' "$(basename "$f")" "$raw" "$gz"
done
printf '%-44s %10d %10d\n' "TOTAL (wasm + js + css)" "$total_raw" "$total_gz"
printf '%-44s %10s %10d\n' "the planner loads (its wasm + js, all css)" "" "$((planner_gz + css_gz))"
if [ "$parts_gz" -gt 0 ]; then
  # What opening a plan adds: the parts the page's loader fetches for a link
  # into the editor (scripts/planner-split.mjs).
  editor_gz=$(node -e '
    const fs = require("fs"), zlib = require("zlib");
    const m = fs.readFileSync("dist/index.html", "utf8").match(/window\.ftmCompiledParts = new Map\((\[[^\]]*\])/);
    if (!m) throw new Error("dist/index.html: no early fetch of the editor'"'"'s parts");
    const files = JSON.parse(m[1]).map((f) => "dist/" + f.replace(/^\.\//, ""));
    process.stdout.write(String(files.reduce((n, f) => n + zlib.gzipSync(fs.readFileSync(f), { level: 9 }).length, 0)));
  ')
  printf '%-44s %10s %10d\n' "  opening a plan adds (its parts)" "" "$editor_gz"
  printf '%-44s %10s %10d\n' "  all its parts (loaded when needed)" "" "$parts_gz"
fi
[ "$family_gz" -gt 0 ] && printf '%-44s %10s %10d\n' "a family link loads (its wasm + js, all css)" "" "$((family_gz + css_gz))"
exit 0
