// End-to-end harness: serves dist/ under a sub-path (as a project page would be)
// and drives Debian's Chromium through playwright-core.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';

const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist');
export const BASE_PATH = '/ftm/';

let planLinkBuilt = false;
/** The `plan-link` tool (the native codec and cipher), built once per test file (a no-op when current). */
export function planLink() {
  const repo = path.resolve(DIST, '..');
  if (!planLinkBuilt) execFileSync('cargo', ['build', '--quiet', '--bin', 'plan-link'], { cwd: repo, stdio: 'inherit' });
  planLinkBuilt = true;
  return path.join(repo, 'target/debug/plan-link');
}
const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.png': 'image/png' };

/** Serve dist/ (or `root`, another build) at BASE_PATH; unknown paths get index.html (SPA fallback). Only loopback.
 * `server.rewrite(name, bytes)`, when set, may change what a file serves (a new version, say);
 * with `server.cacheHashed`, files named by a hash may be cached by the browser. */
export async function startServer(dir = DIST) {
  const root = path.resolve(dir);
  const served = { rewrite: null, cacheHashed: false };
  if (!fs.existsSync(path.join(root, 'index.html'))) throw new Error(`${root}: no index.html (run scripts/build-site.sh first)`);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (!url.pathname.startsWith(BASE_PATH)) { res.writeHead(404); res.end('not here'); return; }
    let file = path.join(root, decodeURIComponent(url.pathname.slice(BASE_PATH.length)));
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(root, 'index.html');
    const headers = { 'content-type': types[path.extname(file)] || 'application/octet-stream' };
    // As a static host would: files named by their contents' hash may be cached (when a test asks).
    if (served.cacheHashed && /-[0-9a-f]{16}(?:-[A-Za-z0-9_]+)?(_bg\.wasm|\.[a-z]+)$/.test(file)) headers['cache-control'] = 'max-age=600';
    res.writeHead(200, headers);
    if (served.rewrite) { res.end(served.rewrite(path.relative(root, file), fs.readFileSync(file))); return; }
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return Object.assign(served, { url: origin + BASE_PATH, origin, close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(r); }) });
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage'],
  });
}

/** A new page that fails the test on any request leaving this machine, and collects console errors. */
export async function newPage(browser, server, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, ...options });
  const page = await context.newPage();
  page.errors = [];
  // A reload that lands while the old page still streams its wasm makes
  // Chromium abort that download and log it on the old page; that is the
  // browser leaving a page, not an error of the app.
  const leaving = (text) => /WebAssembly compilation aborted/.test(text) && /Response body loading was aborted/.test(text);
  page.on('pageerror', (e) => { if (!leaving(String(e))) page.errors.push(String(e)); });
  page.on('console', (m) => { if (m.type() === 'error' && !leaving(m.text())) page.errors.push(m.text()); });
  page.outside = [];
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith(server.origin) || u.startsWith('blob:') || u.startsWith('data:')) return route.continue();
    page.outside.push(u);
    return route.abort();
  });
  return { context, page };
}

/** Page object for the plan library. */
export class LibraryPage {
  constructor(page, server) { this.page = page; this.server = server; }
  async open() { await this.page.goto(this.server.url); await this.page.getByLabel('Start a plan for a family').waitFor(); }
  async create(family) {
    await this.page.getByLabel('Start a plan for a family').fill(family);
    await this.page.getByRole('button', { name: 'Start the meeting' }).click();
    await this.page.waitForURL(/\/plan\/[0-9a-f]+\/welcome$/);
    await this.page.locator('#step-title').waitFor();
  }
  async openExample() {
    await this.page.getByRole('button', { name: 'Open an example plan to practise' }).click();
    await this.page.waitForURL(/\/plan\/[0-9a-f]+\/welcome$/);
    await this.page.locator('#step-title').waitFor();
  }
  /** Open the example plan at one step; returns the plan's base URL (ending in "/"). */
  async openExampleAt(step) {
    await this.open();
    await this.openExample();
    const base = this.page.url().replace(/welcome$/, '');
    await this.page.goto(base + step);
    return base;
  }

  /** The caseworker's plans (not the read-only copies under "Shared with me"). */
  rows() { return this.page.locator('.plan-row:not(.saved-row)'); }
  async search(text) { await this.page.getByLabel('Find a plan (family or child\'s name)').fill(text); }
}

const MARKER_PLAN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/marker-plan.json');
/** The secret-marker plan's tokens by class (made by tests/audience.rs). */
export const MARKERS = JSON.parse(fs.readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/markers.json'), 'utf8'));

/** Import the secret-marker plan through the library; returns the plan's base URL (ending in "/"). */
export async function importMarkerPlan(page, server) {
  const library = new LibraryPage(page, server);
  await library.open();
  await page.locator('#import-file').setInputFiles(MARKER_PLAN);
  await page.getByRole('button', { name: 'Add these plans' }).click();
  await library.rows().filter({ hasText: MARKERS.family_name }).waitFor();
  return `${server.url}plan/${MARKERS.plan_id}/`;
}

/**
 * The text of `locator` as it reads once all of it is drawn. Long pages lay out
 * only what is in view (`content-visibility: auto` on the family view's sections,
 * the editor's cards and the plan summary), and `innerText` leaves out what is not
 * laid out: this draws everything for the read, then puts the page back.
 */
export async function readText(locator) {
  const page = locator.page();
  await allDrawn(page);
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.id = 'e2e-draw-all';
    style.textContent = '* { content-visibility: visible !important; }';
    document.head.append(style);
  });
  try {
    return await locator.innerText();
  } finally {
    await page.evaluate(() => document.getElementById('e2e-draw-all')?.remove());
  }
}

/** Nothing is still being drawn: no list or view marked `aria-busy` (a step's long lists, the family view's lower sections). Call it once the screen is there (its step title, the family view's header): before that, nothing is marked yet. */
export async function allDrawn(page) {
  await page.waitForFunction(() => !document.querySelector('[aria-busy=true]'));
}

/**
 * Two family links of one plan (the example), made in a caseworker's browser
 * context that is then closed: `first`, then `second`, made after the
 * meeting's purpose was changed to `purpose`.
 */
export async function twoLinksOfOnePlan(browser, server, purpose) {
  const { context, page } = await newPage(browser, server);
  const library = new LibraryPage(page, server);
  const base = await library.openExampleAt('welcome');
  await page.goto(base + 'share');
  const first = await page.locator('#share-url').inputValue();
  await page.goto(base + 'crisis');
  await page.locator('#step-title').waitFor();
  await page.goto(base + 'welcome');
  await page.locator('#meeting-purpose').fill(purpose);
  await page.locator('.save-status[data-status=saved]').waitFor();
  await page.goto(base + 'share');
  await page.waitForFunction((old) => document.getElementById('share-url')?.value && document.getElementById('share-url').value !== old, first);
  const second = await page.locator('#share-url').inputValue();
  await context.close();
  return { first, second };
}

/**
 * The page's service worker has settled: one active and done activating, none
 * installing or waiting, on two looks 150 ms apart (an update asked for shows
 * as installing only once its script has come). Call it before a `reload()`
 * that comes right after a page moved to another link by its fragment:
 * Chromium (156, headless) stalls such a reload for good, now and then, while a
 * worker is installing or activating, with the page answering nothing and
 * using no CPU (scripts/diagnose-reload-hang.mjs: about 1 round in 10 stalled;
 * none with workers blocked, 0 of 18; after this wait, 1 of 84, in a round
 * where the worker itself never settled). Gives up after 5 s, saying so, and
 * returns whether it settled.
 */
export async function workerSettled(page) {
  const settled = await page.evaluate(async () => {
    if (!navigator.serviceWorker) return true;
    const deadline = Date.now() + 5000;
    const looksSettled = async () => {
      const r = await navigator.serviceWorker.getRegistration();
      return Boolean(r && r.active && r.active.state === 'activated' && !r.installing && !r.waiting);
    };
    const pause = () => new Promise((resolve) => setTimeout(resolve, 150));
    while (Date.now() < deadline) {
      if (await looksSettled()) {
        await pause();
        if (await looksSettled()) return true;
      } else await pause();
    }
    return false;
  });
  if (!settled) console.warn('workerSettled: the service worker did not settle within 5 s');
  return settled;
}

/** Long lists are built a few cards per frame (marked aria-busy meanwhile): wait until every item is there. */
export async function stepBuilt(page) {
  await page.waitForFunction(() => document.getElementById('step-title') && !document.querySelector('[aria-busy=true]'));
}

/** Page object for the meeting steps. */
export class MeetingPage {
  constructor(page) { this.page = page; }
  /** Every item of the step's lists is on the page. */
  async built() { await stepBuilt(this.page); }
  async saved() { await this.page.locator('.save-status[data-status=saved]').waitFor({ timeout: 5000 }); }
  /** Alt+. moves to the next step; the app then puts focus on the new step's heading. */
  async next() {
    const from = this.page.url();
    await this.page.keyboard.press('Alt+.');
    await this.page.waitForFunction((before) => location.href !== before && document.activeElement?.id === 'step-title', from);
  }
  title() { return this.page.locator('#step-title'); }
}
