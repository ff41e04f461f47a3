// Issue 9: offline. A caseworker who opened the hosted page once runs a meeting
// with no connection; a family reopens a saved plan with no connection; a new
// version is picked up without losing open work.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, LibraryPage, MeetingPage } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** A context whose every request is recorded (service worker requests reach the server, so none is routed). */
async function offlineCapable() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.foreign = [];
  context.on('request', (r) => { if (!r.url().startsWith(server.origin) && !/^(blob|data):/.test(r.url())) page.foreign.push(r.url()); });
  return { context, page };
}

/** The page is controlled by the app's service worker and its files are cached. */
async function installed(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller, null, { timeout: 20_000 });
  return page.evaluate(() => caches.keys());
}

test('after one visit the app runs with no connection: library, a meeting, a deep link, a saved family copy, a family link', async () => {
  const { context, page } = await offlineCapable();
  const library = new LibraryPage(page, server);
  await library.open();
  const keys = await installed(page);
  assert.equal(keys.filter((k) => k.startsWith('ftm-planner-')).length, 1);
  await library.openExample();
  const base = page.url().replace(/welcome$/, '');
  await page.goto(base + 'share');
  const link = await page.locator('#share-url').inputValue();
  await page.goto(link);
  await page.locator('#save-to-phone').click();
  await page.getByText('Saved on this device ✓').waitFor();

  await context.setOffline(true);
  // Without the worker this reload shows the browser's offline page.
  await page.goto(server.url);
  await library.rows().first().waitFor();
  await library.create('Offline family');
  await page.locator('#meeting-purpose').fill('Typed with no connection');
  await new MeetingPage(page).saved();
  // A deep link to a step, loaded from nothing but the cache.
  await page.goto(base + 'team');
  await page.locator('.member-card').first().waitFor();
  await page.goto(page.url().replace(/\/plan\/[^/]+\/team$/, '/'));
  await page.locator('.saved-row a').first().click();
  await page.getByRole('heading', { name: /Rivera family/ }).first().waitFor();
  // A reload of the new plan keeps what was typed.
  await page.goto(server.url);
  await library.rows().first().waitFor();
  await page.getByRole('link', { name: /Offline family/ }).first().click();
  await page.locator('#meeting-purpose').waitFor();
  assert.equal(await page.locator('#meeting-purpose').inputValue(), 'Typed with no connection');
  // The family link again, with no connection: the family's small app, from the cache.
  await page.goto(link);
  await page.locator('#save-to-phone').waitFor();
  assert.equal(await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => /family-view-[0-9a-f]+_bg\.wasm$/.test(e.name)).length), 1);
  assert.deepEqual(page.errors, []);
  assert.deepEqual(page.foreign, []);
  await context.close();
});

test('a new version is picked up on the next load, and work open meanwhile is kept', async () => {
  const { context, page } = await offlineCapable();
  const library = new LibraryPage(page, server);
  await library.open();
  const [first] = await installed(page);
  await library.create('Update family');
  await page.locator('#meeting-purpose').fill('Typed before the update');
  await new MeetingPage(page).saved();

  // The host now serves a new version of the worker (as a new build would).
  server.rewrite = (name, bytes) => (name === 'sw.js' ? bytes.toString().replace(/const VERSION = "([^"]+)"/, 'const VERSION = "$1-next"') : bytes);
  try {
    const changed = page.evaluate(() => new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await changed;
    // The open editor goes on working under the new worker.
    await page.locator('#meeting-purpose').fill('Typed during the update');
    await new MeetingPage(page).saved();
    await page.reload();
    await page.locator('#meeting-purpose').waitFor();
    assert.equal(await page.locator('#meeting-purpose').inputValue(), 'Typed during the update');
    const keys = await page.evaluate(() => caches.keys());
    assert.deepEqual(keys.filter((k) => k.startsWith('ftm-planner-')), [`${first}-next`]);
  } finally {
    server.rewrite = null;
  }
  assert.deepEqual(page.errors, []);
  await context.close();
});
