// Issue 9: nothing broken. The share page never hands out a link the family
// view would refuse, and "Save to this phone" never replaces a different saved
// copy without asking.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, launch, newPage, LibraryPage, workerSettled, twoLinksOfOnePlan } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Texts that don't compress: a dozen of them are too much for one link, within the plan's limits. */
function noise(n, seed) {
  let x = seed, out = '';
  for (let i = 0; i < n; i++) { x = (Math.imul(x, 1103515245) + 12345) >>> 0; out += String.fromCharCode(97 + (x >>> 16) % 26); }
  return out;
}

test('a plan too big for one link gets a plain message, no link and no QR code', async () => {
  const { context, page } = await newPage(browser, server);
  const library = new LibraryPage(page, server);
  await library.open();
  await library.openExample();
  const base = page.url().replace(/welcome$/, '');
  const planId = base.match(/\/plan\/([0-9a-f]+)\//)[1];
  // Make the strengths long, through a backup file (the way a big plan arrives).
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download backup' }).click();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ftm-')), 'big.json');
  await (await download).saveAs(file);
  const backup = JSON.parse(fs.readFileSync(file, 'utf8'));
  const plan = backup.plans[0];
  [...plan.strengths, ...plan.worries].forEach((item, i) => { item.text = noise(19_000, i + 1); });
  fs.writeFileSync(file, JSON.stringify(backup));
  await page.goto(server.url);
  await library.rows().first().waitFor();
  await page.locator('#import-file').setInputFiles(file);
  await page.getByRole('button', { name: 'Add these plans' }).click();
  await library.rows().nth(1).waitFor();
  const copy = await page.locator('.plan-row:not(.saved-row) a').evaluateAll(
    (links, id) => links.map((a) => a.getAttribute('href')).find((h) => !h.includes(id)), planId);
  await page.goto(new URL(copy, server.url).href.replace(/\/[a-z-]+$/, '/share'));
  const error = page.locator('.error[role=alert]');
  await error.waitFor();
  assert.match(await error.innerText(), /too big for one link/);
  assert.equal(await page.locator('#share-url').count(), 0);
  assert.equal(await page.locator('.qr svg, .qr img').count(), 0);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('saving a different copy of a saved plan asks: replace it, or keep both', async () => {
  const { first, second } = await twoLinksOfOnePlan(browser, server, 'A changed purpose for the second link');

  const phone = await newPage(browser, server, { viewport: { width: 390, height: 844 }, isMobile: true });
  const p = phone.page;
  await p.goto(first);
  await p.locator('#save-to-phone').click();
  await p.getByText('Saved on this device ✓').waitFor();
  await p.goto(second);
  await workerSettled(p);
  await p.reload();
  await p.getByText('A changed purpose for the second link').waitFor();
  await p.locator('#save-to-phone').click();
  const ask = p.locator('#save-clash');
  await ask.waitFor();
  assert.match(await ask.innerText(), /already saved on this device/);
  await p.waitForFunction(() => document.activeElement?.id === 'save-keep-both');
  await p.locator('#save-keep-both').click();
  await p.getByText('Saved on this device ✓').waitFor();
  await p.goto(server.url);
  await p.locator('.saved-row').first().waitFor();
  assert.equal(await p.locator('.saved-row').count(), 2);

  // The same link again: nothing to ask.
  await p.goto(first);
  await workerSettled(p);
  await p.reload();
  await p.locator('#save-to-phone').click();
  await p.getByText('already saved on this device').waitFor();
  assert.equal(await p.locator('#save-clash').count(), 0);
  // Replacing: still two copies, the first now holding the second link's plan.
  await p.goto(second);
  await workerSettled(p);
  await p.reload();
  await p.locator('#save-to-phone').click();
  await p.locator('#save-clash').waitFor();
  await p.locator('#save-replace').click();
  await p.getByText('Replaced the copy on this device').waitFor();
  await p.goto(server.url);
  await p.locator('.saved-row').first().waitFor();
  assert.equal(await p.locator('.saved-row').count(), 2);
  for (const link of await p.locator('.saved-row a').evaluateAll((as) => as.map((a) => a.href))) {
    await p.goto(link);
    await p.getByText('A changed purpose for the second link').waitFor();
  }
  assert.deepEqual(p.errors, []);
  await phone.context.close();
});
