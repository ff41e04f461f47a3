// Issue 4 (backup): export one plan as a JSON file, import it elsewhere with a
// preview; importing a plan that is already there adds a copy, never overwrites.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, launch, newPage, LibraryPage } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('a downloaded backup imports with a preview, and never overwrites', async () => {
  const { page, context } = await newPage(browser, server);
  const library = new LibraryPage(page, server);
  await library.open();
  await library.openExample();
  const saved = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download backup' }).click();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ftm-')), 'rivera.plan.json');
  await (await saved).saveAs(file);
  const backup = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.equal(backup.format, 'ftm-planner-backup');
  assert.equal(backup.plans.length, 1);

  // Import into the same browser: the plan is already there, so it becomes a copy.
  await page.goto(server.url);
  await library.rows().first().waitFor();
  await page.locator('#import-file').setInputFiles(file);
  await page.getByText('This backup holds 1 plan:').waitFor();
  await page.getByText('already here: it will be added as a separate copy').waitFor();
  await page.getByRole('button', { name: 'Add these plans' }).click();
  await library.rows().filter({ hasText: 'Rivera family (imported)' }).waitFor();
  assert.equal(await library.rows().filter({ hasText: 'Rivera family' }).count(), 2);
  await context.close();

  // Import into a fresh browser: added as it is.
  const other = await newPage(browser, server);
  const lib2 = new LibraryPage(other.page, server);
  await lib2.open();
  await other.page.locator('#import-file').setInputFiles(file);
  await other.page.getByRole('button', { name: 'Add these plans' }).click();
  await lib2.rows().filter({ hasText: 'Rivera family' }).waitFor();
  await other.page.locator('.plan-open', { hasText: 'Rivera family' }).click();
  await other.page.getByLabel('Place', { exact: true }).waitFor();
  assert.equal(await other.page.getByLabel('Place', { exact: true }).inputValue(), 'County family services office, room 2B');

  // A file that is not a backup is refused with a clear message, and nothing is added.
  const bad = path.join(path.dirname(file), 'notes.json');
  fs.writeFileSync(bad, '{"hello": "world"}');
  await other.page.goto(server.url);
  await lib2.rows().first().waitFor();
  await other.page.locator('#import-file').setInputFiles(bad);
  await other.page.getByText('This file is not a Family Team Meeting planner backup.').waitFor();
  assert.equal(await lib2.rows().count(), 1);
  await other.context.close();
});

test('a backup saved as Western (Latin-1) text imports with its accents and says how it was read', async () => {
  // The example's backup, re-saved by an old editor as Windows-1252 / Latin-1.
  const stored = JSON.parse(fs.readFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), '../../src/domain/example-plan.json'), 'utf8'));
  stored.plan.family_name = 'Familia Muñoz';
  stored.plan.id = 'latin1plan';
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ftm-')), 'munoz.plan.json');
  fs.writeFileSync(file, Buffer.from(JSON.stringify(stored), 'latin1'));
  const { page, context } = await newPage(browser, server);
  const library = new LibraryPage(page, server);
  await library.open();
  await page.locator('#import-file').setInputFiles(file);
  await page.getByText('This file was not saved as UTF-8').waitFor();
  await page.getByText('Familia Muñoz —').waitFor();
  await page.getByRole('button', { name: 'Add these plans' }).click();
  await library.rows().filter({ hasText: 'Familia Muñoz' }).waitFor();
  assert.equal(await library.rows().filter({ hasText: 'Muñoz' }).count(), 1);
  assert.deepEqual(page.errors, []);
  await context.close();
});
