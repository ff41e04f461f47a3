// Regenerates docs/screenshots/: every meeting step of the example plan at
// 1280×720 (projector size), plus the library, the share page, the family view on a phone
// and presentation mode.
// Run with scripts/screenshots.sh (builds dist/ first).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, launch, newPage, LibraryPage } from './harness.mjs';

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');
fs.mkdirSync(out, { recursive: true });
const steps = ['welcome', 'team', 'strengths', 'worries', 'goals', 'crisis', 'voice', 'closure', 'agreements'];

const server = await startServer();
const browser = await launch();
try {
  const { page } = await newPage(browser, server);
  const library = new LibraryPage(page, server);
  await library.open();
  await library.openExample();
  const base = page.url().replace(/welcome$/, '');
  await page.goto(server.url);
  await library.rows().first().waitFor();
  await page.screenshot({ path: path.join(out, '00-library.png') });
  for (const [i, step] of steps.entries()) {
    await page.goto(base + step);
    await page.locator('#step-title').waitFor();
    await page.waitForTimeout(150);
    await page.screenshot({ path: path.join(out, `${String(i + 1).padStart(2, '0')}-${step}.png`) });
    console.log('step', i + 1, step);
  }
  await page.goto(base + 'share');
  await page.locator('.qr .qr-code svg').waitFor();
  await page.screenshot({ path: path.join(out, '10-share.png') });
  const url = await page.locator('#share-url').inputValue();
  const phone = await newPage(browser, server, { viewport: { width: 390, height: 844 }, isMobile: true, deviceScaleFactor: 1 });
  await phone.page.goto(url);
  await phone.page.getByLabel('Who are you?').selectOption({ label: 'Elena Rivera' });
  await phone.page.screenshot({ path: path.join(out, '11-family-phone.png'), fullPage: true });
  // Presentation mode (Alt+P): Goals with the second goal worked on, and the crisis plan in dark colours.
  await page.goto(base + 'goals');
  await page.locator('#step-title').waitFor();
  await page.keyboard.press('Alt+p');
  await page.locator('.present').waitFor();
  await page.locator('.wall-edit').nth(1).focus();
  await page.waitForTimeout(600);
  await page.screenshot({ path: path.join(out, '12-present-goals.png') });
  await page.getByRole('button', { name: 'Dark colours' }).click();
  await page.keyboard.press('Alt+.');
  await page.waitForURL(/crisis$/);
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(out, '13-present-crisis-dark.png') });
  console.log(`screenshots written to ${out}`);
} finally {
  await browser.close();
  await server.close();
}
