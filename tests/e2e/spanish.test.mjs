// Issue 11: in the family's language. A Spanish plan's family view, its wall
// (presentation mode and the audience window) and the family's printout are in
// Spanish, with lang="es", whatever the interface language is; the interface
// itself switches between English and Spanish on every screen; axe finds
// nothing in either language.
//
// "No English left" is checked against every English interface text of the
// app (tests/e2e/ui-strings.json, written from the catalogues by
// `cargo test --test i18n e2e_fixtures_are_current`): no text on the page whose
// language is Spanish (the nearest `lang`) may be one of them, and no text
// whose language is English may be one of the Spanish ones.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import { startServer, launch, newPage, LibraryPage, stepBuilt, planLink, allDrawn, readText } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const STRINGS = JSON.parse(fs.readFileSync(path.join(here, 'ui-strings.json'), 'utf8'));
const SPANISH_BACKUP = path.resolve(here, '../fixtures/spanish-plan.json');
const SPANISH_CORPUS = path.resolve(here, '../fixtures/corpus/typical-es.json');
const PLAN_ID = 'familia-rivera-es';
const STEPS = ['welcome', 'team', 'strengths', 'worries', 'goals', 'crisis', 'voice', 'closure', 'agreements'];
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let server, browser;
const report = [];
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => {
  await browser?.close(); await server?.close();
  for (const line of report) console.log(line);
});

/** The texts of one language as patterns: `{name}` placeholders match anything. */
function patterns(lang, other) {
  const otherTexts = new Set(STRINGS.map((s) => s[other]));
  return STRINGS.map((s) => s[lang])
    // A text that is also the other language's (a name, "No") says nothing.
    .filter((t) => !otherTexts.has(t))
    .map((t) => (t.includes('{')
      ? { re: '^' + t.split(/\{[a-z_]+\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\S]+') + '$' }
      : { text: t }));
}
const ENGLISH = patterns('en', 'es');
const SPANISH = patterns('es', 'en');

/**
 * Texts on the page (text nodes, and the names and hints in attributes) whose
 * language — the nearest `lang` — is `lang` and that are one of `forbidden`.
 */
async function wrongLanguage(page, lang, forbidden, root = 'body') {
  return page.evaluate(({ lang, forbidden, root }) => {
    const exact = new Set(forbidden.filter((f) => f.text).map((f) => f.text.trim()));
    const res = forbidden.filter((f) => f.re).map((f) => new RegExp(f.re));
    const hit = (t) => { t = t.trim().replace(/\s+/g, ' '); return t && (exact.has(t) || res.some((r) => r.test(t))); };
    const langOf = (el) => (el.closest('[lang]')?.getAttribute('lang') || '').slice(0, 2);
    const found = [];
    for (const scope of document.querySelectorAll(root)) {
      const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || el.closest('script, style, template, [hidden]')) continue;
        if (langOf(el) === lang && hit(n.textContent)) found.push(`"${n.textContent.trim()}" in <${el.tagName.toLowerCase()} class="${el.className}">`);
      }
      for (const el of [scope, ...scope.querySelectorAll('*')]) {
        for (const attr of ['aria-label', 'placeholder', 'title', 'alt', 'aria-description', 'aria-roledescription']) {
          const v = el.getAttribute(attr);
          if (v && langOf(el) === lang && hit(v)) found.push(`${attr}="${v}" on <${el.tagName.toLowerCase()} class="${el.className}">`);
        }
      }
    }
    return found;
  }, { lang, forbidden, root });
}

async function axe(page, where) {
  await allDrawn(page);
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  report.push(`axe ${where}: ${result.violations.length} violations`);
  return result.violations.map((v) => `${where}: ${v.id} (${v.impact}) — ${v.help} — e.g. ${v.nodes[0]?.target}`);
}

async function importSpanishPlan(page) {
  const library = new LibraryPage(page, server);
  await library.open();
  await page.locator('#import-file').setInputFiles(SPANISH_BACKUP);
  await page.locator('.import-preview button.primary, .import button.primary').first().click();
  await page.locator('.plan-row', { hasText: 'Familia Rivera' }).first().waitFor();
  return `${server.url}plan/${PLAN_ID}/`;
}

/** The Spanish plan's family link, made by the native codec (`plan-link`). */
function spanishLink() {
  const payload = execFileSync(planLink(), ['encode', SPANISH_CORPUS], { encoding: 'utf8' }).trim();
  assert.match(payload, /^8/, 'a version 4 link');
  return payload;
}

test('a Spanish plan opened from its link reads all in Spanish, under lang="es", in an English browser', async () => {
  const { page, context } = await newPage(browser, server, { locale: 'en-US' });
  const payload = spanishLink();
  await page.goto(`${server.url}#${payload}`);
  await page.locator('.family-header h1').waitFor();
  await allDrawn(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  const found = await wrongLanguage(page, 'es', ENGLISH);
  assert.deepEqual(found, [], 'English interface text on the family view');
  // It is the Spanish interface text that is there, not no text at all.
  const shown = await readText(page.locator('body'));
  const spanishShown = SPANISH.filter((s) => s.text && s.text.length > 6 && shown.includes(s.text)).length;
  assert.ok(spanishShown >= 8, `only ${spanishShown} Spanish interface texts shown`);
  const problems = await axe(page, 'family view (es)');
  // One person's tasks: the person picker is Spanish too.
  await page.locator('select#who-am-i').selectOption({ label: 'Elena Rivera' });
  await page.getByText('Lo que hará Elena Rivera').first().waitFor();
  assert.deepEqual(await wrongLanguage(page, 'es', ENGLISH), [], 'English on "my tasks"');
  assert.deepEqual(problems, []);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the wall of a Spanish plan is Spanish while the facilitator works in English; the printout too', async () => {
  const { page, context } = await newPage(browser, server, { locale: 'en-US' });
  const base = await importSpanishPlan(page);
  await page.goto(base + 'welcome');
  await page.locator('#step-title').waitFor();
  await stepBuilt(page); // every ground rule's card, checked below
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  // The editor itself is English: no Spanish interface text in English parts.
  assert.deepEqual(await wrongLanguage(page, 'en', SPANISH), [], 'Spanish interface text in the English editor');
  await page.keyboard.press('Alt+p');
  await page.locator('.present').waitFor();
  assert.equal(await page.locator('.present').getAttribute('lang'), 'es');
  const found = [];
  const problems = [];
  for (const step of STEPS) {
    await page.waitForFunction((s) => location.pathname.endsWith('/' + s), step);
    await page.locator('.present .wall-card, .present .wall-empty').first().waitFor().catch(() => {});
    found.push(...(await wrongLanguage(page, 'es', ENGLISH, '.present')).map((f) => `${step}: ${f}`));
    if (step === 'goals' || step === 'welcome') problems.push(...await axe(page, `wall ${step} (es)`));
    if (step !== 'agreements') {
      const from = page.url();
      await page.keyboard.press('Alt+.');
      await page.waitForFunction((before) => location.href !== before, from);
    }
  }
  assert.deepEqual(found, [], 'English interface text on the Spanish wall');
  await page.keyboard.press('Escape');
  // The family's printout: the printed document is Spanish.
  await page.goto(base + 'print-family');
  await page.locator('#print-now').waitFor();
  assert.equal(await page.locator('.family-print').getAttribute('lang'), 'es', 'the family printout is marked Spanish');
  assert.deepEqual(await wrongLanguage(page, 'es', ENGLISH), [], 'English interface text in the family printout');
  problems.push(...await axe(page, 'family printout (es)'));
  assert.deepEqual(problems, []);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the audience window of a Spanish plan is Spanish, with lang="es"', async () => {
  const { page, context } = await newPage(browser, server, { locale: 'en-US' });
  const base = await importSpanishPlan(page);
  await page.goto(base + 'strengths');
  await page.locator('#step-title').waitFor();
  const [popup] = await Promise.all([
    context.waitForEvent('page'),
    page.locator('.topbar').getByRole('button', { name: 'Audience window' }).click(),
  ]);
  await popup.locator('.wall-card').first().waitFor();
  assert.equal(await popup.evaluate(() => document.documentElement.lang), 'es');
  assert.deepEqual(await wrongLanguage(popup, 'es', ENGLISH), [], 'English on the audience window');
  assert.deepEqual(await axe(popup, 'audience window (es)'), []);
  await context.close();
});

test('the interface in Spanish: chosen once, remembered, on every screen; and back to English', async () => {
  const { page, context } = await newPage(browser, server, { locale: 'en-US' });
  const base = await importSpanishPlan(page);
  await page.goto(server.url);
  const picker = page.locator('#interface-language');
  await picker.selectOption('es');
  await page.waitForFunction(() => document.documentElement.lang === 'es');
  // Focus stays on the picker after the screen is rebuilt in Spanish.
  await page.waitForFunction(() => document.activeElement?.id === 'interface-language');
  const found = [];
  const problems = [];
  const check = async (where) => {
    await allDrawn(page);
    found.push(...(await wrongLanguage(page, 'es', ENGLISH)).map((f) => `${where}: ${f}`));
  };
  await page.locator('.plan-row').first().waitFor();
  await check('library');
  problems.push(...await axe(page, 'library (es interface)'));
  // Remembered: a reload, and every screen of the editor.
  await page.reload();
  await page.locator('.plan-row').first().waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  for (const step of STEPS) {
    await page.goto(base + step);
    await page.locator('#step-title').waitFor();
    await stepBuilt(page);
    await check(step);
    if (['welcome', 'goals', 'crisis', 'voice'].includes(step)) problems.push(...await axe(page, `${step} (es interface)`));
  }
  await page.goto(base + 'share');
  await page.locator('.qr .qr-code svg').waitFor();
  await check('share');
  problems.push(...await axe(page, 'share (es interface)'));
  await page.goto(base + 'print');
  await page.locator('#print-now').waitFor();
  await check('caseworker printout');
  // Issue 13: the referral sheets and the fidelity checklist.
  await page.goto(base + 'referrals');
  await page.locator('#print-all-referrals').waitFor();
  await check('referral sheets');
  await page.goto(base + 'fidelity');
  await page.locator('#fidelity-checklist').waitFor();
  await check('fidelity checklist');
  assert.deepEqual(found, [], 'English interface text in the Spanish interface');
  // Back to English: the library is English again, with no Spanish interface text.
  await page.goto(server.url);
  await page.locator('#interface-language').selectOption('en');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.getByLabel('Start a plan for a family').waitFor();
  assert.deepEqual(await wrongLanguage(page, 'en', SPANISH), [], 'Spanish interface text in the English library');
  assert.deepEqual(problems, []);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a browser that asks for Spanish starts the interface in Spanish', async () => {
  const { page, context } = await newPage(browser, server, { locale: 'es-MX' });
  await page.goto(server.url);
  await page.locator('#interface-language').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  assert.equal(await page.locator('#interface-language').inputValue(), 'es');
  assert.deepEqual(await wrongLanguage(page, 'es', ENGLISH), []);
  await context.close();
});
