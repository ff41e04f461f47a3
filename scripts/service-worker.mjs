// Write dist/sw.js from pwa/sw.js: the list of the build's files to keep for
// offline use, and a version hashed from their contents (a new build is a new
// worker with its own cache), and the planner's own files, which the worker a
// family link registers (sw.js?app=family) leaves out. Run by scripts/build-site.sh after trunk.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const dist = process.argv[2] || 'dist';
const skip = new Set(['sw.js', '404.html']);
const assets = fs.readdirSync(dist)
  .filter((f) => !skip.has(f) && fs.statSync(path.join(dist, f)).isFile())
  .sort();
if (!assets.includes('index.html')) throw new Error(`${dist}: no index.html`);
// The planner's own wasm and script, which the family's worker leaves out.
const plannerOnly = assets.filter((f) => /^ftm-planner-[0-9a-f]+(_bg\.wasm|\.js|-split\.js|-[A-Za-z0-9_]+\.wasm)$/.test(f));
// Its wasm and script, and the parts of a split planner (scripts/planner-split.mjs).
if (plannerOnly.filter((f) => /^ftm-planner-[0-9a-f]+(_bg\.wasm|\.js)$/.test(f)).length !== 2) {
  throw new Error(`${dist}: expected the planner's wasm and script, found ${JSON.stringify(plannerOnly)}`);
}
const hash = crypto.createHash('sha256');
for (const f of assets) hash.update(f).update(fs.readFileSync(path.join(dist, f)));
const version = hash.digest('hex').slice(0, 16);
const template = fs.readFileSync('pwa/sw.js', 'utf8');
const sw = template.replace("'__VERSION__'", JSON.stringify(version)).replace('__ASSETS__', JSON.stringify(assets))
  .replace('__PLANNER_ONLY__', JSON.stringify(plannerOnly));
fs.writeFileSync(path.join(dist, 'sw.js'), sw);
console.log(`${dist}/sw.js: version ${version}, ${assets.length} files kept for offline use (a family link's worker: ${assets.length - plannerOnly.length})`);
