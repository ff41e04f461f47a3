// Issue 8 (page size): "Who does it" is one control per task — the chosen
// people as chips, the whole team only while "Choose people" is open. Used by
// keyboard alone; focus never drops to the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, newPage, LibraryPage } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('choosing who does a task by keyboard: open, tick, Escape, remove a chip; it is saved', async () => {
  const { page, context } = await newPage(browser, server);
  await new LibraryPage(page, server).openExampleAt('goals');
  const task = page.locator('.task').first();
  await task.locator('.row-summary').click();
  const picker = task.locator('.member-picker');
  await picker.locator('.chip').first().waitFor();
  // Closed: no checkboxes on the page for it, only the chosen person.
  assert.equal(await picker.locator('input[type=checkbox]').count(), 0);
  assert.deepEqual(await picker.locator('.chip span').allInnerTexts(), ['Elena Rivera']);
  const toggle = picker.locator('button[aria-expanded]');
  assert.equal(await toggle.innerText(), 'Choose people');
  await toggle.focus();
  await page.keyboard.press('Enter');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  const rosa = picker.getByRole('checkbox', { name: 'Rosa Delgado' });
  await rosa.focus();
  await page.keyboard.press('Space');
  await picker.locator('.chip', { hasText: 'Rosa Delgado' }).waitFor();
  await page.keyboard.press('Escape');
  await picker.locator('input[type=checkbox]').first().waitFor({ state: 'detached' });
  await page.waitForFunction(() => document.activeElement?.textContent?.includes('Choose people'));
  // Remove Elena with her chip's button: focus goes back to the picker's button.
  await picker.getByRole('button', { name: /Remove Elena Rivera/ }).press('Enter');
  await page.waitForFunction(() => document.activeElement?.textContent?.includes('Choose people'));
  assert.deepEqual(await picker.locator('.chip span').allInnerTexts(), ['Rosa Delgado']);
  await page.locator('.save-status[data-status=saved]').waitFor();
  await page.reload();
  await page.locator('.task .row-summary').first().click();
  assert.deepEqual(await page.locator('.task').first().locator('.member-picker .chip span').allInnerTexts(), ['Rosa Delgado']);
  assert.deepEqual(page.errors, []);
  await context.close();
});
