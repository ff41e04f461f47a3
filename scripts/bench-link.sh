#!/usr/bin/env bash
# Share-link size benchmark (not a test): for every fixture in tests/fixtures/
# (plan-v*.json, corpus/*.json) and every FILE given, print the JSON size,
# lz-string's compressToEncodedURIComponent length, our link length, the ratio
# and the QR code version + error-correction level of the full link.
#
#   scripts/bench-link.sh [FILE.json ...]
#
# "lz(backup)" is lz-string on the backup JSON our app writes for the plan;
# "lz(corpus)" is lz-string on the corpus-layout file as compact JSON without
# its "about" note (JSON.stringify), which gives the 6,303-character baseline
# for shared/corpus/typical.json (the file as it is, with its line breaks and
# "about", gives 6,769). The ratio is against lz(corpus) for corpus-layout
# files and lz(backup) for backups.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --quiet --release --bin plan-link
BIN=target/release/plan-link

if [ ! -d node_modules/lz-string ]; then
  npm install --no-audit --no-fund >&2
fi

files=(tests/fixtures/plan-v*.json tests/fixtures/corpus/*.json "$@")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

printf '%-28s %10s %12s %10s %10s %7s %6s %8s %8s\n' \
  file json_bytes "lz(backup)" "lz(corpus)" link ratio QR "enc_ms" "dec_ms"
for f in "${files[@]}"; do
  [ -f "$f" ] || { echo "no such file: $f" >&2; exit 2; }
  "$BIN" stats "$f" >"$tmp/stats.json" 2>/dev/null
  "$BIN" json "$f" >"$tmp/backup.json" 2>/dev/null
  node -e '
    const lz = require("lz-string");
    const fs = require("fs");
    const [statsPath, backupPath, filePath] = process.argv.slice(1);
    const s = JSON.parse(fs.readFileSync(statsPath, "utf8"));
    const backup = fs.readFileSync(backupPath, "utf8").replace(/\n$/, "");
    const file = fs.readFileSync(filePath, "utf8");
    const doc = JSON.parse(file);
    const isBackup = !!(doc.format || doc.plan);
    delete doc.about;
    const lzBackup = lz.compressToEncodedURIComponent(backup).length;
    const lzFile = lz.compressToEncodedURIComponent(JSON.stringify(doc)).length;
    const base = isBackup ? lzBackup : lzFile;
    const name = filePath.replace(/^tests\/fixtures\//, "");
    const pct = (100 * s.link_chars / base).toFixed(1) + "%";
    console.log([
      name.padEnd(28), String(s.json_bytes).padStart(10), String(lzBackup).padStart(12),
      (isBackup ? "-" : String(lzFile)).padStart(10), String(s.link_chars).padStart(10),
      pct.padStart(7), (s.qr_version + "-" + s.qr_level).padStart(6),
      s.encode_ms.toFixed(1).padStart(8), s.decode_ms.toFixed(1).padStart(8),
    ].join(" "));
  ' "$tmp/stats.json" "$tmp/backup.json" "$f"
done
echo "(link = fragment payload only; QR = version-level for https://example.org/ftm/#PAYLOAD)"
