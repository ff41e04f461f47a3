// Issue 8 (a page the size of what a person looks at): on Goals each task and
// service is one line that opens to be edited, one at a time, by keyboard;
// private work is marked on its line; cards are built a few per frame, and a
// goal added meanwhile still appears and takes focus.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, newPage, LibraryPage, MeetingPage, stepBuilt } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const focusedId = (page) => page.evaluate(() => document.activeElement?.id ?? '');

test('tasks are one line each; one opens by keyboard, Escape closes it, focus stays put', async () => {
  const { page, context } = await newPage(browser, server);
  await new LibraryPage(page, server).openExampleAt('goals');
  const lines = page.locator('.task .row-summary');
  await lines.first().waitFor();
  await stepBuilt(page);
  const count = await lines.count();
  assert.ok(count >= 4, `the example has tasks (${count})`);
  // Closed: no task fields on the page, only the lines.
  assert.equal(await page.locator('.task textarea, .task input, .task select').count(), 0);
  const second = lines.nth(1);
  assert.match(await second.textContent(), /·/, 'the line says who, when and progress');
  await second.focus();
  await page.keyboard.press('Enter');
  assert.equal(await second.getAttribute('aria-expanded'), 'true');
  await page.waitForFunction(() => /^task-\d+-what$/.test(document.activeElement?.id ?? ''));
  const what = await focusedId(page);
  // Only one task open at a time.
  assert.equal(await page.locator('.task [id$=-what]').count(), 1);
  // Escape closes it and puts focus back on its line.
  await page.keyboard.press('Escape');
  await page.locator('#' + what).waitFor({ state: 'detached' });
  assert.equal(await second.getAttribute('aria-expanded'), 'false');
  assert.equal(await focusedId(page), await second.getAttribute('id'));

  // Marking the task private shows on its line once it is closed.
  await page.keyboard.press('Enter');
  await page.locator('#' + what).waitFor();
  await page.locator('.task .row-panel').getByLabel('Private (not shared)').check();
  await page.locator('.task .row-panel').getByRole('button', { name: 'Done' }).click();
  await second.locator('.not-shared').waitFor();
  assert.equal(await focusedId(page), await second.getAttribute('id'));
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a goal added while the cards are still being built appears and takes focus', async () => {
  const { page, context } = await newPage(browser, server);
  const base = await new LibraryPage(page, server).openExampleAt('goals');
  const meeting = new MeetingPage(page);
  await page.locator('#add-goal').waitFor();
  for (let i = 0; i < 8; i++) {
    await page.locator('#add-goal').click();
    await page.waitForFunction(() => /^goal-\d+-outcome$/.test(document.activeElement?.id ?? ''));
  }
  const goals = await page.locator('.goal').count();
  await meeting.saved();
  // Open the step afresh: the first cards come at once, the rest per frame.
  await page.goto(base + 'goals');
  await page.locator('#add-goal').click();
  await page.waitForFunction(() => /^goal-\d+-outcome$/.test(document.activeElement?.id ?? ''), null, { timeout: 5000 });
  const added = await focusedId(page);
  assert.equal(await page.locator('.goal').count(), goals + 1);
  assert.equal(await page.locator('.goal').last().locator('[id$=-outcome]').getAttribute('id'), added);
  assert.deepEqual(page.errors, []);
  await context.close();
});
