// Referral sheets for providers (K2, D7), end to end: the secret-marker plan
// (two meetings: it holds one earlier meeting) is imported with the services'
// need and known barriers set in the file; the referrals page is opened from
// the Agreements step by keyboard and from the service editor; one provider's
// sheet is printed alone, then all of them, and the PDF's text holds what the
// plan says for that provider and nothing private, nothing of another
// provider's services, nothing of the earlier meeting.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { startServer, launch, newPage, LibraryPage, MARKERS, stepBuilt } from './harness.mjs';

let server, browser, tmp;
before(async () => {
  server = await startServer();
  browser = await launch();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ftm-referral-'));
});
after(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const FIXTURE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/marker-plan.json');

function pdfText(pdf, name) {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

const tokens = (text) => new Set(text.match(/zq[STPCVN]\d{3}q/g) ?? []);

// Bright Path's service (goal 40, service 46) and City Housing Aid's (goal 50, service 54).
const BRIGHT = {
  provider: 'zqS126q', service: 'zqS127q', need: 'zqC268q', goal: 'zqS100q', outcome: 'zqS099q',
  frequency: 'zqS128q', intensity: 'zqS129q', location: 'zqS130q', duration: 'zqS131q', barriers: 'zqC269q',
};
const HOUSING = { provider: 'zqS155q', service: 'zqS156q', need: 'zqC272q', barriers: 'zqC273q', frequency: 'zqS157q' };
// The private service (Westside) and the private goal's service (Fairview).
const PRIVATE = ['zqP132q', 'zqP133q', 'zqP270q', 'zqP271q', 'zqP168q', 'zqP169q', 'zqP274q', 'zqP275q'];
// What every sheet may carry besides its provider's services: the family and the caseworker.
const COMMON = ['zqS001q', 'zqS077q', 'zqS079q'];

/** The marker plan as a backup file, with City Housing Aid's need left out (so its sheet lacks it). */
function fixture() {
  const backup = JSON.parse(fs.readFileSync(FIXTURE, 'utf8'));
  const plan = backup.plans[0];
  assert.equal(plan.history.length, 1, 'the plan holds an earlier meeting: two meetings in all');
  const housing = plan.goals.find((g) => g.id === 50).services.find((s) => s.id === 54);
  assert.equal(housing.need, 'Need zqC272q for the referral');
  housing.need = '';
  return Buffer.from(JSON.stringify(backup));
}

async function importPlan(page) {
  const library = new LibraryPage(page, server);
  await library.open();
  await page.locator('#import-file').setInputFiles({ name: 'marker.plan.json', mimeType: 'application/json', buffer: fixture() });
  await page.getByRole('button', { name: 'Add these plans' }).click();
  await library.rows().filter({ hasText: MARKERS.family_name }).waitFor();
  return `${server.url}plan/${MARKERS.plan_id}/`;
}

async function stubPrint(page) {
  await page.evaluate(() => { window.printed = 0; window.print = () => { window.printed += 1; }; });
}

test('print one provider\'s referral, then all: the PDF holds what the plan says, nothing private or of others', async () => {
  const { page, context } = await newPage(browser, server);
  const base = await importPlan(page);
  await page.goto(base + 'agreements');
  await stepBuilt(page);
  // By keyboard from the Agreements step's summary.
  await page.locator('#open-referrals').focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/referrals$/);
  await page.waitForFunction(() => document.activeElement?.id === 'step-title');
  assert.equal(await page.locator('#step-title').textContent(), 'Referral sheets for providers');
  const sheets = page.locator('.referral-sheet');
  assert.equal(await sheets.count(), 2);
  assert.deepEqual(await page.locator('.referral-sheet h2').allTextContents(),
    ['Referral to Bright Path zqS126q Recovery', 'Referral to City zqS155q Housing Aid']);
  // On screen only: what the housing sheet lacks.
  const missing = sheets.nth(1).locator('.referral-missing');
  assert.match(await missing.textContent(), /Help finding zqS156q a flat: what the family needs/);
  assert.equal(await sheets.nth(0).locator('.referral-missing').count(), 0);

  await stubPrint(page);
  await page.getByRole('button', { name: 'Print this referral: Bright Path zqS126q Recovery' }).click();
  await page.waitForFunction(() => window.printed === 1);
  assert.match(await sheets.nth(1).getAttribute('class'), /\bno-print\b/);
  const one = pdfText(await page.pdf({ printBackground: true }), 'one.pdf');
  const found = tokens(one);
  for (const [what, token] of Object.entries(BRIGHT)) assert.ok(found.has(token), `the sheet holds the ${what} (${token})`);
  for (const token of COMMON) assert.ok(found.has(token), token);
  const allowed = new Set([...Object.values(BRIGHT), ...COMMON]);
  assert.deepEqual([...found].filter((t) => !allowed.has(t)), [], 'nothing else: no other provider, nothing private');
  for (const token of [...Object.values(HOUSING), ...PRIVATE, 'zqC241q']) assert.ok(!one.includes(token), token);
  assert.match(one, /Referral to Bright Path zqS126q Recovery/);
  assert.match(one, /Known barriers/);
  assert.ok(!/Print this referral|Still missing/.test(one), 'no buttons, no notes for the caseworker');

  // page.pdf() was the print the button started; once it is over, every
  // sheet is back on the screen.
  const hidden = () => page.locator('.referral-sheet.no-print').count();
  await page.waitForFunction(() => !document.querySelector('.referral-sheet.no-print'));
  // One sheet again, in a browser that never says "after print": its own
  // print keeps the one sheet, a later Ctrl+P prints them all.
  await page.getByRole('button', { name: 'Print this referral: Bright Path zqS126q Recovery' }).click();
  await page.waitForFunction(() => window.printed === 2);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  assert.ok(await hidden() > 0, 'the print the button started is of one sheet');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.waitForFunction(() => !document.querySelector('.referral-sheet.no-print'));

  // All sheets: each starts a page; still nothing private.
  await page.locator('#print-all-referrals').click();
  await page.waitForFunction(() => window.printed === 3);
  const all = pdfText(await page.pdf({ printBackground: true }), 'all.pdf');
  for (const token of [...Object.values(BRIGHT), HOUSING.service, HOUSING.barriers, HOUSING.frequency]) assert.ok(all.includes(token), token);
  for (const token of PRIVATE) assert.ok(!all.includes(token), token);
  assert.ok(![...tokens(all)].some((t) => /^zq[PV]/.test(t)), 'no private text, no unshared voice');
  assert.ok(!all.includes('Still missing'), 'the missing list is not printed');
  const pages = all.split('\f');
  const housingPage = pages.findIndex((p) => p.includes('Referral to City zqS155q Housing Aid'));
  assert.ok(housingPage > 0, 'the second sheet starts a page of its own');
  assert.ok(!pages[housingPage].includes('zqS127q'), 'Bright Path\'s service is not on the housing sheet\'s page');
  assert.deepEqual(page.errors, []);
  assert.deepEqual(page.outside, []);
  await context.close();
});

test('the service editor opens its provider\'s sheet, focused', async () => {
  const { page, context } = await newPage(browser, server);
  const base = await importPlan(page);
  await page.goto(base + 'goals');
  await stepBuilt(page);
  await page.locator('#service-54-open').click();
  const link = page.locator('#service-54-referral');
  assert.equal(await link.textContent(), 'Referral sheet');
  await link.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/referrals#referral-54$/);
  await page.waitForFunction(() => document.activeElement?.id === 'referral-54-title');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Referral to City zqS155q Housing Aid');
  // The missing list links back to the Goals step.
  await page.locator('#referral-54 .referral-missing a').click();
  await page.waitForURL(/\/goals$/);
  await page.waitForFunction(() => document.activeElement?.id === 'step-title');
  assert.deepEqual(page.errors, []);
  await context.close();
});
