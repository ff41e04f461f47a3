// Issue 12: a case across meetings. A first meeting, then a follow-up started
// from the agreements step (the steps show its kind and date), a task changed,
// "since last meeting" shows it, it all survives a reload; the library lists
// the case once with its two meetings, and meeting 1 opens read-only with the
// old task's words and nothing to edit. A meeting started from the library too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { startServer, launch, newPage, LibraryPage, MeetingPage, stepBuilt } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axe(page, where) {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const lines = result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  assert.deepEqual(lines, [], `axe on ${where}`);
}

const focusedId = (page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Go to a step of the open plan (a full load, as a link would). */
async function gotoStep(page, base, step) {
  await page.goto(base + step);
  await page.locator('#step-title').waitFor();
  await stepBuilt(page);
}

test('a first meeting, a follow-up from the agreements step, what changed, reload, meeting 1 read-only', async () => {
  const { page, context } = await newPage(browser, server);
  const library = new LibraryPage(page, server);
  const meeting = new MeetingPage(page);
  await library.open();
  await library.create('Ortiz family');
  const base = page.url().replace(/welcome$/, '');

  // A goal with a task, and the next meeting's date.
  await gotoStep(page, base, 'goals');
  await page.locator('#add-goal').click();
  await page.waitForFunction(() => /^goal-\d+-outcome$/.test(document.activeElement?.id ?? ''));
  await page.keyboard.type('The children get to school on time every day');
  await page.locator('[id^=goal-][id$=-add-task]').first().click();
  await page.waitForFunction(() => /^task-\d+-what$/.test(document.activeElement?.id ?? ''));
  await page.keyboard.type('Ask Grandma to drive on Tuesdays');
  await meeting.saved();
  await gotoStep(page, base, 'agreements');
  await page.locator('#next-date').fill('2026-12-18');
  await meeting.saved();

  // Start the follow-up by keyboard: focus moves into the panel, Escape
  // closes it and goes back to the button, Enter starts the meeting.
  await page.locator('#next-meeting-start-toggle').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'next-meeting-start-kind-follow_up');
  assert.equal(await page.locator('#next-meeting-start-toggle').getAttribute('aria-expanded'), 'true');
  assert.equal(await page.locator('#next-meeting-start-date').inputValue(), '2026-12-18');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.activeElement?.id === 'next-meeting-start-toggle');
  assert.equal(await page.locator('#next-meeting-start-panel').count(), 0);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'next-meeting-start-kind-follow_up');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/welcome$/);
  await page.waitForFunction(() => document.activeElement?.id === 'step-title');
  await page.locator('.toast', { hasText: 'Meeting 2 started: Follow-up meeting' }).waitFor();
  // The steps show the new kind and date.
  assert.equal(await page.getByLabel('Kind of meeting').inputValue(), 'follow_up');
  assert.equal(await page.locator('#meeting-date').inputValue(), '2026-12-18');
  await meeting.saved();

  // Change the task: new words, done.
  await gotoStep(page, base, 'goals');
  const line = page.locator('.task .row-summary').first();
  await line.click();
  await page.waitForFunction(() => /^task-\d+-what$/.test(document.activeElement?.id ?? ''));
  await page.keyboard.press('End');
  await page.keyboard.type(' and Thursdays');
  await page.locator('.task .row-panel').getByLabel('Progress').selectOption('done');
  await meeting.saved();

  // Since last meeting, from the agreements step.
  await gotoStep(page, base, 'agreements');
  await page.locator('#since-last-meeting').click();
  await page.waitForURL(/\/changes$/);
  await page.locator('#meeting-title').waitFor();
  const checkChanges = async () => {
    const tasks = await page.locator('#changes-tasks').innerText();
    assert.match(tasks, /Changed/);
    assert.match(tasks, /“Ask Grandma to drive on Tuesdays” is now “Ask Grandma to drive on Tuesdays and Thursdays”/);
    const progress = await page.locator('#changes-progress').innerText();
    assert.match(progress, /from “Not started” to “Done”/);
  };
  await checkChanges();
  await page.waitForFunction(() => document.activeElement?.id === 'meeting-title');
  await axe(page, 'since last meeting');

  // Reload: all still there.
  await page.reload();
  await page.locator('#changes-tasks').waitFor();
  await checkChanges();

  // The library: the case once, with its two meetings.
  await page.getByRole('link', { name: 'Back to the plans' }).click();
  await library.rows().first().waitFor();
  const rows = library.rows().filter({ hasText: 'Ortiz family' });
  assert.equal(await rows.count(), 1);
  const row = rows.first();
  assert.match(await row.locator('.plan-meeting').innerText(), /^Meeting 2 of 2 · Follow-up meeting · .*Dec 18, 2026$/);
  await row.locator('.plan-meetings summary').focus();
  await page.keyboard.press('Enter');
  const items = row.locator('.plan-meetings li');
  assert.equal(await items.count(), 2);
  assert.match(await items.nth(0).innerText(), /Meeting 1 · First meeting/);
  assert.match(await items.nth(1).innerText(), /this is the current meeting/);
  assert.equal(await items.nth(1).getByRole('link').count(), 0);
  await axe(page, 'the library with a case of two meetings');

  // Meeting 1, read-only and printable.
  await items.nth(0).getByRole('link', { name: 'Open (read-only): meeting 1 of Ortiz family' }).click();
  await page.waitForURL(/\/meeting\/1$/);
  await page.locator('#meeting-title').waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'meeting-title');
  assert.match(await page.locator('#read-only-banner').innerText(),
    /^Meeting 1 of 2 · First meeting · .* · read-only: this is how the plan stood then$/);
  const doc = await page.locator('main').innerText();
  assert.match(doc, /Ask Grandma to drive on Tuesdays/);
  assert.doesNotMatch(doc, /and Thursdays/);
  assert.equal(await page.locator('main input, main textarea, main select, main [contenteditable=true]').count(), 0);
  await page.getByRole('button', { name: 'Print' }).waitFor();
  await axe(page, 'an earlier meeting, read-only');
  // A meeting that does not exist says so.
  await page.goto(base + 'meeting/7');
  await page.locator('main', { hasText: 'This case has no earlier meeting 7.' }).waitFor();

  assert.deepEqual(page.errors, []);
  assert.deepEqual(page.outside, []);
  await context.close();
});

test('a meeting started from the library: crisis, a two-digit year read as 20xx; a first meeting has nothing to compare', async () => {
  const { page, context } = await newPage(browser, server);
  const library = new LibraryPage(page, server);
  await library.open();
  await library.create('Nguyen family');
  const base = page.url().replace(/welcome$/, '');
  await new MeetingPage(page).saved();

  // Nothing to compare at a first meeting.
  await page.goto(base + 'changes');
  await page.locator('#changes-none', { hasText: 'there is nothing to compare yet' }).waitFor();
  await axe(page, 'since last meeting at a first meeting');

  await library.open();
  const row = library.rows().filter({ hasText: 'Nguyen family' }).first();
  assert.match(await row.locator('.plan-meeting').innerText(), /^Meeting 1 of 1 · First meeting/);
  const toggle = row.getByRole('button', { name: 'Start the next meeting for Nguyen family' });
  await toggle.click();
  await row.getByLabel('Crisis meeting').check();
  // What the date input stores when "1/8/27" is typed.
  await row.getByLabel('Date of the meeting').fill('0027-01-08');
  await row.getByRole('button', { name: 'Start this meeting' }).click();
  await page.waitForURL(/\/welcome$/);
  await page.locator('#step-title').waitFor();
  assert.equal(await page.getByLabel('Kind of meeting').inputValue(), 'crisis');
  assert.equal(await page.locator('#meeting-date').inputValue(), '2027-01-08');

  await library.open();
  const again = library.rows().filter({ hasText: 'Nguyen family' });
  await again.first().locator('.plan-meeting', { hasText: 'Meeting 2 of 2' }).waitFor();
  assert.equal(await again.count(), 1);
  assert.match(await again.first().locator('.plan-meeting').innerText(), /^Meeting 2 of 2 · Crisis meeting · .*Jan 8, 2027$/);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('Spanish: the meetings speak the interface language', async () => {
  const { page, context } = await newPage(browser, server, { locale: 'es-ES' });
  const library = new LibraryPage(page, server);
  await page.goto(server.url);
  await page.getByLabel('Empezar un plan para una familia').fill('Familia Soto');
  await page.getByRole('button', { name: 'Empezar la reunión' }).click();
  await page.waitForURL(/\/welcome$/);
  await page.goto(server.url);
  const row = library.rows().filter({ hasText: 'Familia Soto' }).first();
  await row.waitFor();
  assert.match(await row.locator('.plan-meeting').innerText(), /^Reunión 1 de 1 · /);
  await row.getByRole('button', { name: 'Empezar la próxima reunión de Familia Soto' }).click();
  await row.getByText('¿Qué tipo de reunión es?').waitFor();
  await row.getByRole('button', { name: 'Empezar esta reunión' }).click();
  await page.waitForURL(/\/welcome$/);
  await page.goto(server.url);
  await library.rows().filter({ hasText: 'Familia Soto' }).locator('.plan-meetings summary').click();
  await page.getByRole('link', { name: 'Abrir (solo para leer): reunión 1 de Familia Soto' }).click();
  await page.locator('#read-only-banner', { hasText: 'solo para leer: así estaba el plan entonces' }).waitFor();
  assert.deepEqual(page.errors, []);
  await context.close();
});
