// Issue 11 (first parts): a plan has the family's language. A Spanish plan's
// texts are graded by the Spanish formula (Fernández-Huerta) with Spanish
// plain-word suggestions, and the wall marks the family's words with lang="es".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, newPage, LibraryPage } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('a Spanish plan: the meter uses the Spanish formula and words, and the wall says lang="es"', async () => {
  const { page, context } = await newPage(browser, server);
  const library = new LibraryPage(page, server);
  await library.open();
  await library.create('Familia Ruiz');
  const purpose = page.locator('#meeting-purpose');
  const meter = page.locator('.field:has(#meeting-purpose) .meter');
  await purpose.fill('Vamos a ver si los niños pueden volver a casa.');
  // English first: the English grade.
  await meter.waitFor();
  assert.match(await meter.innerText(), /^Grade /);
  // The family's language is Spanish: the Spanish reading ease, and Spanish plain words.
  await page.getByLabel("The family's language").selectOption('es');
  await page.locator('.field:has(#meeting-purpose) .meter[data-ease]').waitFor();
  assert.match(await meter.innerText(), /^Reading ease \d+ \(Spanish\) — (very easy|easy)$/);
  await purpose.fill('Las visitas supervisadas seguirán hasta la reunificación.');
  const hint = page.locator('.field:has(#meeting-purpose) .plain-hint');
  await hint.waitFor();
  assert.match(await hint.innerText(), /“visitas supervisadas” → visitas con otra persona presente/);
  assert.match(await hint.innerText(), /“reunificación” → volver a vivir juntos/);
  // On the wall, the family's words carry their language; the page stays English.
  await page.keyboard.press('Alt+p');
  await page.locator('.present').waitFor();
  const text = page.locator('.wall-card-text', { hasText: 'visitas supervisadas' });
  assert.equal(await text.getAttribute('lang'), 'es');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  // Kept with the plan.
  await page.keyboard.press('Escape');
  await page.locator('.save-status[data-status=saved]').waitFor({ timeout: 5000 });
  await page.reload();
  await page.getByLabel("The family's language").waitFor();
  assert.equal(await page.getByLabel("The family's language").inputValue(), 'es');
  assert.deepEqual(page.errors, []);
  await context.close();
});
