// Accessibility: axe-core finds no WCAG 2.2 A or AA problem of any impact on any
// screen (labels, contrast, roles, names, target size), with normal and larger
// text and on a phone; focus is visible and ordered.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { startServer, launch, newPage, LibraryPage, stepBuilt, allDrawn } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** The WCAG 2.0, 2.1 and 2.2 A and AA rules (no best-practice rules), every impact. */
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe's findings on the page as it is now, one line each; the count per screen is printed. */
async function problems(page, where) {
  await allDrawn(page);
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const nodes = result.violations.reduce((n, v) => n + v.nodes.length, 0);
  console.log(`axe ${where}: ${result.violations.length} violations (${nodes} elements)` +
    result.violations.map((v) => ` ${v.id}×${v.nodes.length}`).join(''));
  return result.violations.map((v) => `${where}: ${v.id} (${v.impact}) — ${v.help} — e.g. ${v.nodes[0]?.target}`);
}

/**
 * Scroll through the page once, as a reader does, then back to the top. Cards
 * off screen skip layout (`content-visibility: auto`) and stand in at a guessed
 * height until first shown, so before that axe would measure a card's controls
 * as overlapping whatever follows the card (the step's footer), which no one
 * ever sees.
 */
async function readThrough(page) {
  await page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) { scrollTo(0, y); await frame(); }
    scrollTo(0, 0);
    await frame();
  });
}

// Review and Aftercare (follow-up and transition meetings) open by deep link on the example too.
const STEPS = ['welcome', 'team', 'strengths', 'worries', 'goals', 'crisis', 'voice', 'closure', 'agreements', 'review', 'aftercare'];

/**
 * Every screen in turn, checked by axe: the library empty and with plans, the
 * nine steps of the example plan, the share page without and with a passphrase,
 * the printouts, the family view of the plain and the protected link, and a
 * copy saved on this device. `larger` turns on "Larger text" first.
 */
async function everyScreen(larger) {
  const { page, context } = await newPage(browser, server);
  const library = new LibraryPage(page, server);
  const tag = larger ? ' (larger text)' : '';
  const found = [];
  await library.open();
  found.push(...await problems(page, 'library, empty' + tag));
  await library.openExample();
  if (larger) {
    await page.getByRole('button', { name: 'Larger text' }).click();
    await page.waitForFunction(() => document.documentElement.classList.contains('projector'));
  }
  const base = page.url().replace(/welcome$/, '');
  await page.goto(server.url);
  await library.rows().first().waitFor();
  found.push(...await problems(page, 'library' + tag));
  for (const step of STEPS) {
    await page.goto(base + step);
    await page.locator('#step-title').waitFor();
    await stepBuilt(page); // every card, not only the first ones
    await readThrough(page);
    found.push(...await problems(page, step + tag));
  }
  await page.goto(base + 'share');
  await page.locator('.qr .qr-code svg').waitFor();
  found.push(...await problems(page, 'share' + tag));
  const url = await page.locator('#share-url').inputValue();
  await page.getByLabel('Protect the link with a passphrase').check();
  await page.getByLabel(/Passphrase \(at least 8 characters/).fill('blue horse 42');
  await page.waitForFunction(() => /#9/.test(document.querySelector('#share-url')?.value ?? ''), null, { timeout: 20000 });
  await page.locator('.qr .qr-code svg').waitFor();
  found.push(...await problems(page, 'share with a passphrase' + tag));
  const protectedUrl = await page.locator('#share-url').inputValue();
  for (const printout of ['print', 'print-family']) {
    await page.goto(base + printout);
    await page.locator('#print-now').waitFor();
    found.push(...await problems(page, printout + tag));
  }
  // The fidelity checklist for supervision (issue 13).
  await page.goto(base + 'fidelity');
  await page.locator('#fidelity-checklist').waitFor();
  found.push(...await problems(page, 'fidelity checklist' + tag));
  // The referral sheets (their own toolbar; what each sheet lacks shown on screen).
  await page.goto(base + 'referrals');
  await page.locator('#print-all-referrals').waitFor();
  found.push(...await problems(page, 'referrals' + tag));
  await page.goto(url);
  await page.getByLabel('Who are you?').waitFor();
  found.push(...await problems(page, 'family view' + tag));
  await page.getByLabel('Who are you?').selectOption({ label: 'Elena Rivera' });
  await page.getByText('Things Elena Rivera will do').waitFor();
  found.push(...await problems(page, 'family view, my tasks' + tag));
  // A copy saved on this device, listed under "Shared with me" and opened read-only.
  await page.getByRole('button', { name: 'Save to this phone' }).click();
  await page.getByText('Saved on this device ✓').waitFor();
  await page.goto(server.url);
  await page.locator('.saved-row').first().waitFor();
  found.push(...await problems(page, 'library with Shared with me' + tag));
  await page.locator('.saved-row a').first().click();
  await page.locator('#remove-saved').waitFor();
  found.push(...await problems(page, 'saved copy' + tag));
  await page.goto(server.url);
  await library.rows().first().waitFor();
  await page.goto(protectedUrl);
  await page.getByText('This plan is protected.').waitFor();
  found.push(...await problems(page, 'protected link' + tag));
  await page.getByLabel('Passphrase').fill('wrong words');
  await page.getByRole('button', { name: 'Open the plan' }).click();
  await page.getByText('That passphrase is not right.').waitFor({ timeout: 20000 });
  found.push(...await problems(page, 'protected link, wrong passphrase' + tag));
  assert.deepEqual(page.errors, []);
  await context.close();
  return { found, url };
}

let link; // the example plan's link, for the phone
test('axe finds nothing on any screen (WCAG 2.2 A and AA, every impact)', async () => {
  const { found, url } = await everyScreen(false);
  link = url;
  assert.deepEqual(found, []);
});

test('axe finds nothing on any screen with "Larger text" on', async () => {
  const { found } = await everyScreen(true);
  assert.deepEqual(found, []);
});

test('axe finds nothing on the family view on a 390×844 phone, with and without larger text', async () => {
  assert.ok(link, 'the first test made the link');
  const { page, context } = await newPage(browser, server, { viewport: { width: 390, height: 844 }, isMobile: true });
  const found = [];
  for (const larger of [false, true]) {
    if (larger) await page.evaluate(() => localStorage.setItem('ftm-planner.prefs', JSON.stringify({ projector_text: true })));
    await page.goto(link);
    await page.reload();
    await page.getByLabel('Who are you?').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains('projector')), larger);
    const tag = larger ? ' (larger text)' : '';
    found.push(...await problems(page, 'family view on a phone' + tag));
    await page.getByLabel('Who are you?').selectOption({ label: 'Elena Rivera' });
    await page.getByText('Things Elena Rivera will do').waitFor();
    found.push(...await problems(page, 'family view on a phone, my tasks' + tag));
  }
  assert.deepEqual(found, []);
  await context.close();
});

test('keyboard focus starts at the skip link and reaches the main form in order', async () => {
  const { page, context } = await newPage(browser, server);
  await new LibraryPage(page, server).open();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to content');
  // The language of the app, in the page's header, then the form.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'interface-language');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'new-family');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'focus is visible');
  await context.close();
});

/** Issue 10 (part): every button's name contains its visible text (axe's
 * label-content-name-mismatch, an experimental rule, run on its own), and
 * repeated buttons have names that tell them apart. */
test('button names contain their visible text and repeated buttons are told apart', async () => {
  const { page, context } = await newPage(browser, server);
  const library = new LibraryPage(page, server);
  const base = await library.openExampleAt('team');
  const found = [];
  const mismatch = async (where) => {
    const r = await new AxeBuilder({ page }).withRules(['label-content-name-mismatch']).analyze();
    found.push(...r.violations.flatMap((v) => v.nodes.map((n) => `${where}: ${n.target}`)));
  };
  /** Names of the visible buttons whose text is `text`: each must be different. */
  const distinct = async (where, text) => {
    const names = await page.locator('button:visible', { hasText: text }).evaluateAll((bs, t) =>
      bs.filter((b) => b.textContent.trim() === t).map((b) => b.getAttribute('aria-label') || b.textContent.trim()), text);
    assert.ok(names.length > 1, `${where}: more than one "${text}"`);
    assert.equal(new Set(names).size, names.length, `${where}: ${names.join(' | ')}`);
  };
  for (const step of ['team', 'crisis', 'closure', 'agreements']) {
    await page.goto(base + step);
    await stepBuilt(page);
    await mismatch(step);
  }
  await page.goto(base + 'closure');
  await stepBuilt(page);
  await distinct('closure', '+ Add');
  await page.goto(base + 'crisis');
  await stepBuilt(page);
  await distinct('crisis', 'Delete');
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Duplicate Rivera family' }).click();
  await library.rows().nth(1).waitFor();
  await mismatch('library');
  for (const text of ['Rename', 'Duplicate', 'Delete']) await distinct('library', text);
  assert.deepEqual(found, []);
  await context.close();
});
