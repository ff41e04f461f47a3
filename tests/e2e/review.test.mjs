// Issue 12 (helper 2): the meeting's kind shapes the flow. A follow-up adds
// the Review step after Team; on it a task is set to Done with a note, a
// service is judged by the family and declined with a next step, a success is
// added; all of it is there after a reload and the success is on the wall.
// Crisis keeps a 6-step flow; transition / discharge adds Aftercare with its
// 6-month warning. axe checks Review and Aftercare.
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
  return result.violations.map((v) => `${where}: ${v.id} (${v.impact}) — ${v.help} — e.g. ${v.nodes[0]?.target}`);
}

const navNames = (page) => page.locator('.steps-nav .step-name').allTextContents();
async function chooseKind(page, base, key) {
  await page.goto(base + 'welcome');
  await page.getByLabel('Kind of meeting').selectOption(key);
}

test('a follow-up: Review after Team; tasks, services and successes reviewed survive a reload and reach the wall', async () => {
  const { page, context } = await newPage(browser, server);
  const base = await new LibraryPage(page, server).openExampleAt('welcome');
  const meeting = new MeetingPage(page);
  // A first meeting: nine steps, no Review; a deep link to Aftercare still shows it.
  await page.locator('#step-title').waitFor();
  assert.equal((await navNames(page)).length, 9);
  await page.goto(base + 'aftercare');
  await page.locator('#step-title', { hasText: 'aftercare plan' }).waitFor();
  assert.equal((await navNames(page)).length, 9, 'the nav still shows the first meeting\'s flow');
  assert.equal(await page.locator('#next-step').textContent(), 'Next: Agreements →');
  assert.equal(await page.locator('.step-count').textContent(), 'An extra step: not part of this kind of meeting');

  await chooseKind(page, base, 'follow_up');
  await page.waitForFunction(() => document.querySelectorAll('.steps-nav .step-name').length === 10);
  const names = await navNames(page);
  assert.equal(names[1], 'Team');
  assert.equal(names[2], 'Review');
  assert.match(await page.locator('.step-count').textContent(), /Step 1 of 10/);
  // Alt+. twice: Welcome → Team → Review.
  await meeting.next();
  await meeting.next();
  assert.match(page.url(), /\/review$/);
  assert.match(await page.locator('.step-count').textContent(), /Step 3 of 10/);
  await stepBuilt(page);

  // A task: Done, with what helped.
  const taskLine = page.locator('.review-goals .task .row-summary').first();
  await taskLine.click();
  const taskPanel = page.locator('.review-goals .row-panel');
  await taskPanel.getByLabel('How it is going').selectOption('done');
  await taskPanel.getByLabel('What helped or got in the way').fill('Grandma drove on Tuesdays');
  await taskPanel.getByRole('button', { name: 'Done' }).click();
  await page.locator('.review-goals .row-panel').waitFor({ state: 'detached' });
  assert.match(await taskLine.textContent(), /Done · Grandma drove on Tuesdays/);

  // A service: the family says "Somewhat"; the parent declined it; what next.
  const serviceLine = page.locator('.review-services .row-summary').first();
  await serviceLine.click();
  const servicePanel = page.locator('.review-services .row-panel');
  await servicePanel.getByLabel("Is it helping? The family's view").selectOption('somewhat');
  assert.equal(await servicePanel.getByLabel('What happens next').count(), 0, 'no next step until declined');
  await servicePanel.getByLabel('The parent declined this service').check();
  await servicePanel.getByLabel('What happens next').fill('Offer the evening group instead');
  await servicePanel.getByRole('button', { name: 'Done' }).click();
  assert.match(await serviceLine.textContent(), /family: Somewhat · declined/);

  // A success.
  await page.getByRole('button', { name: '+ Add a success' }).click();
  await page.waitForFunction(() => /^list-success-\d+$/.test(document.activeElement?.id ?? ''));
  await page.keyboard.type('Maya went to school every day this month');
  // The monitoring questions and the worry charts are there.
  await page.getByLabel('Is the child safe? How do we know?').fill('Yes: the school sees her every day');
  assert.ok(await page.locator('.review-scales svg[role=img]').count() >= 1, 'a chart per worry with a scale');
  assert.match(await page.locator('.review-scales svg[role=img]').first().getAttribute('aria-label'), /^Scale: .* now$/);
  assert.deepEqual(await axe(page, 'review'), []);
  await meeting.saved();

  // Reload: all of it is there.
  await page.reload();
  await page.locator('#step-title').waitFor();
  await stepBuilt(page);
  assert.match(await page.locator('.review-goals .task .row-summary').first().textContent(), /Done · Grandma drove on Tuesdays/);
  assert.match(await page.locator('.review-services .row-summary').first().textContent(), /family: Somewhat · declined/);
  await page.locator('.review-services .row-summary').first().click();
  assert.equal(await page.locator('.review-services .row-panel').getByLabel('What happens next').inputValue(), 'Offer the evening group instead');
  assert.equal(await page.locator('.review-services .row-panel').getByLabel("Is it helping? The family's view").inputValue(), 'somewhat');
  const successes = await page.locator('[id^=list-success-]').evaluateAll((els) => els.map((e) => e.value));
  assert.ok(successes.includes('Maya went to school every day this month'), JSON.stringify(successes));
  assert.equal(await page.getByLabel('Is the child safe? How do we know?').inputValue(), 'Yes: the school sees her every day');

  // Presentation mode on Review: the success is on the wall; no review note is.
  await page.locator('#present-open').click();
  await page.locator('.wall-card-text', { hasText: 'Maya went to school every day this month' }).waitFor();
  assert.equal(await page.locator('.present', { hasText: 'Grandma drove on Tuesdays' }).count(), 0, 'review notes stay off the wall');
  assert.equal(await page.locator('.present', { hasText: 'Offer the evening group instead' }).count(), 0);
  assert.equal(await page.locator('.present-steps li').count(), 10);
  await page.locator('#present-exit').click();
  await page.locator('.steps-nav').waitFor();

  // Crisis: the short safety-first flow, and its steps open.
  await chooseKind(page, base, 'crisis');
  await page.waitForFunction(() => document.querySelectorAll('.steps-nav .step-name').length === 6);
  assert.deepEqual(await navNames(page), ['Welcome', 'Team', 'Worries', 'Crisis plan', 'Goals', 'Agreements']);
  await meeting.next();
  await meeting.next();
  assert.match(page.url(), /\/worries$/);
  await meeting.next();
  assert.match(page.url(), /\/crisis$/);
  assert.match(await page.locator('.step-count').textContent(), /Step 4 of 6/);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('transition / discharge adds Aftercare, which warns about a support starting less than 6 months before closure', async () => {
  const { page, context } = await newPage(browser, server);
  const base = await new LibraryPage(page, server).openExampleAt('welcome');
  const meeting = new MeetingPage(page);
  await chooseKind(page, base, 'transition_discharge');
  await page.waitForFunction(() => document.querySelectorAll('.steps-nav .step-name').length === 11);
  const names = await navNames(page);
  assert.equal(names[2], 'Review');
  assert.equal(names[9], 'Aftercare');
  assert.equal(names[10], 'Agreements');
  await page.locator('.steps-nav a', { hasText: 'Aftercare' }).click();
  await page.waitForURL(/\/aftercare$/);
  await page.locator('#aftercare-nothing').waitFor();
  await page.locator('#aftercare-closure-date').fill('2027-06-30');
  await page.locator('#add-aftercare').click();
  await page.waitForFunction(() => /^aftercare-\d+-support$/.test(document.activeElement?.id ?? ''));
  await page.keyboard.type('Parent support group');
  await page.locator('#aftercare-nothing').waitFor({ state: 'detached' });
  const warning = page.locator('.aftercare-warning');
  assert.match(await warning.textContent(), /No start date yet/);
  await page.locator('[id^=aftercare-][id$=-start]').fill('2027-03-01');
  await page.locator('.aftercare-warning', { hasText: 'Starts less than 6 months before closure' }).waitFor();
  assert.match(await warning.textContent(), /Dec 30, 2026/);
  await page.locator('[id^=aftercare-][id$=-start]').fill('2026-12-01');
  await warning.waitFor({ state: 'detached' });
  assert.deepEqual(await axe(page, 'aftercare'), []);
  await meeting.saved();
  await page.reload();
  await page.locator('[id^=aftercare-][id$=-support]').waitFor();
  assert.equal(await page.locator('[id^=aftercare-][id$=-support]').inputValue(), 'Parent support group');
  // On the wall.
  await page.locator('#present-open').click();
  await page.locator('.wall-card-text', { hasText: 'Parent support group' }).waitFor();
  assert.deepEqual(page.errors, []);
  await context.close();
});
