// Issue 8 (no long task while typing): Chromium's form autofill re-reads the
// form a control belongs to on every keystroke, and controls outside any form
// make one form of the whole page (1,360 controls on a large plan's Worries).
// Each item's controls are a form of their own, the page's loose controls are
// few, and the forms never submit: Enter in a field presses no button.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, newPage, importMarkerPlan, stepBuilt } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('every item on every step is its own form; loose controls are few; no button can submit', async () => {
  const { page, context } = await newPage(browser, server);
  const base = await importMarkerPlan(page, server);
  await page.goto(base + 'welcome');
  await page.locator('#step-title').waitFor();
  const steps = await page.evaluate(() => [...document.querySelectorAll('.steps-nav a')].map((a) => new URL(a.href).pathname.split('/').pop()));
  assert.ok(steps.length >= 9, `the meeting's steps (${steps})`);
  let inItems = 0;
  for (const step of steps) {
    await page.goto(base + step);
    await page.locator('#step-title').waitFor();
    await stepBuilt(page);
    const r = await page.evaluate(() => {
      const controls = [...document.querySelectorAll('main input, main select, main textarea')];
      const item = (el) => el.closest('.card, .item-row');
      const inItem = controls.filter(item);
      return {
        inItem: inItem.length,
        // A control in an item belongs to a form inside that item.
        outside: inItem.filter((c) => !c.form || !item(c).contains(c.form)).map((c) => c.id || c.name),
        loose: controls.filter((c) => !c.form).length,
        biggest: Math.max(0, ...[...new Set(controls.map((c) => c.form).filter(Boolean))].map((f) => f.elements.length)),
        nested: document.querySelectorAll('form form').length,
        untyped: [...document.querySelectorAll('main form button')].filter((b) => !b.hasAttribute('type')).length,
      };
    });
    inItems += r.inItem;
    assert.deepEqual(r.outside, [], `${step}: controls of an item outside its form`);
    assert.ok(r.loose <= 30, `${step}: ${r.loose} controls outside any form`);
    assert.ok(r.biggest <= 60, `${step}: a form of ${r.biggest} controls`);
    assert.equal(r.nested, 0, `${step}: a form inside a form`);
    assert.equal(r.untyped, 0, `${step}: buttons in a form without a type (they would submit it)`);
  }
  assert.ok(inItems > 50, `the marker plan fills the steps' items (${inItems} controls)`);

  // Enter in a one-line field of a card presses nothing and goes nowhere.
  await page.goto(base + 'team');
  await stepBuilt(page);
  const cards = await page.locator('.member-card').count();
  const name = page.locator('.member-card input[id$=-name]').first();
  await name.focus();
  const url = page.url();
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  assert.equal(page.url(), url);
  assert.equal(await page.locator('.member-card').count(), cards);
  assert.equal(await page.locator('.toast').count(), 0, 'no undo toast: nothing was deleted');
  assert.deepEqual(page.errors, []);
  await context.close();
});
