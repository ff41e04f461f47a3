// Issue 13: what a referral and the fidelity checklist are built from is typed
// in the editor. A service's need and known barriers (K2, D7), who suggested a
// goal, task or service (O7, D1), the worries a goal answers (D3) and whether a
// child's home is safe (D9): each kept after a reload, on the caseworker's
// printout, and never on the family's printout.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import { startServer, launch, newPage, LibraryPage, MeetingPage, stepBuilt } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ftm-provider-'));
function pdfText(pdf, name) {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

const NEED = 'Calm ways to handle bedtime';
const BARRIERS = 'No car on weekdays';

test('a service need, known barriers, who suggested it, the worries a goal answers and home safety are kept and printed for the caseworker only', async () => {
  const { page, context } = await newPage(browser, server);
  const base = await new LibraryPage(page, server).openExampleAt('goals');
  const meeting = new MeetingPage(page);
  await stepBuilt(page);
  const goal = page.locator('.goal').first();

  // The goal's worries: chosen from a list opened on demand, by keyboard.
  const choose = goal.getByRole('button', { name: 'Choose worries' });
  await choose.focus();
  await page.keyboard.press('Enter');
  const firstWorry = goal.locator('.member-options input[type=checkbox]').first();
  await firstWorry.focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Escape');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Choose worries', 'Escape closes the list and focus goes back to its button');
  await goal.locator('.chip').first().waitFor();
  assert.match(await goal.locator('.chip').first().textContent(), /Elena drinks/);
  await goal.locator('select').filter({ has: page.locator('option', { hasText: 'Not recorded' }) }).first().selectOption({ label: 'Rosa Delgado' });

  // The first service: open its line, type the referral's words.
  const line = goal.locator('.service .row-summary').first();
  await line.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /^service-\d+-provider$/.test(document.activeElement?.id ?? ''));
  const panel = goal.locator('.service .row-panel');
  await panel.getByLabel('What the family needs from this service').fill(NEED);
  await panel.getByLabel('Known barriers').fill(BARRIERS);
  await panel.getByLabel('Suggested by').selectOption({ label: 'Elena Rivera' });
  await meeting.saved();

  // With the worries list and the service open, the page passes axe (WCAG 2.2 A/AA, every impact).
  await goal.getByRole('button', { name: 'Choose worries' }).click();
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`), []);
  await goal.getByRole('button', { name: 'Done choosing' }).click();

  // A child's home, on the Team step.
  await page.goto(base + 'team');
  await stepBuilt(page);
  await page.locator('.child-card').first().getByLabel('Is this home safe? (caseworker only)').selectOption({ label: 'Assessed: safe' });
  await meeting.saved();

  // Kept after a reload.
  await page.goto(base + 'goals');
  await stepBuilt(page);
  const again = page.locator('.goal').first();
  assert.match(await again.locator('.chip').first().textContent(), /Elena drinks/);
  await again.locator('.service .row-summary').first().click();
  const reopened = again.locator('.service .row-panel');
  assert.equal(await reopened.getByLabel('What the family needs from this service').inputValue(), NEED);
  assert.equal(await reopened.getByLabel('Known barriers').inputValue(), BARRIERS);

  // The caseworker's printout holds them; the family's does not.
  await page.goto(base + 'print');
  await page.locator('#print-now').waitFor();
  const caseworker = pdfText(await page.pdf({ format: 'Letter' }), 'caseworker.pdf');
  for (const words of [NEED, BARRIERS, 'Answers these worries', 'When Elena drinks', 'Suggested by', 'Assessed: safe']) {
    assert.ok(caseworker.includes(words), `the caseworker's printout holds "${words}"`);
  }
  await page.goto(base + 'print-family');
  await page.locator('#print-now').waitFor();
  const family = pdfText(await page.pdf({ format: 'Letter' }), 'family.pdf');
  for (const words of [NEED, BARRIERS, 'Assessed: safe']) {
    assert.ok(!family.includes(words), `the family's printout leaves out "${words}"`);
  }
  assert.deepEqual(page.errors, []);
  await context.close();
});
