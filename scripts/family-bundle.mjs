// Put the family's small app into a built site and let the page choose it:
//
//   node scripts/family-bundle.mjs BUNDLE_DIR DIST
//
// BUNDLE_DIR holds wasm-bindgen's family-view.js and family-view_bg.wasm. They
// are copied into DIST as family-view-<hash>.js / family-view-<hash>_bg.wasm
// (a hash of both, so a new build is a new name, like trunk's files), and
// trunk's module loader in DIST/index.html is replaced by one that loads the
// family's app when the address carries a shared plan (the rule of
// `is_shared_plan` in src/ui/family/mod.rs: more than 8 characters after the
// leading `#`s, on the app's root, index.html or /family) of version 2 or later (a link's
// first character is its version: '2' or '3' is version 1, which only the
// planner reads, `share::open_since_version_2`), and the planner otherwise. The
// loader starts fetching the chosen wasm before its script arrives (the
// preload trunk wrote would fetch the planner's wasm on every link).
// Run by scripts/family-bundle.sh; scripts/csp-hashes.mjs runs after it.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const [bundle, dist] = process.argv.slice(2);
if (!bundle || !dist) { console.error('usage: node scripts/family-bundle.mjs BUNDLE_DIR DIST'); process.exit(2); }
const js = fs.readFileSync(path.join(bundle, 'family-view.js'));
const wasm = fs.readFileSync(path.join(bundle, 'family-view_bg.wasm'));
const hash = crypto.createHash('sha256').update(js).update(wasm).digest('hex').slice(0, 16);
for (const f of fs.readdirSync(dist)) if (/^family-view-[0-9a-f]{16}(_bg\.wasm|\.js)$/.test(f)) fs.rmSync(path.join(dist, f));
const familyJs = `family-view-${hash}.js`;
const familyWasm = `family-view-${hash}_bg.wasm`;
fs.writeFileSync(path.join(dist, familyJs), js);
fs.writeFileSync(path.join(dist, familyWasm), wasm);

const file = path.join(dist, 'index.html');
let html = fs.readFileSync(file, 'utf8');
const loader = /<script type="module">\s*import init, \* as bindings from '\.\/(ftm-planner-[0-9a-f]+\.js)';\s*const wasm = await init\(\{ module_or_path: '\.\/(ftm-planner-[0-9a-f]+_bg\.wasm)' \}\);[\s\S]*?<\/script>/;
const m = html.match(loader);
if (!m) throw new Error(`${file}: trunk's module loader not found (was the page built by trunk?)`);
const [, appJs, appWasm] = m;
const script = `<script type="module">
// A shared plan in the address opens the family's small app; anything else
// (and a first-version link, whose first character is 2 or 3), the planner.
// (Rules of src/ui/family/mod.rs: a link is more than 8 characters after the leading '#'s;
// the link reader reads after the last '#', spaces written or escaped left out.)
const fragment = location.hash.replace(/^#+/, '');
const first = fragment.slice(fragment.lastIndexOf('#') + 1).replace(/^(?:\\s|%20|%0A|%0D|%09)*/i, '').charAt(0);
const link = fragment.length > 8 && !/[23]/.test(first) && /\\/(?:index\\.html|family)?$/.test(location.pathname);
const [js, file] = link ? ['./${familyJs}', './${familyWasm}'] : ['./${appJs}', './${appWasm}'];
const response = fetch(file);
const bindings = await import(js);
const wasm = await bindings.default({ module_or_path: response });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent("TrunkApplicationStarted", {detail: {wasm}}));
</script>`;
html = html.replace(loader, script);
// Trunk's preloads name the planner's files only: the loader above fetches what it chose.
html = html.replace(/<link rel="modulepreload" href="\.\/ftm-planner-[^"]*"[^>]*>/, '');
html = html.replace(/<link rel="preload" href="\.\/ftm-planner-[^"]*_bg\.wasm"[^>]*>/, '');
fs.writeFileSync(file, html);
console.log(`${file}: a link loads ${familyJs} (${wasm.length} bytes of wasm), anything else ${appJs}`);
