// Issue 2: create a plan, type into it, reload, the text is there; delete and undo; search.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, newPage, LibraryPage, MeetingPage } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('a typed plan survives a reload, and the library lists it', async () => {
  const { page, context } = await newPage(browser, server);
  const library = new LibraryPage(page, server);
  await library.open();
  await library.create('Rivera family');
  const meeting = new MeetingPage(page);
  await page.getByLabel('Place', { exact: true }).fill('County office, room 2B');
  await page.getByLabel('Purpose of this meeting').fill('Build a plan so Maya and Jordan can safely come home.');
  await meeting.saved();
  await page.reload();
  await page.getByLabel('Place', { exact: true }).waitFor();
  assert.equal(await page.getByLabel('Place', { exact: true }).inputValue(), 'County office, room 2B');
  assert.equal(await page.getByLabel('Purpose of this meeting').inputValue(), 'Build a plan so Maya and Jordan can safely come home.');
  // Closing the browser context and coming back in a new page still finds it (same storage).
  await page.goto(server.url);
  await library.rows().first().waitFor();
  assert.match(await library.rows().first().innerText(), /Rivera family/);
  assert.deepEqual(page.outside, [], 'no request leaves the machine');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('saving status shows Saving… then Saved within half a second of typing', async () => {
  const { page, context } = await newPage(browser, server);
  const library = new LibraryPage(page, server);
  await library.open();
  await library.create('Lee family');
  await page.getByLabel('Who facilitates').pressSequentially('Dana', { delay: 20 });
  assert.match(await page.locator('.save-status').innerText(), /Saving|Saved/);
  await new MeetingPage(page).saved();
  await context.close();
});

test('an edit made just before leaving the page or the editor is not lost', async () => {
  const { page, context } = await newPage(browser, server);
  const library = new LibraryPage(page, server);
  await library.open();
  await library.create('Hasty family');
  const planUrl = page.url();
  // Leave the whole page at once, well inside the save delay.
  await page.getByLabel('Place', { exact: true }).fill('Typed then closed');
  await page.goto(server.url);
  await library.rows().first().waitFor();
  await page.goto(planUrl);
  await page.getByLabel('Place', { exact: true }).waitFor();
  assert.equal(await page.getByLabel('Place', { exact: true }).inputValue(), 'Typed then closed');
  // Leave the editor for the library inside the app, at once.
  await page.getByLabel('Who facilitates').fill('Left at once');
  await page.getByRole('link', { name: '← All plans' }).click();
  await library.rows().first().waitFor();
  await page.goto(planUrl);
  await page.getByLabel('Who facilitates').waitFor();
  assert.equal(await page.getByLabel('Who facilitates').inputValue(), 'Left at once');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('delete asks with the family name, and undo brings the plan back', async () => {
  const { page, context } = await newPage(browser, server);
  const library = new LibraryPage(page, server);
  await library.open();
  await library.create('Okafor family');
  await page.goto(server.url);
  const row = library.rows().filter({ hasText: 'Okafor family' });
  await row.getByRole('button', { name: 'Delete' }).click();
  await row.getByText('Delete the plan for Okafor family?').waitFor();
  await row.getByRole('button', { name: 'Yes, delete' }).click();
  await page.getByText('Deleted the plan for Okafor family').waitFor();
  assert.equal(await library.rows().filter({ hasText: 'Okafor family' }).count(), 0);
  await page.locator('.toast').getByRole('button', { name: 'Undo' }).click();
  await library.rows().filter({ hasText: 'Okafor family' }).waitFor();
  await page.reload();
  await library.rows().filter({ hasText: 'Okafor family' }).waitFor();
  await context.close();
});

test('search finds plans by family or child name; rename and duplicate work', async () => {
  const { page, context } = await newPage(browser, server);
  const library = new LibraryPage(page, server);
  await library.open();
  await library.openExample();
  await page.goto(server.url);
  await library.rows().first().waitFor();
  // The row shows when the team meets next (D2).
  await library.rows().filter({ hasText: 'Next meeting: Fri, Dec 18, 2026' }).first().waitFor();
  await library.search('jordan');
  await page.waitForFunction(() => [...document.querySelectorAll('.plan-row')].every((r) => r.innerText.includes('Jordan')));
  assert.ok(await library.rows().count() >= 1);
  await library.search('nobody-has-this-name');
  await page.getByText('No plan matches that name.').waitFor();
  await library.search('Rivera');
  const row = library.rows().filter({ hasText: 'Rivera family' }).first();
  await row.getByRole('button', { name: 'Duplicate' }).click();
  await library.rows().filter({ hasText: 'Rivera family (copy)' }).first().waitFor();
  const copy = library.rows().filter({ hasText: 'Rivera family (copy)' }).first();
  await copy.getByRole('button', { name: 'Rename' }).click();
  await page.getByLabel('New family name').fill('Delgado family');
  await page.keyboard.press('Enter');
  await library.search('Delgado');
  await library.rows().filter({ hasText: 'Delgado family' }).waitFor();
  await context.close();
});

test('when IndexedDB is unavailable the app says so, keeps working and offers a backup', async () => {
  const { page, context } = await newPage(browser, server);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  const library = new LibraryPage(page, server);
  await library.open();
  await page.getByText('Your plans are not being saved in this browser.').waitFor();
  await library.create('Memory family');
  await page.getByLabel('Place', { exact: true }).fill('Kitchen table');
  await page.locator('.save-status', { hasText: 'Kept until you close this page' }).waitFor();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a backup now' }).click();
  const file = await download;
  const text = await (await file.createReadStream()).toArray();
  const backup = JSON.parse(Buffer.concat(text).toString('utf8'));
  assert.equal(backup.format, 'ftm-planner-backup');
  assert.equal(backup.plans[0].meeting.place, 'Kitchen table');
  await context.close();
});

test('the larger-text preference applies at once and is remembered', async () => {
  const { page, context } = await newPage(browser, server);
  const library = new LibraryPage(page, server);
  await library.open();
  await library.create('Big type family');
  const toggle = page.getByRole('button', { name: 'Larger text' });
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  const before = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  await toggle.click();
  await page.waitForFunction(() => document.documentElement.classList.contains('projector'));
  const after = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  assert.ok(after > before, `font size ${before} → ${after}`);
  await page.reload();
  await page.getByRole('button', { name: 'Larger text' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Larger text' }).getAttribute('aria-pressed'), 'true');
  assert.ok(await page.evaluate(() => document.documentElement.classList.contains('projector')));
  await context.close();
});

test('a link into a plan draws its step from the record read as the page loads, with no "Opening…" screen; that read never creates the database', async () => {
  const { page, context } = await newPage(browser, server);
  const library = new LibraryPage(page, server);
  await library.open();
  await library.create('Rivera family');
  await page.getByLabel('Place', { exact: true }).fill('County office, room 2B');
  await new MeetingPage(page).saved();
  const url = page.url();
  // A new tab on that address, its wasm held back a second: the plan's record
  // is read meanwhile, so the first frame the app draws is the step itself.
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(String(e)));
  tab.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await tab.addInitScript(() => {
    window.__openingDrawn = false;
    const look = () => {
      if (document.querySelector('p.loading')) window.__openingDrawn = true;
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await tab.route(/_bg\.wasm$/, async (route) => { await new Promise((r) => setTimeout(r, 1000)); await route.continue(); });
  await tab.goto(url);
  await tab.getByLabel('Place', { exact: true }).waitFor();
  assert.equal(await tab.getByLabel('Place', { exact: true }).inputValue(), 'County office, room 2B');
  assert.equal(await tab.evaluate(() => window.__openingDrawn), false, 'no frame showed "Opening…"');
  assert.equal(await tab.evaluate(() => window.ftmEarlyRecord), undefined, 'the editor took the record read early');
  // Saves still go through the store, with the revision read early: no conflict.
  await tab.getByLabel('Place', { exact: true }).fill('County office, room 3C');
  await new MeetingPage(tab).saved();
  await tab.reload();
  await tab.getByLabel('Place', { exact: true }).waitFor();
  assert.equal(await tab.getByLabel('Place', { exact: true }).inputValue(), 'County office, room 3C');
  assert.equal(await tab.locator('#conflict-banner').count(), 0);
  // A plan's other pages (its changes, a past meeting) are not read early.
  await tab.goto(url.replace(/welcome$/, 'changes'));
  assert.equal(await tab.evaluate(() => 'ftmEarlyRecord' in window), false);
  assert.deepEqual(errors, []);
  assert.deepEqual(page.errors, []);
  await context.close();

  // A new browser with no plans, the app itself kept from starting: the early
  // read finds nothing and leaves no database behind.
  const fresh = await newPage(browser, server);
  await fresh.page.route(/_bg\.wasm$/, (route) => route.abort());
  await fresh.page.goto(server.url + 'plan/not-here/goals');
  assert.equal(await fresh.page.evaluate(() => window.ftmEarlyRecord.record), null);
  const names = await fresh.page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
  assert.deepEqual(names, [], 'the early read created no database');
  // Only the wasm kept back failed: the early read itself logged nothing.
  assert.deepEqual(fresh.page.errors.filter((e) => !/wasm|WebAssembly|Failed to load resource|fetch/i.test(e)), []);
  await fresh.context.close();
});
