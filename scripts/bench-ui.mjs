// UI speed benchmark (not a test): the example plan and a large plan side by
// side, in Debian's Chromium with the DevTools CPU throttle at 4× (a mid-range
// laptop or phone). Prints one table. Run through scripts/bench-ui.sh.
//
//   node scripts/bench-ui.mjs LARGE_PLAN.json [--keys N] [--rate R] [--runs K] [--library P]
//
// What is measured (all in the page, with performance.now()):
// - keystroke → next paint: from the keydown event's timestamp to a message
//   posted from the requestAnimationFrame after it (so the frame that shows the
//   key has been produced), N keys (default 200) in a task's "What" field and in
//   a goal statement, on the Goals step, and in the Agreements step's "in the
//   family's words" (below the summary of the whole plan);
// - a family link opened cold on a phone-sized page (navigation start to the
//   plan's heading, then a frame; and to the frame that first draws it), and what each cold load downloads (gzip -9
//   of the files it fetched): the planner's and a link's;
// - step switch, timed in the page from the click to the frame after the new
//   step is in place: Next from Goals, the "Goals" step link back, and Next
//   through every step (the slowest is shown), and after the link back, the time
//   until every goal card is built and the main thread's busy time meanwhile
//   (CDP TaskDuration); a deep link to every step
//   (navigation start to its title, or to the first goal's field, then a
//   frame; each in a new tab, as a bookmark opens it, and Goals reloaded in its
//   own tab); cold load of the library
//   (navigation start to its name field), and of a library of P large plans
//   (default 10; navigation start to every row drawn, then a frame);
// - the longest task (Long Tasks API), counted in the phase it started in,
//   while typing (in the app's fields and in the floor's text area), in the 2 s after the
//   last key (autosave), and in the 1.5 s after Next from Goals (the step left
//   is taken down after the new one has painted);
//   (BENCH_LONG=1 prints every long task with its phase and start);
// - DOM elements and form controls on Goals; JS heap (CDP) and wasm memory;
// - shipped bytes (wasm + js + css, gzip -9).
// Page loads (cold loads, family links, deep links) vary by a few hundred ms
// from one load to the next on a throttled, shared machine: each is measured
// K times (default 5) and the median shown, with the fastest and slowest.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { startServer, launch } from '../tests/e2e/harness.mjs';
import { AFTER_FRAME, READY, readyFor, median, quantile, openExamplePlan, importLargePlan } from './bench-page.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const largeFile = args.find((a) => a.endsWith('.json'));
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : dflt; };
const KEYS = opt('--keys', 200);
const RATE = opt('--rate', 4);
const RUNS = opt('--runs', 5);
const LIBRARY = opt('--library', 10);
if (!largeFile) { console.error('usage: node scripts/bench-ui.mjs LARGE_PLAN.json [--keys N] [--rate R] [--runs K] [--library P]'); process.exit(2); }

/** Installed before the app starts: keystroke timing, long tasks, the wasm instance. */
const INSTRUMENT = () => {
  window.__keys = [];
  window.__long = [];
  // Phases by time: a long task is counted in the phase it started in (the
  // observer hears of it later, often after the phase has changed).
  window.__phases = [{ phase: 'idle', t: 0 }];
  window.__setPhase = (phase) => window.__phases.push({ phase, t: performance.now() });
  addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail.wasm; });
  document.addEventListener('keydown', (e) => {
    const t0 = e.timeStamp;
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => window.__keys.push(performance.now() - t0);
      ch.port2.postMessage(0);
    });
  }, true);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const phase = window.__phases.filter((p) => p.t <= e.startTime).pop().phase;
      window.__long.push({ phase, start: e.startTime, duration: e.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
};

/**
 * The frame that first draws `selector` (the time of its animation-frame
 * callback, just before it paints) and, as AFTER_FRAME, the frame after it.
 * (The family view draws all of it in one frame; a view drawn in parts would show here.)
 */
const DRAWN_THEN_AFTER = (selector) => new Promise((resolve) => {
  const check = (ts) => {
    if (ts !== undefined && document.querySelector(selector)) {
      const drawn = performance.now();
      requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = () => resolve({ drawn, after: performance.now() }); ch.port2.postMessage(0); });
    } else requestAnimationFrame(check);
  };
  check();
});

/**
 * Click something in the page and resolve with the time until the frame after
 * the new step is in place: the address ends in `slug`, the step title has
 * changed and `ready` (if given) exists. Timed in the page, from just before
 * the click, so the test driver's own checks are not counted.
 */
const SWITCH = ([how, slug, ready]) => new Promise((resolve, reject) => {
  // Never wait silently: a step that does not come is an error, said at once.
  const timer = setTimeout(() => reject(new Error(`${how}: no step "${slug}" within 60 s (at ${location.pathname})`)), 60000);
  const path0 = location.pathname;
  const title0 = document.getElementById('step-title')?.textContent;
  const done = () => location.pathname !== path0 && location.pathname.endsWith('/' + slug) &&
    document.getElementById('step-title')?.textContent !== title0 && (!ready || document.querySelector(ready));
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    clearTimeout(timer);
    obs.disconnect();
    requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = () => resolve(performance.now() - t0); ch.port2.postMessage(0); });
  };
  const obs = new MutationObserver(() => { if (done()) finish(); });
  obs.observe(document.body, { subtree: true, childList: true, characterData: true });
  const el = how.startsWith('link:')
    ? [...document.querySelectorAll('.steps-nav a')].find((a) => a.textContent.includes(how.slice(5)))
    : document.querySelector(how);
  const t0 = performance.now();
  window.__switchT0 = t0;
  el.click();
  if (done()) finish();
});

/**
 * Resolves with the time from the last SWITCH's click to the frame after every
 * list on the page has been built (none is `aria-busy`), polled each frame.
 */
const ALL_BUILT = () => new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error(`a list still busy after 60 s (at ${location.pathname})`)), 60000);
  const check = () => {
    if (!document.querySelector('[aria-busy=true]')) {
      clearTimeout(timer);
      requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = () => resolve(performance.now() - window.__switchT0); ch.port2.postMessage(0); });
    } else requestAnimationFrame(check);
  };
  check();
});

/** The main thread's busy time so far (CDP's TaskDuration), in ms. */
const busy = async (cdp) => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value * 1000;

/** The longest task that started while the last `phase` went on (0 if none). */
const LONGEST_IN_LAST = (phase) => {
  const i = window.__phases.map((p) => p.phase).lastIndexOf(phase);
  const [from, to] = [window.__phases[i].t, window.__phases[i + 1].t];
  return Math.max(0, ...window.__long.filter((l) => l.start >= from && l.start < to).map((l) => l.duration));
};

/** The longest of these long tasks that started in `phase` (0 if none). */
const longestIn = (long, phase) => Math.max(0, ...long.filter((l) => l.phase === phase).map((l) => l.duration));

/** `f()` run RUNS times, one after the other: the results in order. */
async function repeated(f) {
  const out = [];
  for (let i = 0; i < RUNS; i++) out.push(await f());
  return out;
}


async function newThrottledPage(browser, server) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.route('**/*', (route) => (route.request().url().startsWith(server.origin) ? route.continue() : route.abort()));
  await context.addInitScript(INSTRUMENT);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  return { context, page, cdp, throttle: (rate) => cdp.send('Emulation.setCPUThrottlingRate', { rate }) };
}

/** Type KEYS characters into `selector`, one at a time, each timed to its next paint. */
async function typeTimed(page, selector) {
  const field = page.locator(selector).first();
  await field.click();
  await page.keyboard.press('End');
  await page.evaluate(() => { window.__keys = []; window.__setPhase('typing'); });
  const letters = 'abcdefghij klmnopqrst ';
  for (let i = 0; i < KEYS; i++) {
    await page.keyboard.press(letters[i % letters.length] === ' ' ? 'Space' : letters[i % letters.length]);
    await page.waitForFunction((n) => window.__keys.length >= n, i + 1, { polling: 'raf', timeout: 60000 });
  }
  await page.evaluate(() => { window.__setPhase('saving'); });
  await page.waitForTimeout(2000);
  await page.evaluate(() => { window.__setPhase('idle'); });
  return page.evaluate(() => window.__keys.slice());
}

/** gzip -9 of the files this page fetched from dist/ (what a first visit downloads, compressed). */
async function fetchedBytes(page) {
  const urls = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  let total = 0;
  for (const url of new Set(urls)) {
    const file = path.join(repo, 'dist', path.basename(new URL(url).pathname));
    if (/\.(wasm|js|css)$/.test(file) && fs.existsSync(file)) total += zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
  }
  return total;
}

/**
 * A family link opened cold, throttled, on a 390 px page: to the plan's heading,
 * then a frame. With `inPlanner`, the page's loader is told to load the planner
 * for it (as every link did before the family's small app; the page's CSP,
 * whose hash names the loader, is dropped for that run).
 */
async function openLinkCold(browser, server, payload, inPlanner = false) {
  const { context, page, throttle } = await newThrottledPage(browser, server);
  if (inPlanner) {
    await page.route((url) => url.origin === server.origin && url.pathname.endsWith('/'), async (route) => {
      const response = await route.fetch();
      const html = (await response.text())
        .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
        .replace(/const link = [^;]*;/, 'const link = false;');
      await route.fulfill({ response, body: html });
    });
  }
  await page.setViewportSize({ width: 390, height: 844 });
  await throttle(RATE);
  await page.goto(server.url + '#' + payload, { waitUntil: 'commit' });
  const { drawn, after: time } = await page.evaluate(DRAWN_THEN_AFTER, 'main.family h1');
  const bytes = await fetchedBytes(page);
  await context.close();
  return { time, drawn, bytes };
}

async function measurePlan(browser, server, name, open, planFile) {
  const r = { name };
  // Cold load of the library, throttled, in a fresh browser context (RUNS times).
  const cold = await repeated(async () => {
    const { context, page, throttle } = await newThrottledPage(browser, server);
    await throttle(RATE);
    await page.goto(server.url, { waitUntil: 'commit' });
    const time = await page.evaluate(AFTER_FRAME, '#new-family');
    const bytes = await fetchedBytes(page);
    await context.close();
    return { time, bytes };
  });
  r.coldLoad = cold.map((c) => c.time);
  r.coldBytes = cold[0].bytes;
  // The plan's family link, opened cold (RUNS times each).
  const payload = execFileSync(path.join(repo, 'target/release/plan-link'), ['encode', planFile], { encoding: 'utf8' }).trim();
  const opens = (runs) => ({ time: runs.map((o) => o.time), drawn: runs.map((o) => o.drawn), bytes: runs[0].bytes });
  r.link = opens(await repeated(() => openLinkCold(browser, server, payload)));
  r.linkInPlanner = opens(await repeated(() => openLinkCold(browser, server, payload, true)));
  const { context, page, cdp, throttle } = await newThrottledPage(browser, server);
  await page.goto(server.url);
  await page.locator('#new-family').waitFor();
  const base = await open(page);
  await page.goto(base + 'goals');
  await page.locator('.goal textarea').first().waitFor({ timeout: 120000 });
  // Goal cards are built a few per frame: count once all of them are there.
  await page.waitForFunction(() => {
    const n = document.querySelectorAll('.goal').length;
    const same = window.__goalCount === n;
    window.__goalCount = n;
    return same && n > 0;
  }, null, { polling: 500, timeout: 120000 });
  await throttle(RATE);

  r.dom = await page.evaluate(() => ({ elements: document.querySelectorAll('*').length, controls: document.querySelectorAll('input, select, textarea').length }));
  await page.locator('.task .row-summary').first().click();
  const taskKeys = await typeTimed(page, '[id^=task-][id$=-what]');
  const goalKeys = await typeTimed(page, '[id^=goal-][id$=-statement]');
  r.task = taskKeys; r.goal = goalKeys;
  const long = await page.evaluate(() => window.__long.slice());
  r.longTyping = longestIn(long, 'typing');
  if (process.env.BENCH_LONG) console.error(name, 'long tasks (phase it started in, start, duration):', JSON.stringify(long), JSON.stringify(await page.evaluate(() => window.__phases)));
  // The floor: the same measure in a plain text area added to the same page,
  // which no app code listens to (waiting for the next frame, then style,
  // layout and paint of this page).
  await page.evaluate(() => {
    const t = document.createElement('textarea');
    t.id = 'bench-floor';
    t.setAttribute('aria-label', 'benchmark floor');
    document.querySelector('.goal')?.before(t);
  });
  r.floor = await typeTimed(page, '#bench-floor');
  // Long tasks that started while typing in the floor (the last typing phase).
  r.longFloor = await page.evaluate(LONGEST_IN_LAST, 'typing');
  await page.evaluate(() => document.getElementById('bench-floor')?.remove());
  r.longSaving = longestIn(long, 'saving');

  // Step switches (throttled): Next from Goals, then the Goals link back.
  await page.evaluate(() => { window.__setPhase('switch'); });
  r.next = await page.evaluate(SWITCH, ['#next-step', 'crisis', null]);
  // The step left is taken down once the new one has painted and the page is idle.
  await page.waitForTimeout(1500);
  r.longAfterNext = longestIn(await page.evaluate(() => window.__long.slice()), 'switch');
  await page.evaluate(() => { window.__setPhase('idle'); });
  await cdp.send('Performance.enable');
  const busyBefore = await busy(cdp);
  r.backToGoals = await page.evaluate(SWITCH, ['link:Goals', 'goals', READY.goals]);
  // The rest of its cards come a few per frame: until all are there, and how
  // long the main thread was busy meanwhile (building, layout and paint, and
  // Chromium's autofill re-reading the page's forms as they come).
  r.goalsBuilt = await page.evaluate(ALL_BUILT);
  r.goalsBuiltBusy = (await busy(cdp)) - busyBefore;
  // Every step in turn with Next, from the first, in the meeting's own order
  // (a follow-up has the Review step after the team).
  await page.evaluate(SWITCH, ['link:Welcome', 'welcome', null]);
  const steps = await page.evaluate(() => [...document.querySelectorAll('.steps-nav a')].map((a) => new URL(a.href).pathname.split('/').pop()));
  r.sweep = [];
  for (const slug of steps.slice(1)) r.sweep.push([slug, await page.evaluate(SWITCH, ['#next-step', slug, READY[slug] ?? null])]);
  // Typing on the Agreements step, whose summary repeats the whole plan.
  if (!new URL(page.url()).pathname.endsWith('/agreements')) await page.evaluate(SWITCH, ['link:Agreements', 'agreements', '#family-words']);
  await page.locator('#family-words').waitFor();
  r.agreements = await typeTimed(page, '#family-words');
  r.longAgreements = await page.evaluate(LONGEST_IN_LAST, 'typing');
  r.longAgreementsSaving = await page.evaluate(LONGEST_IN_LAST, 'saving');
  // Goals reloaded in its tab (RUNS times): the browser still holds the app's
  // compiled code; navigation start to the first goal's field, then a frame.
  await page.goto(base + 'goals');
  r.reload = await repeated(async () => {
    await page.reload({ waitUntil: 'commit' });
    return page.evaluate(AFTER_FRAME, READY.goals);
  });
  // Deep links, as a bookmark opens one: each in a new tab (throttled), with no
  // page of the app left open (the page above leaves first), RUNS per step:
  // navigation start to the step's title (and items), then a frame. A new tab
  // compiles the app's functions again as they are first called.
  await page.goto('about:blank');
  const openTab = async (slug) => {
    const tab = await context.newPage();
    const tabCdp = await context.newCDPSession(tab);
    await tabCdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
    await tab.goto(base + slug, { waitUntil: 'commit' });
    const time = await tab.evaluate(AFTER_FRAME, readyFor(slug));
    return { tab, tabCdp, time };
  };
  r.deep = [];
  for (const slug of steps) {
    r.deep.push([slug, await repeated(async () => {
      const { tab, time } = await openTab(slug);
      await tab.close();
      return time;
    })]);
  }
  // Memory of a page just opened on Goals.
  const { tab, tabCdp } = await openTab('goals');
  await tab.locator('#step-title').waitFor();
  const heap = await tabCdp.send('Runtime.getHeapUsage');
  r.jsHeap = heap.usedSize;
  r.wasmMemory = await tab.evaluate(() => window.__wasm?.memory?.buffer?.byteLength ?? 0);
  await context.close();
  return r;
}

/**
 * A caseworker's library after months: the large plan imported COPIES times.
 * Each load in a new tab (throttled), RUNS times: navigation start to every
 * row drawn, then a frame.
 */
async function libraryOfMany(browser, server, file, copies) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.route('**/*', (route) => (route.request().url().startsWith(server.origin) ? route.continue() : route.abort()));
  const page = await context.newPage();
  await page.goto(server.url);
  for (let i = 0; i < copies; i++) {
    await page.locator('#import-file').setInputFiles(file);
    await page.getByRole('button', { name: 'Add these plans' }).click();
    await page.waitForFunction((n) => document.querySelectorAll('.plan-row:not(.saved-row)').length >= n, i + 1, { timeout: 60000 });
  }
  await page.goto('about:blank');
  const times = await repeated(async () => {
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
    await tab.goto(server.url, { waitUntil: 'commit' });
    const time = await tab.evaluate((n) => new Promise((resolve) => {
      const check = () => {
        if (document.querySelectorAll('.plan-row:not(.saved-row)').length >= n) requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
        else requestAnimationFrame(check);
      };
      check();
    }), copies);
    await tab.close();
    return time;
  });
  await context.close();
  return times;
}

function shippedBytes() {
  const dist = path.join(repo, 'dist');
  let total = 0;
  for (const f of fs.readdirSync(dist)) {
    if (/\.(wasm|js|css)$/.test(f)) total += zlib.gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length;
  }
  return total;
}

const server = await startServer();
const browser = await launch();
try {
  const example = await measurePlan(browser, server, 'example plan', openExamplePlan, path.join(repo, 'src/domain/example-plan.json'));
  const large = await measurePlan(browser, server, 'large plan', (page) => importLargePlan(page, largeFile), largeFile);
  const library = await libraryOfMany(browser, server, largeFile, LIBRARY);
  const ms = (x) => `${x.toFixed(0)} ms`;
  const keys = (xs) => `${ms(quantile(xs, 0.5))} / ${ms(quantile(xs, 0.95))} / ${ms(Math.max(...xs))}`;
  const slowest = (pairs) => { const [slug, t] = pairs.reduce((a, b) => (b[1] > a[1] ? b : a)); return `${ms(t)} (${slug})`; };
  // Page loads: the median of RUNS, then the fastest and the slowest.
  const loads = (xs) => `${ms(median(xs))} (${Math.min(...xs).toFixed(0)}–${ms(Math.max(...xs))})`;
  const slowestLoad = (pairs) => { const [slug, xs] = pairs.reduce((a, b) => (median(b[1]) > median(a[1]) ? b : a)); return `${ms(median(xs))} (${slug})`; };
  const deepTo = (pairs, step) => loads(pairs.find(([slug]) => slug === step)[1]);
  const secs = (b) => `${((b * 8) / 1.6e6).toFixed(1)} s`;
  const kb = (b) => `${Math.round(b / 1000).toLocaleString('en-US')} KB`;
  const mb = (b) => `${(b / 1048576).toFixed(1)} MB`;
  const rows = [
    [`keystroke → paint, task field (p50 / p95 / max, ${KEYS} keys)`, keys(example.task), keys(large.task)],
    [`keystroke → paint, goal statement (p50 / p95 / max, ${KEYS} keys)`, keys(example.goal), keys(large.goal)],
    [`keystroke → paint, Agreements "in the family's words" (whole-plan summary above)`, keys(example.agreements), keys(large.agreements)],
    ['  floor: a plain text area on the same page, no app code', keys(example.floor), keys(large.floor)],
    ['longest task while typing', ms(example.longTyping), ms(large.longTyping)],
    ['  the same in the plain text area (the floor)', ms(example.longFloor), ms(large.longFloor)],
    ['  the same on the Agreements step / in the 2 s after (summary catches up)', `${ms(example.longAgreements)} / ${ms(example.longAgreementsSaving)}`, `${ms(large.longAgreements)} / ${ms(large.longAgreementsSaving)}`],
    ['longest task in the 2 s after typing (autosave)', ms(example.longSaving), ms(large.longSaving)],
    ['step switch: Next (Goals → Crisis plan)', ms(example.next), ms(large.next)],
    ['  longest task from that click to 1.5 s after (Goals taken down)', ms(example.longAfterNext), ms(large.longAfterNext)],
    ['step switch: step link back to Goals', ms(example.backToGoals), ms(large.backToGoals)],
    ['  until every goal card is built / main thread busy meanwhile', `${ms(example.goalsBuilt)} / ${ms(example.goalsBuiltBusy)}`, `${ms(large.goalsBuilt)} / ${ms(large.goalsBuiltBusy)}`],
    ['step switch: Next through every step, slowest', slowest(example.sweep), slowest(large.sweep)],
    [`deep link to Goals in a new tab (load → first goal field; median of ${RUNS} (fastest–slowest))`, deepTo(example.deep, 'goals'), deepTo(large.deep, 'goals')],
    [`deep link to any step, the slowest step's median`, slowestLoad(example.deep), slowestLoad(large.deep)],
    [`  Goals reloaded in its tab (median of ${RUNS})`, loads(example.reload), loads(large.reload)],
    [`cold load → library name field (median of ${RUNS})`, loads(example.coldLoad), loads(large.coldLoad)],
    ['  what it downloads (gzip -9)', kb(example.coldBytes), kb(large.coldBytes)],
    [`cold load, a library of ${LIBRARY} large plans → every row (median of ${RUNS})`, '–', loads(library)],
    [`family link, cold, 390 px → the plan's heading, then a frame (median of ${RUNS})`, loads(example.link.time), loads(large.link.time)],
    ['  the frame that first draws it', loads(example.link.drawn), loads(large.link.drawn)],
    ['  what it downloads (gzip -9)', kb(example.link.bytes), kb(large.link.bytes)],
    ['  the same link in the planner (as before the family app)', loads(example.linkInPlanner.time), loads(large.linkInPlanner.time)],
    ['  what that downloads (gzip -9)', kb(example.linkInPlanner.bytes), kb(large.linkInPlanner.bytes)],
    ['  download time at 1.6 Mbit/s (slow 4G), computed: family app / planner', `${secs(example.link.bytes)} / ${secs(example.linkInPlanner.bytes)}`, `${secs(large.link.bytes)} / ${secs(large.linkInPlanner.bytes)}`],
    ['Goals: DOM elements / form controls', `${example.dom.elements} / ${example.dom.controls}`, `${large.dom.elements} / ${large.dom.controls}`],
    ['JS heap (used) / wasm memory, a page just opened on Goals', `${mb(example.jsHeap)} / ${mb(example.wasmMemory)}`, `${mb(large.jsHeap)} / ${mb(large.wasmMemory)}`],
  ];
  const w0 = Math.max(...rows.map((r) => r[0].length)), w1 = Math.max(14, ...rows.map((r) => r[1].length));
  console.log(`\nUI benchmark, Chromium, CPU throttled ${RATE}× (large plan: ${path.basename(largeFile)})\n`);
  console.log(`${'measure'.padEnd(w0)}  ${'example plan'.padEnd(w1)}  large plan`);
  for (const [a, b, c] of rows) console.log(`${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c}`);
  console.log(`${'shipped (wasm + js + css, gzip -9)'.padEnd(w0)}  ${shippedBytes().toLocaleString('en-US')} bytes`);
} finally {
  await browser.close();
  await server.close();
}
