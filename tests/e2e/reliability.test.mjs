// Issue 9: nothing lost. Two tabs on one plan, storage faults injected into
// IndexedDB, IndexedDB that never opens, and a full backup after a failed save.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, launch, newPage, LibraryPage, MeetingPage } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** A new plan in this context; returns its welcome-step URL. */
async function newPlan(page, family) {
  const library = new LibraryPage(page, server);
  await library.open();
  await library.create(family);
  return page.url();
}

/** The plan as IndexedDB holds it (not what the page shows). */
async function stored(page, id) {
  return page.evaluate((id) => new Promise((resolve, reject) => {
    const open = indexedDB.open('ftm-planner');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const get = open.result.transaction('plans').objectStore('plans').get(id);
      get.onsuccess = () => { const r = get.result; open.result.close(); resolve(r && { revision: r.revision, plan: JSON.parse(r.envelope).plan }); };
      get.onerror = () => reject(get.error);
    };
  }), id);
}

const planId = (url) => url.match(/\/plan\/([0-9a-f]+)\//)[1];

test('two tabs: a save in one shows in the other at once, and both edits are kept', async () => {
  const { context, page: tab1 } = await newPage(browser, server);
  const url = await newPlan(tab1, 'Two tabs family');
  const tab2 = await context.newPage();
  tab2.errors = [];
  tab2.on('pageerror', (e) => tab2.errors.push(String(e)));
  await tab2.goto(url);
  await tab2.locator('#meeting-purpose').waitFor();

  await tab1.locator('#meeting-purpose').fill('Typed in tab one');
  await new MeetingPage(tab1).saved();
  // Tab 2 had nothing unsaved: it shows tab 1's text without a reload.
  await tab2.waitForFunction(() => document.getElementById('meeting-purpose').value === 'Typed in tab one');

  await tab2.locator('#meeting-place').fill('Typed in tab two');
  await new MeetingPage(tab2).saved();
  await tab1.waitForFunction(() => document.getElementById('meeting-place').value === 'Typed in tab two');

  for (const tab of [tab1, tab2]) {
    await tab.reload();
    await tab.locator('#meeting-purpose').waitFor();
    assert.equal(await tab.locator('#meeting-purpose').inputValue(), 'Typed in tab one');
    assert.equal(await tab.locator('#meeting-place').inputValue(), 'Typed in tab two');
  }
  const record = await stored(tab1, planId(url));
  assert.equal(record.plan.meeting.purpose, 'Typed in tab one');
  assert.equal(record.plan.meeting.place, 'Typed in tab two');
  assert.deepEqual([...tab1.errors, ...tab2.errors], []);
  await context.close();
});

/** Two tabs on one plan; tab 2 hears nothing from other tabs (as if asleep when
 * tab 1 saved). Tab 1 types `first` in the purpose and saves, then tab 2 types
 * `second` in the place: tab 2 is stale and shows the conflict banner. */
async function staleTabs(family, first, second) {
  const { context, page: tab1 } = await newPage(browser, server);
  const url = await newPlan(tab1, family);
  const tab2 = await context.newPage();
  await tab2.addInitScript(() => { window.BroadcastChannel = undefined; });
  await tab2.goto(url);
  await tab2.locator('#meeting-purpose').waitFor();
  await tab1.locator('#meeting-purpose').fill(first);
  await new MeetingPage(tab1).saved();
  await tab2.locator('#meeting-place').fill(second);
  await tab2.locator('#conflict-banner').waitFor();
  return { context, tab1, tab2, url };
}

test('two tabs that miss each other\'s messages: the stale tab is told and cannot write over the newer plan', async () => {
  const { context, tab1, tab2, url } = await staleTabs('Stale tab family', 'Saved first in tab one', 'Typed later in tab two');
  const banner = tab2.locator('#conflict-banner');
  assert.match(await banner.innerText(), /changed in another tab or window/);
  assert.equal(await tab2.locator('.save-status').getAttribute('data-status'), 'conflict');
  // Tab 1's text is what is stored.
  const record = await stored(tab1, planId(url));
  assert.equal(record.plan.meeting.purpose, 'Saved first in tab one');
  assert.equal(record.plan.meeting.place, '');

  // Keep tab 2's version as a separate plan: nothing is lost either way.
  await tab2.locator('#conflict-copy').click();
  await tab2.waitForURL((u) => !u.href.includes(planId(url)));
  await tab2.locator('#meeting-place').waitFor();
  assert.equal(await tab2.locator('#meeting-place').inputValue(), 'Typed later in tab two');
  assert.match(await tab2.locator('#family-name').inputValue(), /Stale tab family \(copy\)/);
  await tab2.waitForFunction(() => document.activeElement?.id === 'step-title');
  const library = new LibraryPage(tab1, server);
  await library.open();
  await library.rows().nth(1).waitFor();
  assert.equal(await library.rows().count(), 2);
  assert.equal((await stored(tab1, planId(url))).plan.meeting.purpose, 'Saved first in tab one');
  await context.close();
});

test('the stale tab can take the newer version instead', async () => {
  const { context, tab1, tab2, url } = await staleTabs('Newer version family', 'The newer text', 'Dropped');
  await tab2.locator('#conflict-load').click();
  await tab2.waitForFunction(() => document.getElementById('meeting-purpose').value === 'The newer text');
  assert.equal(await tab2.locator('#meeting-place').inputValue(), '');
  assert.equal(await tab2.locator('#conflict-banner').count(), 0);
  // Editing goes on from the newer plan and saves.
  await tab2.locator('#meeting-place').fill('Community centre');
  await new MeetingPage(tab2).saved();
  const record = await stored(tab1, planId(url));
  assert.equal(record.plan.meeting.purpose, 'The newer text');
  assert.equal(record.plan.meeting.place, 'Community centre');
  await context.close();
});

/** Faults injected into IndexedDB writes while `window.__fault` names one. */
function injectFaults() {
  // The write goes through but the browser rolls the transaction back when it
  // commits (as a quota checked at commit does).
  const commit = IDBTransaction.prototype.commit;
  IDBTransaction.prototype.commit = function () {
    if (window.__fault === 'rollback' && this.mode === 'readwrite') return this.abort();
    return commit.call(this);
  };
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (...args) {
    if (window.__fault === 'quota') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const request = put.apply(this, args);
    if (window.__fault === 'abort') this.transaction.abort();
    return request;
  };
}

for (const [fault, message] of [['quota', /out of space/], ['abort', /Saving failed/], ['rollback', /Saving failed/]]) {
  test(`a failed save (${fault}) warns, keeps the stored plan, and the backup holds the unsaved edits`, async () => {
    const { context, page } = await newPage(browser, server, { acceptDownloads: true });
    await page.addInitScript(injectFaults);
    const url = await newPlan(page, `Fault ${fault} family`);
    await page.locator('#meeting-purpose').fill('Stored before the fault');
    await new MeetingPage(page).saved();

    await page.evaluate((f) => { window.__fault = f; }, fault);
    await page.locator('#meeting-purpose').fill('Typed while saving fails');
    const banner = page.locator('.banner-warning[role=alert]');
    await banner.waitFor();
    assert.match(await banner.innerText(), message);
    assert.equal(await page.locator('.save-status').getAttribute('data-status'), 'not-saved');
    // The plan already stored is intact.
    assert.equal((await stored(page, planId(url))).plan.meeting.purpose, 'Stored before the fault');

    // The banner's backup has what was typed, from memory.
    const download = page.waitForEvent('download');
    await banner.getByRole('button', { name: 'Download a backup now' }).click();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ftm-')), 'backup.json');
    await (await download).saveAs(file);
    const backup = JSON.parse(fs.readFileSync(file, 'utf8'));
    const plan = backup.plans.find((p) => p.id === planId(url));
    assert.equal(plan.meeting.purpose, 'Typed while saving fails');

    // Once saving works again, the next edit is saved and the banner goes.
    await page.evaluate(() => { window.__fault = null; });
    await page.locator('#meeting-purpose').fill('Typed after the fault');
    await new MeetingPage(page).saved();
    await banner.waitFor({ state: 'detached' });
    assert.equal((await stored(page, planId(url))).plan.meeting.purpose, 'Typed after the fault');
    await context.close();
  });
}

test('IndexedDB that never opens: a plain message after a few seconds, and the meeting can still start', async () => {
  const { context, page } = await newPage(browser, server);
  await page.addInitScript(() => { IDBFactory.prototype.open = function () { return {}; }; });
  await page.goto(server.url);
  const banner = page.locator('.banner-warning[role=alert]');
  await banner.waitFor({ timeout: 10_000 });
  assert.match(await banner.innerText(), /storage is not answering/);
  const library = new LibraryPage(page, server);
  await library.create('Memory family');
  await page.locator('#meeting-purpose').fill('Kept on this page');
  await page.locator('.save-status', { hasText: 'Kept until you close this page' }).waitFor();
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the home screen says whether the browser keeps plans for good', async () => {
  const { context, page } = await newPage(browser, server);
  await page.goto(server.url);
  const note = page.locator('.persistence');
  await note.waitFor();
  const persisted = await page.evaluate(() => navigator.storage.persisted());
  assert.equal(await note.getAttribute('data-persisted'), persisted ? 'yes' : 'no');
  if (!persisted) assert.match(await note.innerText(), /Keep a backup/);
  await context.close();
});

test('storage cleared while a plan is open: a warning, work goes on in memory, and the backup holds it', async () => {
  const { context, page } = await newPage(browser, server, { acceptDownloads: true });
  const url = await newPlan(page, 'Evicted family');
  await page.locator('#meeting-purpose').fill('Stored before the data was cleared');
  await new MeetingPage(page).saved();
  // Another page of this site deletes the database (as "clear site data" or eviction would).
  const other = await context.newPage();
  await other.goto(server.url + 'index.html');
  await other.evaluate(() => new Promise((resolve) => { const r = indexedDB.deleteDatabase('ftm-planner'); r.onsuccess = r.onerror = r.onblocked = resolve; }));
  await other.close();
  const banner = page.locator('.banner-warning[role=alert]');
  await banner.waitFor();
  assert.match(await banner.innerText(), /deleted the stored plans/);
  await page.locator('#meeting-purpose').fill('Typed after the data was cleared');
  await page.locator('.save-status', { hasText: 'Kept until you close this page' }).waitFor();
  const download = page.waitForEvent('download');
  await banner.getByRole('button', { name: 'Download a backup now' }).click();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ftm-')), 'backup.json');
  await (await download).saveAs(file);
  const plan = JSON.parse(fs.readFileSync(file, 'utf8')).plans.find((p) => p.id === planId(url));
  assert.equal(plan.meeting.purpose, 'Typed after the data was cleared');
  assert.deepEqual(page.errors, []);
  await context.close();
});
