// Allow exactly the page's own inline scripts: replace 'unsafe-inline' in the
// Content-Security-Policy's script-src of dist/index.html with the SHA-256
// hash of each inline <script> as built (the base-path finder and the early
// read of a linked plan in index.html, and the module loader, whose text names
// the hashed file names), so the hashes
// are always true for this build. Run by trunk after every build (a post_build
// hook in Trunk.toml, on the staging folder), so `trunk serve` is as strict as
// the built site; running it again on a page already done changes nothing.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const file = process.argv[2] || (process.env.TRUNK_STAGING_DIR ? path.join(process.env.TRUNK_STAGING_DIR, 'index.html') : 'dist/index.html');
const html = fs.readFileSync(file, 'utf8');
const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
  .map((m) => `'sha256-${crypto.createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
if (hashes.length === 0) throw new Error(`${file}: no inline scripts found`);
const csp = /(<meta http-equiv="Content-Security-Policy" content="[^"]*script-src )([^;"]*)/;
const m = html.match(csp);
if (!m) throw new Error(`${file}: no script-src in a Content-Security-Policy meta tag`);
const sources = m[2].split(/\s+/).filter((s) => s && s !== "'unsafe-inline'" && !s.startsWith("'sha256-"));
fs.writeFileSync(file, html.replace(csp, `$1${[...sources, ...hashes].join(' ')}`));
console.log(`${file}: script-src allows ${hashes.length} inline scripts by hash, no 'unsafe-inline'`);
