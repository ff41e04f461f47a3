// The family's small app (issue 8): a shared link loads the family view's own
// wasm, not the planner's; the planner loads its own; leaving the link (or a
// link of the first version, which only the planner reads) loads the planner.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startServer, launch, newPage, LibraryPage, planLink } from './harness.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** The apps' main wasm files a page fetched, by kind (the split planner's parts, `-<part>.wasm`, are not counted). */
function wasmFetched(page) {
  const files = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) files.push(path.basename(new URL(r.url()).pathname)); });
  return () => ({
    family: files.filter((f) => /^family-view-[0-9a-f]{16}_bg\.wasm$/.test(f)).length,
    planner: files.filter((f) => /^ftm-planner-[0-9a-f]{16}_bg\.wasm$/.test(f)).length,
  });
}

const encode = (file, ...args) => execFileSync(planLink(), ['encode', path.join(repo, file), ...args], { encoding: 'utf8' }).trim();

test('a family link loads the family app only, and it saves the plan to the phone', async () => {
  const { page, context } = await newPage(browser, server);
  await page.setViewportSize({ width: 390, height: 844 });
  const fetched = wasmFetched(page);
  await page.goto(server.url + '#' + encode('tests/fixtures/corpus/typical.json'));
  await page.getByRole('heading', { name: "Rivera family's plan" }).waitFor();
  assert.deepEqual(fetched(), { family: 1, planner: 0 });
  await page.getByRole('button', { name: 'Save to this phone' }).click();
  await page.getByRole('button', { name: 'Saved on this device' }).waitFor();
  // The planner, opened from the same tab, lists the copy under "Shared with me".
  await page.goto(server.url);
  await page.locator('.saved-row', { hasText: 'Rivera' }).waitFor();
  assert.equal(fetched().planner, 1);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the planner never fetches the family app; a link then shown in its tab is read by the planner', async () => {
  const { page, context } = await newPage(browser, server);
  const fetched = wasmFetched(page);
  const library = new LibraryPage(page, server);
  await library.open();
  assert.deepEqual(fetched(), { family: 0, planner: 1 });
  // Only the part after # changes: no reload, the planner shows the family view.
  await page.evaluate((payload) => { location.hash = payload; }, encode('tests/fixtures/corpus/typical.json'));
  await page.getByRole('heading', { name: "Rivera family's plan" }).waitFor();
  assert.deepEqual(fetched(), { family: 0, planner: 1 });
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('in the family app, a protected link opens with its passphrase, and clearing the link loads the planner', async () => {
  const { page, context } = await newPage(browser, server);
  const fetched = wasmFetched(page);
  await page.goto(server.url + '#' + encode('tests/fixtures/corpus/typical.json', '--passphrase', 'blue heron river'));
  await page.getByLabel('Passphrase').fill('blue heron river');
  await page.getByRole('button', { name: 'Open the plan' }).click();
  await page.getByRole('heading', { name: "Rivera family's plan" }).waitFor();
  assert.deepEqual(fetched(), { family: 1, planner: 0 });
  await page.evaluate(() => { location.hash = ''; });
  await page.locator('#new-family').waitFor();
  assert.deepEqual(fetched(), { family: 1, planner: 1 });
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a first-version link is read by the planner, which the page loads for it', async () => {
  const { page, context } = await newPage(browser, server);
  const fetched = wasmFetched(page);
  const v1 = fs.readFileSync(path.join(repo, 'tests/fixtures/link-v1.txt'), 'utf8').trim();
  assert.match(v1, /^2/);
  await page.goto(server.url + '#' + v1);
  await page.getByRole('heading', { name: /Rivera family/ }).first().waitFor();
  assert.deepEqual(fetched(), { family: 0, planner: 1 });
  // A newer link pasted into the same tab is read there too (no reload).
  await page.evaluate((payload) => { location.hash = payload; }, encode('tests/fixtures/marker-plan.json'));
  await page.getByRole('heading', { name: /Marker zqS001q family/ }).waitFor();
  assert.deepEqual(fetched(), { family: 0, planner: 1 });
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('in the family app, a first-version link pasted into the tab loads the planner to read it', async () => {
  const { page, context } = await newPage(browser, server);
  const fetched = wasmFetched(page);
  await page.goto(server.url + '#' + encode('tests/fixtures/marker-plan.json'));
  await page.getByRole('heading', { name: /Marker zqS001q family/ }).waitFor();
  const v1 = fs.readFileSync(path.join(repo, 'tests/fixtures/link-v1.txt'), 'utf8').trim();
  await page.evaluate((payload) => { location.hash = payload; }, v1);
  await page.getByRole('heading', { name: /Rivera family/ }).first().waitFor();
  assert.deepEqual(fetched(), { family: 1, planner: 1 });
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a tab that goes from a link to the plans twice reloads into the planner both times', async () => {
  const { page, context } = await newPage(browser, server);
  const fetched = wasmFetched(page);
  const link = server.url + '#' + encode('tests/fixtures/corpus/typical.json');
  for (let round = 1; round <= 2; round++) {
    await page.goto('about:blank'); // a new page for the link, not a change of its # only
    await page.goto(link);
    await page.getByRole('heading', { name: "Rivera family's plan" }).waitFor();
    await page.evaluate(() => { location.hash = ''; });
    await page.locator('#new-family').waitFor();
    assert.deepEqual(fetched(), { family: round, planner: round });
  }
  assert.deepEqual(page.errors, []);
  await context.close();
});

test("a phone that opens a link keeps the family app for offline use, and never downloads the planner", async () => {
  // A plain context (no routing), so the service worker's own requests reach the server.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const served = [];
  server.rewrite = (name, bytes) => { served.push(name); return bytes; };
  server.cacheHashed = true;
  try {
    const link = server.url + '#' + encode('tests/fixtures/corpus/typical.json');
    await page.goto(link);
    await page.getByRole('heading', { name: "Rivera family's plan" }).waitFor();
    // The family's worker, installed and in control, its cache filled.
    await page.waitForFunction(() => navigator.serviceWorker?.controller, null, { timeout: 20_000 });
    assert.match(await page.evaluate(() => navigator.serviceWorker.controller.scriptURL), /sw\.js\?app=family$/);
    const cached = await page.evaluate(async () => {
      const names = [];
      for (const key of await caches.keys()) for (const r of await (await caches.open(key)).keys()) names.push(new URL(r.url).pathname.split('/').pop());
      return names;
    });
    assert.ok(cached.some((f) => /^family-view-[0-9a-f]+_bg\.wasm$/.test(f)), `the family app is kept: ${cached}`);
    assert.ok(cached.includes('index.html'));
    assert.deepEqual(cached.filter((f) => f.startsWith('ftm-planner-')), []);
    // With no connection, the link opens again, from the cache.
    await context.setOffline(true);
    await page.goto('about:blank');
    await page.goto(link);
    await page.getByRole('heading', { name: "Rivera family's plan" }).waitFor();
    assert.deepEqual(served.filter((f) => f.startsWith('ftm-planner-')), [], 'the planner was never downloaded');
    // The worker kept the family app the page had downloaded: once over the network.
    assert.equal(served.filter((f) => /^family-view-[0-9a-f]+_bg\.wasm$/.test(f)).length, 1, served.join(' '));
    assert.deepEqual(errors, []);
  } finally {
    server.rewrite = null;
    server.cacheHashed = false;
    await context.close();
  }
});

test('the address "#" and nine more "#" is no link: the planner opens it, with no reload', async () => {
  const { page, context } = await newPage(browser, server);
  const fetched = wasmFetched(page);
  await page.goto(server.url + '#'.repeat(10));
  await page.locator('#new-family').waitFor();
  assert.deepEqual(fetched(), { family: 0, planner: 1 });
  assert.deepEqual(page.errors, []);
  await context.close();
});
