// WCAG 2.2's new AA checks, measured in the browser: focus not obscured
// (2.4.11), dragging movements (2.5.7) and target size (2.5.8).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, newPage, LibraryPage, stepBuilt, allDrawn } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const STEPS = ['welcome', 'team', 'strengths', 'worries', 'goals', 'crisis', 'voice', 'closure', 'agreements'];

/**
 * The focused element as drawn: its box, the part of it inside the viewport,
 * what is on top at the middle of that part, and every fixed or sticky box
 * (a sticky header, the toasts) that overlaps it.
 */
function focusedAsDrawn() {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const r = el.getBoundingClientRect();
  const left = Math.max(r.left, 0), right = Math.min(r.right, innerWidth);
  const top = Math.max(r.top, 0), bottom = Math.min(r.bottom, innerHeight);
  const name = `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} “${(el.getAttribute('aria-label') || el.textContent || el.value || '').trim().slice(0, 40)}”`;
  if (right <= left || bottom <= top) return { name, inView: false, covered: [], hit: null };
  const hitEl = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
  const mine = (e) => e && (el.contains(e) || e.contains(el) || [...(el.labels ?? [])].some((l) => l.contains(e)));
  const covered = [...document.querySelectorAll('body *')]
    .filter((e) => !e.contains(el) && !el.contains(e) && ['fixed', 'sticky'].includes(getComputedStyle(e).position) && e.checkVisibility())
    .map((e) => ({ e, b: e.getBoundingClientRect() }))
    .filter(({ b }) => b.width > 0 && b.height > 0 && b.left < r.right && b.right > r.left && b.top < r.bottom && b.bottom > r.top)
    .map(({ e, b }) => `${e.tagName.toLowerCase()}.${e.className} ${Math.round(b.top)}–${Math.round(b.bottom)} over ${Math.round(r.top)}–${Math.round(r.bottom)}`);
  return { name, inView: true, covered, hit: mine(hitEl) ? null : `${hitEl?.tagName.toLowerCase()}.${hitEl?.className}` };
}

/** Tab from the step's heading to the end of the step; what hid each focused element. */
async function tabThrough(page, { while: going = async () => true } = {}) {
  await page.locator('#step-title').focus();
  const hidden = [];
  let visited = 0;
  for (let i = 0; i < 600; i++) {
    await page.keyboard.press('Tab');
    const inMain = await page.evaluate(() => !!document.activeElement?.closest('main'));
    if (!inMain || !(await going())) break;
    const seen = await page.evaluate(focusedAsDrawn);
    visited++;
    if (!seen) continue;
    if (!seen.inView) hidden.push(`${seen.name}: outside the viewport`);
    if (seen.hit) hidden.push(`${seen.name}: ${seen.hit} is on top of it`);
    for (const c of seen.covered) hidden.push(`${seen.name}: under ${c}`);
  }
  return { hidden, visited };
}

test('2.4.11 focus not obscured: tabbing through Goals, nothing fixed or sticky covers the focused control', async () => {
  const { page, context } = await newPage(browser, server);
  const base = await new LibraryPage(page, server).openExampleAt('goals');
  await stepBuilt(page);
  const { hidden, visited } = await tabThrough(page);
  assert.ok(visited > 40, `tabbed through ${visited} controls`);
  console.log(`2.4.11 goals: ${visited} focused controls, ${hidden.length} obscured`);
  assert.deepEqual(hidden, []);

  // With an undo message showing at the bottom of the screen (8 seconds).
  await page.goto(base + 'strengths');
  await stepBuilt(page);
  await page.getByRole('button', { name: /^Delete/ }).first().click();
  const toast = page.locator('.toast', { hasText: 'Undo' });
  await toast.waitFor();
  const withToast = await tabThrough(page, { while: () => toast.isVisible() });
  assert.ok(withToast.visited > 10, `tabbed through ${withToast.visited} controls while the message showed`);
  console.log(`2.4.11 strengths with a message: ${withToast.visited} focused controls, ${withToast.hidden.length} obscured`);
  assert.deepEqual(withToast.hidden, []);
  await context.close();
});

/**
 * Targets smaller than 24×24 CSS px that break WCAG 2.5.8: not a link inside a
 * sentence, and a 24 px circle on its middle overlaps another target (or the
 * circle of another small one). A control inside its label counts with the label.
 */
function smallTargets() {
  const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [tabindex]:not([tabindex="-1"])';
  const targets = [...document.querySelectorAll(selector)].flatMap((el) => {
    if (!el.checkVisibility({ visibilityProperty: true })) return [];
    let box = el.getBoundingClientRect();
    const label = el.labels?.[0];
    // A visually hidden file input is used through its label (drawn as a button).
    if (label && (label.contains(el) || box.width <= 2 || box.height <= 2)) box = label.getBoundingClientRect();
    if (box.width === 0 || box.height === 0 || box.right <= 0 || box.bottom <= 0) return [];
    const parentText = el.parentElement?.textContent.trim() ?? '';
    const inSentence = el.tagName === 'A' && getComputedStyle(el).display === 'inline' && parentText !== el.textContent.trim();
    const name = `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}.${el.className} “${(el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 30)}”`;
    return [{ name, box, inSentence, small: box.width < 24 || box.height < 24 }];
  });
  const middle = (b) => [(b.left + b.right) / 2, (b.top + b.bottom) / 2];
  const distanceToBox = ([x, y], b) => Math.hypot(Math.max(b.left - x, 0, x - b.right), Math.max(b.top - y, 0, y - b.bottom));
  return targets.filter((t) => t.small && !t.inSentence).flatMap((t) => {
    const c = middle(t.box);
    const near = targets.filter((o) => o !== t && (o.small
      ? Math.hypot(c[0] - middle(o.box)[0], c[1] - middle(o.box)[1]) < 24
      : distanceToBox(c, o.box) < 12));
    return near.length === 0 ? [] : [`${t.name} ${Math.round(t.box.width)}×${Math.round(t.box.height)} px, near ${near[0].name}`];
  });
}

test('2.5.8 target size: every control is at least 24×24 px (or spaced) on the library, every step, share and the family view', async () => {
  const { page, context } = await newPage(browser, server);
  const library = new LibraryPage(page, server);
  const base = await library.openExampleAt('welcome');
  const found = [];
  const check = async (where) => {
    await allDrawn(page);
    const small = await page.evaluate(smallTargets);
    console.log(`2.5.8 ${where}: ${small.length} small targets`);
    found.push(...small.map((s) => `${where}: ${s}`));
  };
  await page.goto(server.url);
  await library.rows().first().waitFor();
  await check('library');
  for (const step of STEPS) {
    await page.goto(base + step);
    await stepBuilt(page);
    await check(step);
  }
  // Goals with a task open for editing (its fields and "who does it" chips).
  await page.goto(base + 'goals');
  await stepBuilt(page);
  await page.locator('.tasks .row-summary').first().click();
  await page.getByRole('button', { name: 'Choose people' }).first().click();
  await check('goals, a task open');
  await page.goto(base + 'share');
  await page.locator('.qr .qr-code svg').waitFor();
  await check('share');
  const url = await page.locator('#share-url').inputValue();
  await page.goto(url);
  await page.getByLabel('Who are you?').waitFor();
  await check('family view');
  await context.close();
  const phone = await newPage(browser, server, { viewport: { width: 390, height: 844 }, isMobile: true });
  await phone.page.goto(url);
  await phone.page.getByLabel('Who are you?').selectOption({ label: 'Elena Rivera' });
  await phone.page.getByText('Things Elena Rivera will do').waitFor();
  await allDrawn(phone.page);
  found.push(...(await phone.page.evaluate(smallTargets)).map((s) => `family view on a phone: ${s}`));
  await phone.context.close();
  assert.deepEqual(found, []);
});

/**
 * The types of the listeners the app's own scripts added anywhere on the page
 * (window, document, every element), by the DevTools protocol. Playwright's
 * injected script listens to the mouse too: only scripts served from this
 * server count.
 */
async function appListenerTypes(page) {
  const cdp = await page.context().newCDPSession(page);
  const scripts = new Map();
  cdp.on('Debugger.scriptParsed', (s) => scripts.set(s.scriptId, s.url));
  await cdp.send('Debugger.enable'); // reports every script already parsed
  const types = new Set();
  for (const expression of ['window', 'document']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId, depth: -1, pierce: true });
    for (const l of listeners) if (scripts.get(l.scriptId)?.startsWith(server.origin)) types.add(l.type);
  }
  await cdp.detach();
  return types;
}

const DRAGGING = ['dragstart', 'drag', 'dragend', 'dragenter', 'dragover', 'drop', 'pointermove', 'mousemove', 'touchmove'];

test('2.5.7 dragging: nothing on any screen is dragged (no draggable elements, no drag or pointer-move handlers)', async () => {
  const { page, context } = await newPage(browser, server);
  const library = new LibraryPage(page, server);
  const base = await library.openExampleAt('welcome');
  const found = [];
  let sawClicks = false;
  const check = async (where) => {
    await allDrawn(page);
    const draggable = await page.locator('[draggable=true]').count();
    if (draggable) found.push(`${where}: ${draggable} draggable elements`);
    const types = await appListenerTypes(page);
    sawClicks ||= types.has('click');
    for (const t of DRAGGING) if (types.has(t)) found.push(`${where}: a ${t} listener`);
  };
  await page.goto(server.url);
  await library.rows().first().waitFor();
  await check('library');
  for (const step of [...STEPS, 'share']) {
    await page.goto(base + step);
    await stepBuilt(page);
    await check(step);
  }
  const url = await page.locator('#share-url').inputValue();
  await page.goto(url);
  await page.getByLabel('Who are you?').waitFor();
  await check('family view');
  assert.ok(sawClicks, 'the listeners are seen (the app\'s click handlers are)');
  assert.deepEqual(found, []);
  await context.close();
});
