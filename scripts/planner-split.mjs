// Put the split planner (scripts/planner-split.sh's folder) into a built site
// in place of trunk's whole one:
//
//   node scripts/planner-split.mjs SPLIT_DIR DIST
//
// SPLIT_DIR holds wasm-bindgen's ftm-planner.js and ftm-planner_bg.wasm, the
// split's loader __wasm_split.js and its wasm files (split_<screen>_….wasm,
// chunk_<n>.wasm). They are copied into DIST flat, named like trunk's files by
// one hash of them all (ftm-planner-<hash>.js, ftm-planner-<hash>_bg.wasm,
// ftm-planner-<hash>-split.js, ftm-planner-<hash>-<part>.wasm), their
// references to each other renamed to match, and DIST/index.html's loader and
// preloads pointed at them; a link into a plan's editor preloads the editor's
// parts. Run by scripts/build-site.sh after family-bundle.mjs.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const [split, dist] = process.argv.slice(2);
if (!split || !dist) { console.error('usage: node scripts/planner-split.mjs SPLIT_DIR DIST'); process.exit(2); }
const file = path.join(dist, 'index.html');
let html = fs.readFileSync(file, 'utf8');
const marker = '(scripts/planner-split.mjs;';
if (html.includes(marker)) throw new Error(`${file}: already has a split planner (build the site again: scripts/build-site.sh)`);
const files = fs.readdirSync(split).sort();
for (const need of ['ftm-planner.js', 'ftm-planner_bg.wasm', '__wasm_split.js']) {
  if (!files.includes(need)) throw new Error(`${split}: no ${need} (was it made by scripts/planner-split.sh?)`);
}
const parts = files.filter((f) => /^(split_[A-Za-z0-9_]+|chunk_\d+)\.wasm$/.test(f));
const unknown = files.filter((f) => !parts.includes(f) && !['ftm-planner.js', 'ftm-planner_bg.wasm', '__wasm_split.js'].includes(f));
if (unknown.length) throw new Error(`${split}: unexpected files ${JSON.stringify(unknown)}`);
// The hash covers this script too: what it changes in the files changes their names.
const hash = crypto.createHash('sha256').update(fs.readFileSync(fileURLToPath(import.meta.url)));
for (const f of files) hash.update(f).update(fs.readFileSync(path.join(split, f)));
const h = hash.digest('hex').slice(0, 16);
const name = {
  'ftm-planner.js': `ftm-planner-${h}.js`,
  'ftm-planner_bg.wasm': `ftm-planner-${h}_bg.wasm`,
  '__wasm_split.js': `ftm-planner-${h}-split.js`,
};
for (const p of parts) name[p] = `ftm-planner-${h}-${p}`;

// Rewrite one exact, expected reference; a reference not found is a build error.
const replaceAll = (text, from, to, what) => {
  if (!text.includes(from)) throw new Error(`${what}: no reference to ${from}`);
  return text.split(from).join(to);
};
// The planner's script imports the loader (the wasm's import module keeps its
// name: only the `from` of the imports changes).
let mainJs = fs.readFileSync(path.join(split, 'ftm-planner.js'), 'utf8');
mainJs = replaceAll(mainJs, 'from "./__wasm_split.js"', `from "./${name['__wasm_split.js']}"`, 'ftm-planner.js');
// The loader imports the planner's script and fetches the parts.
let loader = fs.readFileSync(path.join(split, '__wasm_split.js'), 'utf8');
loader = replaceAll(loader, 'from "./ftm-planner.js"', `from "./${name['ftm-planner.js']}"`, '__wasm_split.js');
for (const p of parts) loader = replaceAll(loader, `"./${p}"`, `"./${name[p]}"`, '__wasm_split.js');
// A part whose download the browser cut off because the page is being left
// is not an error worth a console line (the app says so on screen when a
// part truly can't be loaded: src/ui/lazy.rs).
loader = replaceAll(loader, '            console.error(e);\n',
  '            if (!leaving) console.error(e);\n', '__wasm_split.js');
loader = `let leaving = false;\naddEventListener('pagehide', () => { leaving = true; });\naddEventListener('pageshow', () => { leaving = false; });\n${loader}`;
// A part the page's loader began compiling as the page loaded (a link into
// the editor, below) is instantiated from that compiled module; if that
// download failed, the part is fetched again as usual.
let fetchers = 0;
loader = loader.replace(
  /    const src = fetch\(new URL\(("\.\/[^"]+\.wasm"), import\.meta\.url\)\);\n    src\.catch\(\(\) => \{\}\);\n    return async \(imports\) => \(WebAssembly\.instantiateStreaming\(src, imports\)\);/g,
  (_, file) => {
    fetchers += 1;
    return `    const url = new URL(${file}, import.meta.url).href;
    const early = compiledEarly(url);
    if (early) return async (imports) => instantiateEarly(early, url, imports);
    const src = fetch(url);
    src.catch(() => {});
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));`;
  });
if (fetchers !== parts.length) throw new Error(`__wasm_split.js: ${fetchers} part fetchers rewritten, ${parts.length} parts`);
loader += `
function compiledEarly(url) {
    const parts = globalThis.ftmCompiledParts;
    const early = parts && parts.get(url);
    if (early) parts.delete(url);
    return early;
}
async function instantiateEarly(early, url, imports) {
    let module;
    try { module = await early; } catch (e) { return WebAssembly.instantiateStreaming(fetch(url), imports); }
    return { module, instance: await WebAssembly.instantiate(module, imports) };
}
`;

for (const f of fs.readdirSync(dist)) if (/^ftm-planner-[0-9a-f]{16}(_bg\.wasm|\.js|-split\.js|-.+\.wasm)$/.test(f)) fs.rmSync(path.join(dist, f));
fs.writeFileSync(path.join(dist, name['ftm-planner.js']), mainJs);
fs.writeFileSync(path.join(dist, name['__wasm_split.js']), loader);
for (const f of ['ftm-planner_bg.wasm', ...parts]) fs.copyFileSync(path.join(split, f), path.join(dist, name[f]));

const trunkNames = new Set(html.match(/ftm-planner-[0-9a-f]+(?:_bg\.wasm|\.js)/g) || []);
if (trunkNames.size !== 2) throw new Error(`${file}: expected trunk's two planner files, found ${JSON.stringify([...trunkNames])}`);
for (const old of trunkNames) html = html.split(old).join(old.endsWith('.js') ? name['ftm-planner.js'] : name['ftm-planner_bg.wasm']);
// A link into a plan's editor fetches and compiles the editor's parts at once,
// beside the planner's own files, instead of after the planner has started
// and routed (the split's loader then instantiates the compiled modules), and
// the part the editor warms as it opens (`plan_io`, for the backup).
const chunkFiles = Object.fromEntries([...loader.matchAll(/const (__chunk_\d+) = makeLoad\([^]*?"\.\/([^"]+\.wasm)"/g)].map((m) => [m[1], m[2]]));
/** The files a split point loads: its own and the chunks it needs. */
const filesOf = (split) => {
  const m = loader.match(new RegExp(`__wasm_split_load_${split} = wrapAsyncCb\\(makeLoad\\(([^]*?)\\n, \\[([^\\]]*)\\]\\)\\)`));
  if (!m) throw new Error(`__wasm_split.js: no part for ${split} (is it still a split point in src/ui?)`);
  const own = m[1].match(/"\.\/([^"]+\.wasm)"/);
  return [...(own ? [own[1]] : []), ...m[2].split(',').map((c) => c.trim()).filter(Boolean).map((c) => {
    if (!chunkFiles[c]) throw new Error(`__wasm_split.js: ${split} needs ${c}, which has no file`);
    return chunkFiles[c];
  })];
};
const editorParts = [...new Set([...filesOf('plan_editor'), ...filesOf('plan_io')])];
// The loader (scripts/family-bundle.mjs) starts these beside the planner's own
// files when the address is a link into a plan's editor (the rule of
// index.html's early read of a plan).
const anchor = 'const response = fetch(file);';
if (!html.includes(anchor)) throw new Error(`${file}: the page's loader (scripts/family-bundle.mjs) not found: run it first`);
html = html.replace(anchor, () => `// A link into a plan's editor: the editor's parts of the planner too, fetched
// and compiled now ${marker} the split's loader instantiates them).
if (!link && /\\/plan\\/[^/]+(?:\\/(?!changes$|meeting\\/)[^/]*)?\\/?$/.test(location.pathname)) {
  window.ftmCompiledParts = new Map(${JSON.stringify(editorParts.map((f) => './' + f))}.map((href) => {
    const url = new URL(href, document.baseURI).href;
    const compiled = WebAssembly.compileStreaming(fetch(url));
    compiled.catch(() => {});
    return [url, compiled];
  }));
}
${anchor}`);
// Subresource integrity of trunk's preloads named the whole planner.
html = html.replace(/<link rel="(?:modulepreload|preload)" href="\.\/ftm-planner-[^>]*>/g, (link) => link.replace(/\s+integrity="[^"]*"/, ''));
// The loader as rewritten must still parse (a broken loader is a blank page).
const module = html.match(/<script type="module">([\s\S]*?)<\/script>/);
if (!module) throw new Error(`${file}: no module loader`);
const check = path.join(os.tmpdir(), `planner-loader-${process.pid}.mjs`);
fs.writeFileSync(check, module[1]);
try { execFileSync(process.execPath, ['--check', check], { stdio: 'pipe' }); } catch (e) {
  throw new Error(`${file}: the page's loader no longer parses:\n${e.stderr}`);
} finally { fs.rmSync(check, { force: true }); }
fs.writeFileSync(file, html);
const size = (f) => fs.statSync(path.join(dist, name[f])).size;
console.log(`${file}: the planner is ${name['ftm-planner.js']} (${size('ftm-planner_bg.wasm')} bytes of wasm) and ${parts.length} parts loaded when needed (${parts.reduce((n, p) => n + size(p), 0)} bytes; the editor's: ${editorParts.length})`);
