// Issue 12, the family's side: a case with two meetings (tests/fixtures/plan-v4.json)
// is imported, its family link made on the share page and opened on a phone.
// The family view says when the plan was first made and when it was updated,
// what is new since last time, each task's progress in words, what to expect
// in the next 90 days, the successes and the aftercare plan; nothing private
// or caseworker-only; a Spanish plan's view is in Spanish; axe finds nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { startServer, launch, newPage, LibraryPage, readText, allDrawn } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = JSON.parse(fs.readFileSync(path.resolve(here, '../fixtures/plan-v4.json'), 'utf8'));
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** A date `days` from today (this machine's clock, as the app reads it), as stored. */
function fromToday(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The two-meeting case in `language`, with a dated task and next meeting
 * (for the next 90 days) and things the family must never see. */
function casePlan(id, family, language) {
  const plan = structuredClone(fixture.plan);
  Object.assign(plan, { id, family_name: family, language });
  plan.goals[0].tasks[1].by_when = fromToday(20);
  plan.goals[0].tasks[1].status = 'in_progress';
  plan.goals[0].tasks[2].by_when = fromToday(120); // past the 90 days
  plan.next_meeting.date = fromToday(30);
  plan.progress.successes.push({ id: 9001, text: 'Private success zzhidden1', private: true });
  plan.aftercare.items.push({ id: 9002, support: 'Private support zzhidden2', who: '', start: fromToday(10), private: true });
  return plan;
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ftm-history-'));
const backup = path.join(tmp, 'two-meetings.json');
fs.writeFileSync(backup, JSON.stringify({
  format: 'ftm-planner-backup',
  schema: 4,
  exported_at: '2026-12-18T00:00:00.000Z',
  plans: [casePlan('hist0001en', 'Rivera family', 'en'), casePlan('hist0002es', 'Familia Rivera', 'es')],
}));

// Caseworker-only words of the fixture that must never reach the family.
const NEVER = [
  'zzhidden1', 'zzhidden2',
  fixture.plan.meeting.father_outreach,
  fixture.plan.goals[0].tasks[0].review_note, // a task's review note
  fixture.plan.progress.what_changed, // a monitoring answer
  fixture.plan.progress.current_risk,
  fixture.plan.meeting.place,
];

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function importCase(page) {
  const library = new LibraryPage(page, server);
  await library.open();
  await page.locator('#import-file').setInputFiles(backup);
  await page.getByRole('button', { name: 'Add these plans' }).click();
  await library.rows().filter({ hasText: 'Familia Rivera' }).waitFor();
}

async function familyLink(page, id) {
  await page.goto(`${server.url}plan/${id}/share`);
  await page.locator('#share-url').waitFor();
  return page.locator('#share-url').inputValue();
}

async function openOnPhone(url) {
  const phone = await newPage(browser, server, { viewport: { width: 390, height: 844 }, isMobile: true });
  await phone.page.goto(url);
  await phone.page.locator('.family-header h1').waitFor();
  return phone;
}

async function axe(page, where) {
  await allDrawn(page);
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const found = result.violations.map((v) => `${where}: ${v.id} (${v.impact}) — ${v.help} — e.g. ${v.nodes[0]?.target}`);
  console.log(`axe ${where}: ${found.length} violations`);
  return found;
}

test('a follow-up meeting\'s family link: made and updated, what\'s new, progress, next 90 days, successes, aftercare', async () => {
  const { page, context } = await newPage(browser, server);
  await importCase(page);
  const english = await familyLink(page, 'hist0001en');
  const spanish = await familyLink(page, 'hist0002es');
  assert.match(english, /#8/, 'a version 4 link');

  // The caseworker's printout: the meeting's number among the case's meetings, the review.
  await page.goto(`${server.url}plan/hist0001en/print`);
  const doc = page.locator('.caseworker-doc');
  await doc.waitFor();
  const printed = await readText(doc);
  assert.match(printed, /2 of 2/);
  assert.ok(printed.includes(fixture.plan.goals[0].tasks[0].review_note), 'task review note');
  assert.ok(printed.includes(fixture.plan.progress.what_changed), 'monitoring answer');
  assert.ok(printed.includes('Parent support group'), 'aftercare');
  // The family's printout carries the same new sections as the family view.
  await page.goto(`${server.url}plan/hist0001en/print-family`);
  await page.locator('.family-print h1').waitFor();
  const familyPrint = await readText(page.locator('.family-print'));
  for (const heading of ["What's new since last time", 'What went well since last time', 'What to expect in the next 90 days', 'Support after the case closes']) {
    assert.ok(familyPrint.includes(heading), `printout: ${heading}`);
  }
  await context.close();

  const { page: phone, context: phoneContext } = await openOnPhone(english);
  const check = async () => {
    const header = await readText(phone.locator('.family-header'));
    assert.match(header, /First made together on Fri, Nov 20, 2026 · updated at the follow-up meeting on Fri, Dec 18, 2026/);
    const news = phone.locator('section.whats-new');
    await news.getByRole('heading', { name: "What's new since last time" }).waitFor();
    assert.ok(await news.locator('li').count() > 0);
    assert.match(await readText(news), /Progress: Attend the intensive outpatient group/);
    const tasks = await readText(phone.locator('section[aria-labelledby=my-tasks]'));
    for (const words of ['Progress: Done', 'Progress: Under way', 'Progress: Not started']) assert.ok(tasks.includes(words), words);
    const coming = await readText(phone.locator('section.next-90-days'));
    assert.ok(coming.includes('Next family team meeting'));
    assert.ok(coming.includes(fixture.plan.goals[0].tasks[1].what), 'the task due in 20 days');
    assert.ok(!coming.includes(fixture.plan.goals[0].tasks[2].what), 'not the task due in 120 days');
    assert.ok((await readText(phone.locator('section.successes'))).includes('Elena went to every visit this month.'));
    assert.ok((await readText(phone.locator('section.aftercare'))).includes('Parent support group'));
    const all = await readText(phone.locator('main'));
    for (const text of NEVER) assert.ok(!all.includes(text), `never shown: ${text}`);
  };
  await check();
  assert.deepEqual(await axe(phone, 'family view of a follow-up'), []);
  // Reload: all of it is still there.
  await phone.reload();
  await phone.locator('.family-header h1').waitFor();
  await check();
  assert.deepEqual(phone.errors, []);
  await phoneContext.close();

  // The Spanish plan's view is in Spanish.
  const { page: es, context: esContext } = await openOnPhone(spanish);
  assert.equal(await es.evaluate(() => document.documentElement.lang), 'es');
  const header = await readText(es.locator('.family-header'));
  assert.match(header, /Hecho en equipo por primera vez el vie, 20 nov 2026 · actualizado en la reunión de seguimiento del vie, 18 dic 2026/);
  for (const heading of ['Lo nuevo desde la última vez', 'Lo que salió bien desde la última vez', 'Qué esperar en los próximos 90 días', 'Apoyo después del cierre del caso']) {
    await es.getByRole('heading', { name: heading }).waitFor();
  }
  assert.match(await readText(es.locator('section.whats-new')), /Avance: /);
  assert.ok((await readText(es.locator('section.next-90-days'))).includes('Próxima reunión del equipo familiar'));
  const all = await readText(es.locator('main'));
  for (const text of NEVER) assert.ok(!all.includes(text), `never shown: ${text}`);
  assert.deepEqual(await axe(es, 'Spanish family view of a follow-up'), []);
  await esContext.close();
});
