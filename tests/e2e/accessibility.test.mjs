// Accessibility: axe-core finds no serious or critical problem on any screen
// (labels, contrast, roles, names), and focus is visible and ordered.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { startServer, launch, newPage, LibraryPage, stepBuilt } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** axe's findings; screens added for issue 7 are held to every impact (`all`). */
async function problems(page, where, all = false) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => all || v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.id} (${v.impact}) — ${v.help} — e.g. ${v.nodes[0]?.target}`);
}

test('no serious or critical accessibility problems on any screen', async () => {
  const { page, context } = await newPage(browser, server);
  const library = new LibraryPage(page, server);
  await library.open();
  await library.openExample();
  const base = page.url().replace(/welcome$/, '');
  const found = [];
  await page.goto(server.url);
  await library.rows().first().waitFor();
  found.push(...await problems(page, 'library'));
  for (const step of ['welcome', 'team', 'strengths', 'worries', 'goals', 'crisis', 'voice', 'closure', 'agreements', 'share']) {
    await page.goto(base + step);
    await page.locator('#step-title').waitFor();
    await stepBuilt(page); // every card, not only the first ones
    if (step === 'share') await page.locator('.qr .qr-code svg').waitFor();
    found.push(...await problems(page, step));
  }
  const url = await page.locator('#share-url').inputValue();
  for (const printout of ['print', 'print-family']) {
    await page.goto(base + printout);
    await page.locator('#print-now').waitFor();
    found.push(...await problems(page, printout, true));
  }
  await page.goto(url);
  await page.getByLabel('Who are you?').waitFor();
  found.push(...await problems(page, 'family view'));
  // A copy saved on this device, listed under "Shared with me" and opened read-only.
  await page.getByRole('button', { name: 'Save to this phone' }).click();
  await page.getByText('Saved on this device ✓').waitFor();
  await page.goto(server.url);
  await page.locator('.saved-row').first().waitFor();
  found.push(...await problems(page, 'library with Shared with me', true));
  await page.locator('.saved-row a').first().click();
  await page.locator('#remove-saved').waitFor();
  found.push(...await problems(page, 'saved copy', true));
  assert.deepEqual(found, []);
  await context.close();
});

test('keyboard focus starts at the skip link and reaches the main form in order', async () => {
  const { page, context } = await newPage(browser, server);
  await new LibraryPage(page, server).open();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to content');
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
