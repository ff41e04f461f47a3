// Issue 4: share the plan as a link and a QR code; the family opens it in a fresh
// browser (empty storage) and sees their plan; private items never appear.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { startServer, launch, newPage, LibraryPage, planLink, readText } from './harness.mjs';

const require = createRequire(import.meta.url);
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const JSQR = fs.readFileSync(require.resolve('jsqr/dist/jsQR.js'), 'utf8');

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Open the example plan, mark a worry and a team member private, go to the share page. */
async function examplePlanOnSharePage(page) {
  const library = new LibraryPage(page, server);
  await library.open();
  await library.openExample();
  const base = page.url().replace(/welcome$/, '');
  await page.goto(base + 'worries');
  const argue = page.locator('.worry').nth(3);
  assert.match(await argue.locator('textarea').first().inputValue(), /argue loudly/);
  await argue.getByLabel('Private (not shared)').check();
  await page.goto(base + 'team');
  const teacher = page.locator('.member-card').nth(7);
  assert.equal(await teacher.getByLabel('Name').inputValue(), 'Ms. Laura Kim');
  await teacher.getByLabel('Private (not shared)').check();
  await page.locator('.save-status[data-status=saved]').waitFor();
  await page.getByRole('link', { name: 'Share with the family' }).click();
  await page.waitForURL(/share$/);
  await page.locator('#share-url').waitFor();
  return base;
}

/**
 * Decode the QR code on the page with jsQR (canvas pixels). The app's page
 * refuses injected scripts (its CSP), so the drawing is decoded in a blank page.
 */
async function decodeQr(page) {
  const markup = await page.locator('.qr .qr-code svg').evaluate((svg) => new XMLSerializer().serializeToString(svg));
  const blank = await page.context().newPage();
  await blank.setContent('<!doctype html><title>QR</title>');
  await blank.addScriptTag({ content: JSQR });
  const decoded = await blank.evaluate(async (xml) => {
    const svg = new DOMParser().parseFromString(xml, 'image/svg+xml').documentElement;
    const img = new Image();
    img.src = 'data:image/svg+xml;base64,' + btoa(unescape(encodeURIComponent(xml)));
    await img.decode();
    // A whole number of pixels per module keeps the edges sharp.
    const modules = svg.viewBox.baseVal.width;
    const size = modules * 6;
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = size;
    const g = canvas.getContext('2d');
    g.imageSmoothingEnabled = false;
    g.fillStyle = '#fff'; g.fillRect(0, 0, size, size);
    g.drawImage(img, 0, 0, size, size);
    const data = g.getImageData(0, 0, size, size);
    const code = window.jsQR(data.data, size, size);
    return code ? code.data : null;
  }, markup);
  await blank.close();
  return decoded;
}

/** Decode a screenshot (PNG) with jsQR, in a blank page (the app's CSP refuses injected scripts). */
async function decodeScreenshot(page, png) {
  const blank = await page.context().newPage();
  await blank.setContent('<!doctype html><title>QR</title>');
  await blank.addScriptTag({ content: JSQR });
  const decoded = await blank.evaluate(async (base64) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + base64;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const g = canvas.getContext('2d');
    g.drawImage(img, 0, 0);
    const data = g.getImageData(0, 0, canvas.width, canvas.height);
    return window.jsQR(data.data, canvas.width, canvas.height)?.data ?? null;
  }, png.toString('base64'));
  await blank.close();
  return decoded;
}

/** The QR code as drawn: its box, its modules (quiet zone included) and CSS px per module. */
async function qrAsDrawn(page, selector) {
  return page.locator(selector).evaluate((el) => {
    const r = el.querySelector('svg').getBoundingClientRect();
    const modules = el.querySelector('svg').viewBox.baseVal.width;
    return { top: r.top, bottom: r.bottom, width: r.width, height: r.height, modules, scale: r.width / modules, scrollY };
  });
}

test('at 1280×720 the QR code is above the fold, crisp, and decodes from a screenshot as laid out and full screen', async () => {
  const { page, context } = await newPage(browser, server);
  const library = new LibraryPage(page, server);
  await library.open();
  const tries = 4; // a new example plan each time: a new link, a new code
  let laidOut = 0, fullScreen = 0;
  const sizes = [];
  for (let i = 0; i < tries; i++) {
    await page.goto(server.url);
    await library.openExample();
    await page.getByRole('link', { name: 'Share with the family' }).click();
    await page.locator('.qr .qr-code svg').waitFor();
    const url = await page.locator('#share-url').inputValue();
    const qr = await qrAsDrawn(page, '.qr .qr-code');
    sizes.push(`${Math.round(qr.width)} px (${qr.modules} modules × ${qr.scale.toFixed(2)} px)`);
    assert.equal(qr.scrollY, 0, 'as laid out, not scrolled');
    assert.ok(qr.bottom <= 720, `the QR code's lower edge is at ${qr.bottom} px, below the fold`);
    assert.ok(qr.width >= 360, `the QR code is ${qr.width} px wide`);
    assert.equal(qr.scale, Math.round(qr.scale), `a whole number of pixels per module, not ${qr.scale}`);
    if (await decodeScreenshot(page, await page.screenshot()) === url) laidOut++;
    await page.getByRole('button', { name: 'Show the QR code full screen' }).click();
    const big = await qrAsDrawn(page, '.qr-overlay .qr-code');
    assert.ok(big.bottom <= 720 && big.top >= 0, `full screen: ${big.top}–${big.bottom} px`);
    if (await decodeScreenshot(page, await page.screenshot()) === url) fullScreen++;
    await page.keyboard.press('Escape');
    await page.locator('.qr-overlay').waitFor({ state: 'hidden' });
  }
  console.log(`QR at 1280×720: decoded ${laidOut} of ${tries} as laid out, ${fullScreen} of ${tries} full screen; ${sizes.join(', ')}`);
  assert.equal(laidOut, tries, 'every screenshot of the share page decodes to its link');
  assert.equal(fullScreen, tries, 'every screenshot of the full-screen view decodes to its link');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('share link and QR code open the plan in a fresh browser, without private items', async () => {
  const { page, context } = await newPage(browser, server);
  await examplePlanOnSharePage(page);
  const url = await page.locator('#share-url').inputValue();
  assert.ok(url.startsWith(server.url + '#'), url);
  const payload = url.split('#')[1];
  assert.ok(payload.length < 2836, `link payload is ${payload.length} characters`);
  assert.match(payload, /^[0-9A-Z$*+\-./:]+$/, 'QR alphanumeric alphabet only');
  await page.getByText('2 items marked private are left out of the link.').waitFor();
  assert.equal(await decodeQr(page), url, 'the QR code holds the link');
  // Full screen for the back of the room: the QR fills the projector's height; Esc closes.
  await page.getByRole('button', { name: 'Show the QR code full screen' }).press('Enter');
  const box = await page.locator('.qr-overlay .qr-code').boundingBox();
  assert.ok(box.height >= 700, `full-screen QR is ${box.height}px high`);
  assert.equal(await page.evaluate(() => document.activeElement?.closest('dialog') !== null), true, 'focus is inside the dialog');
  await page.keyboard.press('Escape');
  await page.locator('.qr-overlay').waitFor({ state: 'hidden' });
  await context.close();

  // The family's phone: a new context with empty storage.
  const phone = await newPage(browser, server, { viewport: { width: 390, height: 844 }, isMobile: true });
  await phone.page.goto(url);
  await phone.page.getByRole('heading', { name: "Rivera family's plan" }).waitFor();
  const text = await readText(phone.page.locator('main'));
  for (const expected of ['Why we met', 'Who does what', 'Our goals', 'If things go wrong', 'When we meet next', 'Rosa Delgado', 'Elena drinks during an overnight visit']) {
    assert.ok(text.includes(expected), `family view shows ${expected}`);
  }
  const html = await phone.page.content();
  assert.ok(!html.includes('argue loudly'), 'private worry absent');
  assert.ok(!html.includes('Laura Kim'), 'private team member absent');
  // My tasks: pick who you are.
  await phone.page.getByLabel('Who are you?').selectOption({ label: 'Elena Rivera' });
  await phone.page.getByText('Things Elena Rivera will do').waitFor();
  // The jump link goes to the crisis plan and keeps the plan in the address.
  await phone.page.getByRole('link', { name: 'If things go wrong' }).click();
  await phone.page.waitForFunction(() => document.activeElement?.id === 'if-things-go-wrong');
  assert.equal(phone.page.url(), url, 'the address still holds the plan');
  assert.ok(await phone.page.locator('.family-task').count() >= 4);
  // Add to calendar downloads an .ics with the next meeting.
  const download = phone.page.waitForEvent('download');
  await phone.page.getByRole('button', { name: 'Add to calendar' }).click();
  const ics = Buffer.concat(await (await (await download).createReadStream()).toArray()).toString('utf8');
  assert.match(ics, /BEGIN:VCALENDAR/);
  assert.match(ics, /DTSTART;VALUE=DATE:20261218/);
  // Save to this phone keeps a read-only copy, listed apart under "Shared with me".
  await phone.page.getByRole('button', { name: 'Save to this phone' }).click();
  await phone.page.getByText('Saved on this device ✓').waitFor();
  await phone.page.goto(server.url);
  await phone.page.locator('.saved-row', { hasText: 'Rivera family' }).waitFor();
  assert.equal(await phone.page.locator('.plan-row:not(.saved-row)').count(), 0, 'not an editable plan');
  assert.deepEqual(phone.page.outside, []);
  assert.deepEqual(phone.page.errors, []);
  await phone.context.close();
});

test('a passphrase-protected link asks for it and refuses a wrong one', async () => {
  const { page, context } = await newPage(browser, server);
  await examplePlanOnSharePage(page);
  await page.getByLabel('Protect the link with a passphrase').check();
  await page.getByLabel(/Passphrase \(at least 8 characters/).fill('blue horse 42');
  // Masked on the wall unless the facilitator shows it.
  const field = page.locator('#share-passphrase');
  assert.equal(await field.getAttribute('type'), 'password');
  const show = page.getByRole('button', { name: 'Show passphrase' });
  assert.equal(await show.getAttribute('aria-pressed'), 'false');
  await show.click();
  assert.equal(await field.getAttribute('type'), 'text');
  assert.equal(await field.inputValue(), 'blue horse 42');
  await page.getByRole('button', { name: 'Hide passphrase' }).click();
  assert.equal(await field.getAttribute('type'), 'password');
  await page.waitForFunction(() => document.querySelector('.share-link label')?.textContent.includes('characters') &&
    document.querySelector('.share-warning')?.textContent.startsWith('Only someone'));
  await page.locator('.loading', { hasText: 'Making the link' }).waitFor({ state: 'detached', timeout: 20000 });
  const url = await page.locator('#share-url').inputValue();
  assert.match(url, /#9/, "an encrypted link (version 4, encrypted)");
  // Off again: the plain link comes back; on again: no link at all is shown
  // (not the plain one) until the protected one is sealed.
  await page.getByLabel('Protect the link with a passphrase').uncheck();
  await page.waitForFunction(() => /#8/.test(document.querySelector('#share-url')?.value ?? ''));
  await page.getByLabel('Protect the link with a passphrase').check();
  assert.equal(await page.evaluate(() => document.querySelector('#share-url')?.value ?? null), null);
  await page.waitForFunction(() => /#9/.test(document.querySelector('#share-url')?.value ?? ''), null, { timeout: 20000 });
  await context.close();
  // Sealed by the browser's WebCrypto, opened by the native cipher of the
  // plan-link tool: one format for both.
  const bin = planLink();
  const decoded = JSON.parse(execFileSync(bin, ['decode', url, '--passphrase', 'blue horse 42'], { encoding: 'utf8' }));
  assert.equal(decoded.family_name, 'Rivera family');
  const wrong = spawnSync(bin, ['decode', url, '--passphrase', 'blue horse 43'], { encoding: 'utf8' });
  assert.equal(wrong.status, 1);
  assert.match(wrong.stderr, /passphrase is not right/);

  const phone = await newPage(browser, server);
  await phone.page.goto(url);
  await phone.page.getByText('This plan is protected.').waitFor();
  assert.ok(!(await phone.page.content()).includes('Rivera'), 'nothing readable before the passphrase');
  await phone.page.getByLabel('Passphrase').fill('wrong words');
  await phone.page.getByRole('button', { name: 'Open the plan' }).click();
  await phone.page.getByText('That passphrase is not right.').waitFor({ timeout: 20000 });
  await phone.page.getByLabel('Passphrase').fill('blue horse 42');
  await phone.page.getByRole('button', { name: 'Open the plan' }).click();
  await phone.page.getByRole('heading', { name: "Rivera family's plan" }).waitFor({ timeout: 20000 });
  await phone.context.close();
});

test('a damaged or cut link says so and leaves stored plans alone', async () => {
  const { page, context } = await newPage(browser, server);
  const library = new LibraryPage(page, server);
  await library.open();
  await library.create('Kept family');
  await page.goto(server.url + '#2ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789');
  await page.getByRole('heading', { name: "We can't open this plan" }).waitFor();
  assert.match(await page.locator('.error').innerText(), /incomplete|changed or damaged/);
  await page.goto(server.url);
  await page.locator('.plan-row', { hasText: 'Kept family' }).waitFor();
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('another link opened in the same tab shows its plan, and clearing the link shows the plans again', async () => {
  const bin = planLink();
  const encode = (file) => execFileSync(bin, ['encode', path.join(repo, 'tests/fixtures', file)], { encoding: 'utf8' }).trim();
  const { page, context } = await newPage(browser, server);
  const library = new LibraryPage(page, server);
  await library.open();
  await library.create('Kept family');
  await page.goto(server.url + '#' + encode('corpus/typical.json'));
  await page.getByRole('heading', { name: "Rivera family's plan" }).waitFor();
  // A second link pasted into the same tab: only the part after # changes (no reload).
  await page.evaluate((payload) => { location.hash = payload; }, encode('marker-plan.json'));
  await page.getByRole('heading', { name: /Marker zqS001q family/ }).waitFor();
  assert.equal(await page.getByText('Rivera family').count(), 0, 'nothing of the first plan is left');
  // Then the bare address: the caseworker's plans.
  await page.evaluate(() => { location.hash = ''; });
  await page.locator('.plan-row', { hasText: 'Kept family' }).waitFor();
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('long web addresses and words wrap on a 390 px phone', async () => {
  const bin = planLink();
  const stored = JSON.parse(fs.readFileSync(path.join(repo, 'src/domain/example-plan.json'), 'utf8'));
  const url = 'https://www.example.org/family-services/appointments/booking?family=rivera&worker=dana-whitfield&office=county-north';
  stored.plan.team[0].contact = url;
  stored.plan.crisis.contacts[2].phone = url;
  stored.plan.strengths[0].text = 'Elena keeps a calendar: ' + 'supercalifragilisticexpialidocious'.repeat(3);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ftm-')), 'plan.json');
  fs.writeFileSync(file, JSON.stringify(stored));
  const payload = execFileSync(bin, ['encode', file], { encoding: 'utf8' }).trim();
  const { page, context } = await newPage(browser, server, { viewport: { width: 390, height: 844 } });
  await page.goto(server.url + '#' + payload);
  await page.getByRole('heading', { name: "Rivera family's plan" }).waitFor();
  await page.getByText('appointments/booking').first().waitFor();
  const wide = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, over: [...document.querySelectorAll('main *')].filter((e) => e.getBoundingClientRect().right > innerWidth + 1).map((e) => e.tagName + '.' + e.className).slice(0, 5) }));
  assert.ok(wide.page <= 390, `the page is ${wide.page} px wide: ${wide.over.join(', ')}`);
  await context.close();
});

test('print gives a clean plan with no buttons', async () => {
  const { page, context } = await newPage(browser, server);
  await examplePlanOnSharePage(page);
  const url = await page.locator('#share-url').inputValue();
  await page.goto(url);
  await page.getByRole('heading', { name: "Rivera family's plan" }).waitFor();
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('#save-to-phone').isVisible(), false, 'buttons hidden in print');
  const bg = await page.locator('.family-header').evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.equal(bg, 'rgb(255, 255, 255)', 'no dark backgrounds in print');
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 10000, `PDF has ${pdf.length} bytes`);
  assert.equal(pdf.subarray(0, 4).toString(), '%PDF');
  await context.close();
});

test("one person's view: a shorter link that opens on their own tasks", async () => {
  const { page, context } = await newPage(browser, server);
  await examplePlanOnSharePage(page);
  const whole = await page.locator('#share-url').inputValue();
  await page.getByLabel('What to share').selectOption({ label: "Elena Rivera's view (their tasks)" });
  await page.waitForFunction((w) => document.querySelector('#share-url')?.value !== w, whole);
  const mine = await page.locator('#share-url').inputValue();
  assert.ok(mine.length < whole.length, `${mine.length} < ${whole.length}`);
  // Private people can't have a view of their own (they are not in the link).
  assert.equal(await page.getByLabel('What to share').locator('option', { hasText: 'Laura Kim' }).count(), 0);
  await context.close();

  const phone = await newPage(browser, server, { viewport: { width: 390, height: 844 }, isMobile: true });
  await phone.page.goto(mine);
  await phone.page.getByText('Things Elena Rivera will do').waitFor();
  // Elena does 5 tasks and checks 2; nobody else's tasks are in her link.
  assert.equal(await phone.page.locator('.family-task').count(), 7);
  assert.ok(!(await phone.page.content()).includes('play therapy on Thursdays'), "Rosa's task is not in Elena's link");
  await phone.context.close();
});

test('a note of what was done to reach the father stays with the caseworker, and the share page says so', async () => {
  const { page, context } = await newPage(browser, server);
  const library = new LibraryPage(page, server);
  const base = await library.openExampleAt('team');
  await page.getByText('What we did to reach him (caseworker only)').click();
  await page.getByLabel("What we did to reach the children's father").fill('Left a message with his sister on Monday.');
  await page.locator('.save-status[data-status=saved]').waitFor({ timeout: 5000 });
  await page.goto(base + 'share');
  await page.getByText("The note of what was done to reach the children's father stays with the caseworker.").waitFor();
  const url = await page.locator('#share-url').inputValue();
  const carried = execFileSync(planLink(), ['decode', url], { encoding: 'utf8' });
  assert.ok(carried.includes('Rivera'), 'the link was decoded');
  assert.ok(!carried.includes('Left a message with his sister'), 'the note is not in the link');
  assert.deepEqual(page.errors, []);
  await context.close();
});
