// Issue 7: what leaves the device is exactly what the family sees. A plan with a
// unique marker in every text (tests/fixtures/marker-plan.json, made and kept
// current by tests/audience.rs) is imported, shared, opened, saved on a
// "phone", printed and put in a calendar; every output is checked for every
// marker: shared ones present, withheld ones (private, caseworker-only, a
// child's unshared words, what the family view doesn't show) absent.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { startServer, launch, newPage, LibraryPage, planLink, MARKERS, importMarkerPlan, readText } from './harness.mjs';

const M = MARKERS;
const WITHHELD = [...M.markers.P, ...M.markers.C, ...M.markers.V, ...M.markers.N];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ftm-audience-'));
const counts = [];

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => {
  await browser?.close(); await server?.close();
  for (const line of counts) console.log(line);
});

/** Assert `present` all appear in `text` and `absent` none; record the counts. */
function matrix(output, text, present, absent) {
  const missing = present.filter((m) => !text.includes(m));
  const leaked = absent.filter((m) => text.includes(m));
  counts.push(`${output}: ${present.length - missing.length}/${present.length} shared markers present, ${absent.length - leaked.length}/${absent.length} withheld markers absent`);
  assert.deepEqual(leaked, [], `${output}: withheld markers leaked`);
  assert.deepEqual(missing, [], `${output}: shared markers missing`);
}

/** The native CLI decodes a link to the JSON it carries. */
function decodeLink(url) {
  return JSON.parse(execFileSync(planLink(), ['decode', url], { encoding: 'utf8' }));
}

/** Every free text in a decoded link (enum keys, dates and ids are not texts). */
function texts(value, key = '', out = []) {
  const enums = new Set(['kind', 'role', 'domain', 'status', 'category', 'whose']);
  if (typeof value === 'string') {
    if (!enums.has(key) && !/^\d{4}-\d{2}-\d{2}$/.test(value) && value.trim()) out.push(value.trim());
  } else if (Array.isArray(value)) value.forEach((v) => texts(v, key, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) texts(v, k, out);
  return out;
}

async function download(page, click) {
  const pending = page.waitForEvent('download');
  await click();
  return Buffer.concat(await (await (await pending).createReadStream()).toArray()).toString('utf8');
}

const unfold = (ics) => ics.replace(/\r\n[ \t]/g, '');

function pdfText(pdf, name) {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))[1]);
  return { text, pages };
}


test('secret-marker matrix: links, family view, phone copy, printout and calendar carry exactly what is shared', async () => {
  const { page, context } = await newPage(browser, server);
  const base = await importMarkerPlan(page, server);
  await page.goto(base + 'share');
  await page.locator('#share-url').waitFor();
  const whole = await page.locator('#share-url').inputValue();
  await page.getByLabel('What to share').selectOption({ label: `${M.person.name}'s view (their tasks)` });
  await page.waitForFunction((w) => document.querySelector('#share-url')?.value !== w, whole);
  const mine = await page.locator('#share-url').inputValue();
  counts.push(`link lengths: whole plan ${whole.length} characters, ${M.person.name}'s ${mine.length}`);
  assert.ok(mine.length < whole.length);

  // The links, decoded by the native codec.
  const shared = [...M.markers.S, ...M.markers.T];
  const decodedWhole = decodeLink(whole);
  const decodedMine = decodeLink(mine);
  matrix('decoded whole-plan link', JSON.stringify(decodedWhole), shared, WITHHELD);
  matrix('decoded one-person link', JSON.stringify(decodedMine), M.markers.S, [...WITHHELD, ...M.markers.T]);

  // The family's printout (PDF text), on Letter paper.
  await page.goto(base + 'print-family');
  await page.locator('.family-print h1').waitFor();
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.evaluate(() => [...document.querySelectorAll('input, select, textarea, button, details:not([open])')]
    .filter((el) => el.getClientRects().length > 0).length), 0, 'no form controls or folded sections on paper');
  const familyPdf = pdfText(await page.pdf({ format: 'Letter' }), 'family.pdf');
  matrix('family printout (PDF)', familyPdf.text, shared, WITHHELD);
  assert.match(familyPdf.text, /Page 1 of \d+/, 'page numbers');
  assert.ok(familyPdf.text.includes(M.family_name), 'the family name on the page');
  // The caseworker's printout has everything, private items marked.
  await page.emulateMedia({ media: 'screen' });
  await page.goto(base + 'print');
  await page.locator('.caseworker-doc').waitFor();
  await page.emulateMedia({ media: 'print' });
  const caseworkerPdf = pdfText(await page.pdf({ format: 'Letter' }), 'caseworker.pdf');
  // Everything of this meeting; earlier meetings' own words are in their own printouts.
  matrix('caseworker printout (PDF)', caseworkerPdf.text, [...shared, ...WITHHELD].filter((m) => !M.history.includes(m)), []);
  assert.match(caseworkerPdf.text, /not shared/i);
  assert.match(caseworkerPdf.text, /Page 1 of \d+/);
  await context.close();

  // The family's phone: a new browser with empty storage.
  for (const [name, url, present, absent, ics] of [
    ['family view (whole plan)', whole, shared, WITHHELD, M.ics.family],
    ['family view (one person)', mine, M.markers.S, [...WITHHELD, ...M.markers.T], M.ics.person],
  ]) {
    const phone = await newPage(browser, server, { viewport: { width: 390, height: 844 }, isMobile: true });
    await phone.page.goto(url);
    await phone.page.locator('.family-header h1').waitFor();
    const view = await readText(phone.page.locator('main'));
    matrix(name, view, present, absent);
    // Every text the link carries is on the screen: nothing travels unseen.
    const flat = view.replace(/\s+/g, ' ');
    const carried = texts(decodeLink(url));
    const unseen = carried.filter((t) => !flat.includes(t.replace(/\s+/g, ' ')));
    assert.deepEqual(unseen, [], `${name}: texts in the link that the view does not show`);
    counts.push(`${name}: ${carried.length} texts in the link, all shown`);
    // Calendar.
    const cal = unfold(await download(phone.page, () => phone.page.getByRole('button', { name: 'Add to calendar' }).click()));
    matrix(`${name} .ics`, cal, ics, [...WITHHELD, ...(url === mine ? M.markers.T : [])]);
    // Save to this phone, then open it from "Shared with me": read-only, the same view.
    await phone.page.getByRole('button', { name: 'Save to this phone' }).click();
    await phone.page.getByText('Saved on this device ✓').waitFor();
    await phone.page.goto(server.url);
    const link = phone.page.locator('a[href*="/saved/"]').first();
    await link.waitFor();
    assert.equal(await phone.page.locator('.plan-row:not(.saved-row)', { hasText: M.family_name }).count(), 0, 'not among the editable plans');
    await link.click();
    await phone.page.locator('.family-header h1').waitFor();
    assert.equal(await phone.page.locator('#step-title').count(), 0, 'not the editor');
    matrix(`${name}, saved on the phone`, await readText(phone.page.locator('main')), present, absent);
    const stored = await phone.page.evaluate(async () => {
      const db = await new Promise((ok, no) => { const r = indexedDB.open('ftm-planner'); r.onsuccess = () => ok(r.result); r.onerror = no; });
      const names = [...db.objectStoreNames];
      const all = [];
      for (const n of names) {
        all.push(...await new Promise((ok) => { const r = db.transaction(n).objectStore(n).getAll(); r.onsuccess = () => ok(r.result); }));
      }
      return JSON.stringify(all);
    });
    matrix(`${name}, phone storage (IndexedDB)`, stored, present, absent);
    assert.deepEqual(phone.page.outside, []);
    assert.deepEqual(phone.page.errors, []);
    await phone.context.close();
  }
});

test("a young person's shared safety plan reaches the family, linked from “If things go wrong”; unshared words do not", async () => {
  const { page, context } = await newPage(browser, server);
  const library = new LibraryPage(page, server);
  await library.open();
  await library.openExample();
  const base = page.url().replace(/welcome$/, '');
  await page.goto(base + 'voice');
  const jordan = page.locator('.card.voice', { hasText: 'Jordan' });
  await jordan.getByLabel('Share with my family: my safety plan').check();
  await jordan.getByLabel('Share with my family: my goals').check();
  await page.locator('.save-status[data-status=saved]').waitFor();
  await page.goto(base + 'share');
  await page.locator('#share-url').waitFor();
  await page.getByText("Maya's story: not shared").waitFor();
  const url = await page.locator('#share-url').inputValue();
  await context.close();

  const phone = await newPage(browser, server, { viewport: { width: 390, height: 844 }, isMobile: true });
  await phone.page.goto(url);
  const crisis = phone.page.locator('#if-things-go-wrong').locator('..');
  await crisis.getByRole('heading', { name: "Jordan's own safety plan" }).waitFor();
  assert.match(await readText(crisis), /I will not run off/);
  await crisis.getByRole('link', { name: "More in Jordan's own words" }).click();
  await phone.page.waitForFunction(() => document.activeElement?.id?.startsWith('child-'));
  assert.match(await readText(phone.page.locator('main')), /Play football in the spring season/);
  const html = await phone.page.content();
  assert.ok(!html.includes('girl called Maya'), "Maya's story was not shared");
  assert.ok(!html.includes('sleeps and won'), "Maya's worries box was not shared");
  assert.ok(!html.includes('watch Maya all the time'), "Jordan's own words were not shared");
  await phone.context.close();
});

test('the example plan: the family printout fits 4 Letter pages; the editor marks what is not shared', async () => {
  const { page, context } = await newPage(browser, server);
  const library = new LibraryPage(page, server);
  await library.open();
  await library.openExample();
  const base = page.url().replace(/welcome$/, '');
  await page.goto(base + 'team');
  const teacher = page.locator('.member-card').nth(7);
  assert.equal(await teacher.getByLabel('Name').inputValue(), 'Ms. Laura Kim');
  await teacher.getByLabel('Private (not shared)').check();
  const before = await teacher.evaluate((el) => getComputedStyle(el, '::before').content);
  assert.match(before, /Not shared/, 'a private card says so');
  const node = page.locator('.map-node.private');
  assert.equal(await node.count(), 1);
  assert.match(await node.textContent(), /not shared/);
  await page.locator('.save-status[data-status=saved]').waitFor();
  await page.goto(base + 'agreements');
  // Her name on the team, and the task only she does, are both marked.
  await page.locator('.summary .is-private', { hasText: 'Laura Kim' }).first().waitFor();
  assert.equal(await page.locator('.summary .is-private', { hasText: 'Laura Kim' }).count(), 2);
  assert.match(await readText(page.locator('.summary .is-private', { hasText: 'Tell Rosa' })), /not shared/i);
  await page.getByRole('link', { name: "Print the family's plan" }).click();
  await page.locator('.family-print h1').waitFor();
  assert.ok(!(await readText(page.locator('.family-print'))).includes('Laura Kim'));
  await page.emulateMedia({ media: 'print' });
  const { text, pages } = pdfText(await page.pdf({ format: 'Letter' }), 'example-family.pdf');
  counts.push(`example plan, family printout: ${pages} Letter pages`);
  assert.ok(pages <= 4, `${pages} pages`);
  assert.match(text, /Rivera family/);
  assert.match(text, new RegExp(`Page ${pages} of ${pages}`));
  await context.close();
});

test('a copy saved on a phone can be removed, from the library (with undo) or from the copy itself; focus stays on the page', async () => {
  const { page, context } = await newPage(browser, server);
  const library = new LibraryPage(page, server);
  await library.open();
  await library.openExample();
  await page.goto(page.url().replace(/welcome$/, 'share'));
  const url = await page.locator('#share-url').inputValue();
  await context.close();

  const phone = await newPage(browser, server, { viewport: { width: 390, height: 844 }, isMobile: true });
  const p = phone.page;
  await p.goto(url);
  await p.getByRole('button', { name: 'Save to this phone' }).click();
  await p.getByText('Saved on this device ✓').waitFor();
  // Saving the same link again updates the one copy, never a second one.
  await p.getByRole('button', { name: 'Saved on this device ✓' }).click();
  await p.getByText('already saved on this device').waitFor();
  await p.goto(server.url);
  await p.locator('.saved-row').first().waitFor();
  assert.equal(await p.locator('.saved-row').count(), 1);
  // From the library: confirm, remove, undo.
  await p.getByRole('button', { name: /^Remove from this device/ }).click();
  await p.getByRole('button', { name: 'Yes, remove' }).click();
  await p.locator('.saved-row').waitFor({ state: 'detached' });
  await p.waitForFunction(() => document.activeElement?.id === 'shared-with-me', null, { timeout: 3000 });
  await p.locator('.toast button', { hasText: 'Undo' }).click();
  await p.locator('.saved-row').waitFor();
  // From the copy itself.
  await p.locator('.saved-row a').first().click();
  await p.locator('#remove-saved').click();
  await p.locator('#remove-saved-yes').click();
  await p.waitForFunction(() => document.activeElement?.id === 'removed-note');
  await p.goto(server.url);
  await p.getByLabel('Start a plan for a family').waitFor();
  assert.equal(await p.locator('.saved-row').count(), 0);
  assert.deepEqual(p.errors, []);
  await phone.context.close();
});
