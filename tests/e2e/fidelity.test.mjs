// Issue 13: the fidelity checklist for supervision (O1–O7, D1–D9). A case with
// two meetings (tests/fixtures/fidelity-plan.json, made by tests/fidelity.rs)
// is imported; the checklist opens from the library row and from the
// Agreements step (focus on the page's heading), passes axe, and its PDF
// holds the evidence the plan gives, never a private worry or a child's words.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import { startServer, launch, newPage, LibraryPage, stepBuilt } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const FIXTURE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/fidelity-plan.json');
const PLAN_ID = 'f1de11770000c0de';
const SECRET = 'zqFIDq';
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axe(page, where) {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const lines = result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  assert.deepEqual(lines, [], `axe on ${where}`);
}

/** The PDF's text, whitespace made single spaces (lines wrap anywhere). */
function pdfText(pdf) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ftm-fidelity-'));
  const file = path.join(dir, 'fidelity.pdf');
  fs.writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  fs.rmSync(dir, { recursive: true, force: true });
  return text.replace(/\s+/g, ' ');
}

const focusedId = (page) => page.evaluate(() => document.activeElement?.id ?? '');

test('the fidelity checklist of a two-meeting case: from the library and the agreements step, printed', async () => {
  const { page } = await newPage(browser, server);
  const library = new LibraryPage(page, server);
  await library.open();
  await page.locator('#import-file').setInputFiles(FIXTURE);
  await page.getByRole('button', { name: 'Add these plans' }).click();
  const row = library.rows().filter({ hasText: 'Rivera family' });
  await row.waitFor();

  // From the library row: the checklist opens with focus on the page's heading.
  const link = page.locator(`#plan-${PLAN_ID}-fidelity`);
  assert.equal(await link.getAttribute('aria-label'), 'Fidelity checklist: Rivera family');
  await link.click();
  await page.waitForURL(new RegExp(`/plan/${PLAN_ID}/fidelity$`));
  await page.locator('#fidelity-checklist').waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'step-title');
  assert.equal(await page.locator('#step-title').textContent(), 'Fidelity checklist for supervision');

  // Each measure says how it stands, in words.
  assert.equal(await page.locator('.fidelity-item').count(), 16);
  assert.equal(await page.locator('#fidelity-o2').getAttribute('data-status'), 'met');
  assert.match(await page.locator('#fidelity-o2 .fidelity-status').textContent(), /Status: Met/);
  assert.equal(await page.locator('#fidelity-o3').getAttribute('data-status'), 'cannot-judge');
  assert.match(await page.locator('#fidelity-summary').textContent(), /^\d+ of 16 met, \d+ not yet, \d+ not due yet, 1 the tool can't judge\.$/);
  await axe(page, 'fidelity checklist');

  // From the Agreements step's summary, by keyboard.
  const base = `${server.url}plan/${PLAN_ID}/`;
  await page.goto(base + 'agreements');
  await page.locator('#step-title').waitFor();
  await stepBuilt(page);
  await page.locator('#open-fidelity').focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/fidelity$/);
  await page.locator('#fidelity-checklist').waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'step-title');
  assert.equal(await focusedId(page), 'step-title');

  // On paper: the evidence the plan gives, nothing private quoted.
  await page.emulateMedia({ media: 'print' });
  const text = pdfText(await page.pdf({ format: 'Letter' }));
  for (const expected of [
    'Rivera family — fidelity checklist',
    'O1 — Helps the family identify people who are supportive.',
    '2 supportive people named (1 family, 1 informal): Rosa, Pastor Jim.',
    'Reluctance recorded and addressed for 2 of 2 members.',
    '2 meetings held.',
    'What they did to help is written for 3 of 3 members',
    'Meeting 2 (Thu, Oct 29, 2026): the family asked about 1 of 1 services.',
    '"How can we help?" answered: "Help with bus passes"',
    'Goals, tasks or services suggested by: Maria, Rosa, Pastor Jim.',
    'First meeting 30 days after the placement (within 60).',
    'Longest gap between meetings: 28 days.',
    '2 of 2 safety worries have a goal with tasks.',
    'Permanency goal: "Lily returns home to Maria"',
    'Reviewed 1 time in 1 month since the first meeting.',
    'The crisis plan has 1 response step.',
    '1 of 1 services have everything a provider needs.',
    '1 of 1 services referred on time.',
    'Lily: home assessed, safe.',
    'What the tool cannot judge',
    'O3 — Facilitates teaming.',
    'Interview and supervision items (I1–I4, S1–S4)',
  ]) {
    assert.ok(text.includes(expected), `the PDF holds "${expected}"`);
  }
  assert.ok(!text.includes(SECRET), 'no private worry or child\'s words in the PDF');
  assert.ok(!text.includes('Print'), 'no toolbar on paper');
  assert.deepEqual(page.errors, []);
  assert.deepEqual(page.outside, []);
});
