// Issue 8 (size): the planner is split at its lazy screens and tasks
// (src/ui/lazy.rs, scripts/planner-split.sh). The library loads without the
// editor's code; opening a plan fetches it; a link into a plan fetches it at
// once; a part that can't be fetched is a clear message and a way back, never
// a crash, a change or lost work.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, launch, newPage, LibraryPage } from './harness.mjs';

const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist');
/** A part of the split planner (not its main wasm). */
const PART = /\/ftm-planner-[0-9a-f]{16}-[A-Za-z0-9_]+\.wasm$/;
const EDITOR_PART = /\/ftm-planner-[0-9a-f]{16}-split_plan_editor\.wasm$/;
/** What the page logs when a part's download fails (the split's loader, Chromium). */
const PART_FAILED = /^(TypeError: Failed to fetch(\n\s+at [^\n]*)*|Failed to load resource: net::ERR_FAILED)$/;

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** A page whose requests are listed, without the service worker (so every request is seen and can be routed). */
async function recorded() {
  const { context, page } = await newPage(browser, server, { serviceWorkers: 'block' });
  page.fetched = [];
  page.warnings = [];
  page.on('request', (r) => page.fetched.push(new URL(r.url()).pathname));
  page.on('console', (m) => { if (m.type() === 'warning') page.warnings.push(m.text()); });
  return { context, page };
}

/** Focus lands on `id` (the app retries while the screen is drawn). */
async function focusOn(page, id) {
  await page.waitForFunction((want) => document.activeElement?.id === want, id, { timeout: 10_000 });
}

/** The open plan's stored record holds `text` (autosave has written it). */
async function stored(page, text) {
  const id = decodeURIComponent(page.url().match(/\/plan\/([^/]+)\//)[1]);
  await page.waitForFunction(([id, text]) => new Promise((resolve) => {
    const open = indexedDB.open('ftm-planner');
    open.onerror = () => resolve(false);
    open.onsuccess = () => {
      const db = open.result;
      const get = db.transaction('plans').objectStore('plans').get(id);
      get.onsuccess = () => { db.close(); resolve(Boolean(get.result) && String(get.result.envelope).includes(text)); };
      get.onerror = () => { db.close(); resolve(false); };
    };
  }), [id, text], { timeout: 10_000 });
}

/** The page's errors, but for the failed downloads of parts (asserted separately). */
const otherErrors = (page) => page.errors.filter((e) => !PART_FAILED.test(e));

test('the built site ships the planner in parts, each kept for offline use', () => {
  const files = fs.readdirSync(DIST);
  const parts = files.filter((f) => PART.test('/' + f));
  assert.ok(parts.some((f) => EDITOR_PART.test('/' + f)), `no editor part among ${JSON.stringify(parts)}`);
  const sw = fs.readFileSync(path.join(DIST, 'sw.js'), 'utf8');
  for (const f of parts) assert.ok(sw.includes(JSON.stringify(f)), `${f} is not kept for offline use`);
});

test('the library loads without the editor\'s code; opening a plan fetches it once and focus lands on the step', async () => {
  const { context, page } = await recorded();
  const library = new LibraryPage(page, server);
  await library.open();
  await page.getByRole('heading', { name: 'Family Team Meeting plans' }).waitFor();
  assert.ok(page.fetched.some((p) => /ftm-planner-[0-9a-f]{16}_bg\.wasm$/.test(p)), 'the planner\'s main wasm was fetched');
  assert.deepEqual(page.fetched.filter((p) => EDITOR_PART.test(p)), [], 'the library fetched the editor\'s part');
  await library.openExample();
  await focusOn(page, 'step-title');
  assert.equal(page.fetched.filter((p) => EDITOR_PART.test(p)).length, 1);
  // Back to the library and into the plan again: the part is not fetched again.
  await page.getByRole('link', { name: /All plans/ }).first().click();
  await library.rows().first().waitFor();
  await library.rows().first().getByRole('link').first().click();
  await focusOn(page, 'step-title');
  assert.equal(page.fetched.filter((p) => EDITOR_PART.test(p)).length, 1);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a link into a plan fetches the editor\'s parts as the page loads, each once, and uses them', async () => {
  const { context, page } = await recorded();
  const library = new LibraryPage(page, server);
  await library.open();
  await library.openExample();
  const url = page.url().replace(/welcome$/, 'goals');
  const tab = await context.newPage();
  tab.fetched = [];
  tab.warnings = [];
  tab.on('request', (r) => tab.fetched.push(new URL(r.url()).pathname));
  tab.on('console', (m) => { if (m.type() === 'warning' || m.type() === 'error') tab.warnings.push(m.text()); });
  await tab.goto(url);
  await tab.locator('.card.goal').first().waitFor();
  const parts = tab.fetched.filter((p) => PART.test(p));
  assert.ok(parts.some((p) => EDITOR_PART.test(p)), 'the editor\'s part was fetched');
  assert.deepEqual(parts.filter((p, i) => parts.indexOf(p) !== i), [], 'a part was fetched twice (its preload was not used)');
  // Chromium says so a few seconds after a preload nobody used.
  await tab.waitForTimeout(3500);
  assert.deepEqual(tab.warnings.filter((w) => /preload/i.test(w)), []);
  await context.close();
});

test('a screen whose part can\'t be fetched says so, offers a reload, and the plan is all there after it', async () => {
  const { context, page } = await recorded();
  const library = new LibraryPage(page, server);
  await library.open();
  await library.create('Parted family');
  await page.locator('#meeting-purpose').fill('Typed before the connection dropped');
  await stored(page, 'Typed before the connection dropped');
  // A fresh start whose parts all fail (the connection is gone, or an update removed them).
  await context.route(PART, (route) => route.abort());
  await page.goto(server.url);
  await library.rows().first().waitFor();
  await page.getByRole('link', { name: /Parted family/ }).first().click();
  await page.getByRole('heading', { name: 'This screen could not be loaded' }).waitFor();
  assert.match(await page.getByRole('alert').filter({ hasText: 'could not be loaded' }).innerText(), /Nothing was changed/);
  await page.waitForFunction(() => document.activeElement?.textContent === 'Reload the page', null, { timeout: 5000 });
  assert.ok(page.errors.some((e) => PART_FAILED.test(e)), 'the failed download was seen');
  assert.deepEqual(otherErrors(page), [], 'nothing but the failed download was logged (no panic)');
  await context.unroute(PART);
  await page.getByRole('button', { name: 'Reload the page' }).click();
  await page.locator('#meeting-purpose').waitFor();
  assert.equal(await page.locator('#meeting-purpose').inputValue(), 'Typed before the connection dropped');
  await context.close();
});

test('library tasks whose part can\'t be fetched say so and change nothing: duplicate, delete, start a plan', async () => {
  const { context, page } = await recorded();
  const library = new LibraryPage(page, server);
  await library.open();
  await library.create('Kept family');
  await page.goto(server.url);
  await library.rows().first().waitFor();
  const before = await library.rows().count();
  await context.route(PART, (route) => route.abort());
  await page.goto(server.url);
  await library.rows().first().waitFor();
  // Each refusal is a toast of its own.
  const countToasts = () => page.evaluate(() => {
    window.notLoadedToasts = 0;
    new MutationObserver((changes) => {
      for (const change of changes) {
        for (const node of change.addedNodes) {
          if (node.nodeType === 1 && node.matches('.toast') && node.textContent.includes('This part of the planner could not be loaded')) window.notLoadedToasts++;
        }
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
  const toasts = (n) => page.waitForFunction((n) => window.notLoadedToasts >= n, n, { timeout: 10_000 });
  await countToasts();
  const row = library.rows().filter({ hasText: 'Kept family' });

  await row.getByRole('button', { name: 'Duplicate Kept family' }).click();
  await toasts(1);
  assert.equal(await library.rows().count(), before);

  await row.getByRole('button', { name: 'Delete Kept family' }).click();
  await page.getByRole('button', { name: 'Yes, delete' }).click();
  await toasts(2);
  assert.equal(await row.count(), 1, 'the plan was not deleted');
  await page.goto(server.url);
  await library.rows().first().waitFor();
  assert.equal(await library.rows().filter({ hasText: 'Kept family' }).count(), 1, 'the plan is still stored');

  await countToasts();
  await page.getByLabel('Start a plan for a family').fill('Never stored family');
  await page.getByRole('button', { name: 'Start the meeting' }).click();
  await toasts(1);
  assert.match(page.url(), /\/ftm\/$/, 'the library stays');
  assert.equal(await page.getByLabel('Start a plan for a family').inputValue(), 'Never stored family', 'the typed name is kept');
  assert.deepEqual(otherErrors(page), [], 'nothing but failed downloads was logged (no panic)');
  await context.close();
});
