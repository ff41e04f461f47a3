// Benchmark, not a test: two builds' page loads, side by side and interleaved,
// so that a before-and-after holds on a shared machine whose speed drifts
// (a whole bench-ui.sh run, minutes apart, can differ by more than a change).
//
//   node scripts/bench-ab.mjs DIST_A DIST_B [LARGE_PLAN.json] [--pairs N] [--rate R] [--steps goals,team]
//
// Each build is served from its own folder (e.g. a copy of dist/ before a
// change, and dist/ after it), with its own browser storage: the example plan
// (and the large plan, when given; scripts/bench-ui.sh shows how one is made)
// is put in each. Then, N times (default 10), for every plan and step: a deep
// link in a new tab, throttled (default 4×), in both builds one after the other,
// A first in even rounds and B first in odd ones; also the library's cold load.
// Service workers are blocked, so both builds load their files the same way.
// Printed per row: each build's median (navigation start to the step's title,
// or the first goal's field, then a frame), the median of the pairwise
// differences (B − A), and in how many pairs B was faster.
// Calibration (2026-12-07, this 2-core machine, 4×): the same build as A and
// B, 10 pairs: pairwise medians from −94 to +99 ms, B faster in 4 to 8 of 10;
// two builds that load alike, the library's cold load: +100 ms (10 pairs), then
// −101 ms (16 pairs). So a difference under about 100 ms means nothing here
// without many more pairs.
import path from 'node:path';

import { startServer, launch } from '../tests/e2e/harness.mjs';
import { AFTER_FRAME, readyFor, median, openExamplePlan, importLargePlan } from './bench-page.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const valued = new Set(['--pairs', '--rate', '--steps']);
const positional = args.filter((a, i) => !a.startsWith('--') && !valued.has(args[i - 1]));
const dirs = positional.filter((a) => !a.endsWith('.json'));
const [dirA, dirB] = dirs;
const largeFile = positional.find((a) => a.endsWith('.json'));
const PAIRS = Number(opt('--pairs', 10));
const RATE = Number(opt('--rate', 4));
const STEPS = opt('--steps', 'goals,team').split(',');
// A first meeting's steps (Step::slug in src/domain/step.rs), so a typo is said, not waited on.
const SLUGS = ['welcome', 'team', 'strengths', 'worries', 'goals', 'crisis', 'voice', 'closure', 'agreements'];
const unknown = args.filter((a, i) => a.startsWith('--') && !valued.has(a)).concat(STEPS.filter((s) => !SLUGS.includes(s)));
if (unknown.length) console.error(`not understood: ${unknown.join(' ')} (steps: ${SLUGS.join(', ')})`);
if (!dirA || !dirB || dirs.length > 2 || unknown.length || !(PAIRS > 0) || !(RATE >= 1)) {
  console.error('usage: node scripts/bench-ab.mjs DIST_A DIST_B [LARGE_PLAN.json] [--pairs N] [--rate R] [--steps goals,team]');
  process.exit(2);
}

/** One build: its server, a browser context of its own, and its plans' addresses. */
async function prepare(browser, dir) {
  const server = await startServer(path.resolve(dir));
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
  await context.route('**/*', (route) => (route.request().url().startsWith(server.origin) ? route.continue() : route.abort()));
  const page = await context.newPage();
  await page.goto(server.url);
  const plans = [['example', await openExamplePlan(page)]];
  if (largeFile) {
    await page.goto(server.url);
    plans.push(['large', await importLargePlan(page, largeFile)]);
  }
  await page.close();
  return { server, context, plans: Object.fromEntries(plans) };
}

/** A new tab of `build`, throttled, at `url`: navigation start to the frame after `ready`. */
async function load(build, url, ready) {
  const tab = await build.context.newPage();
  const cdp = await build.context.newCDPSession(tab);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
  await tab.goto(url, { waitUntil: 'commit' });
  // Never wait silently: a page that doesn't come is an error (60 s).
  const time = await Promise.race([
    tab.evaluate(AFTER_FRAME, ready),
    new Promise((_, reject) => setTimeout(() => reject(new Error(`${url}: no ${ready} after 60 s`)), 60000)),
  ]);
  await tab.close();
  return time;
}

const browser = await launch();
const builds = [];
try {
  builds.push(await prepare(browser, dirA), await prepare(browser, dirB));
  const rows = [['library, cold → name field', (b) => [b.server.url, '#new-family']]];
  for (const plan of Object.keys(builds[0].plans)) {
    for (const step of STEPS) rows.push([`deep link to ${step}, ${plan} plan`, (b) => [b.plans[plan] + step, readyFor(step)]]);
  }
  const times = rows.map(() => [[], []]);
  for (let pair = 0; pair < PAIRS; pair++) {
    for (const [r, [, where]] of rows.entries()) {
      for (const v of pair % 2 ? [1, 0] : [0, 1]) times[r][v].push(await load(builds[v], ...where(builds[v])));
    }
    process.stderr.write(`pair ${pair + 1} of ${PAIRS}\r`);
  }
  const ms = (x) => `${Math.round(x)} ms`;
  console.log(`\nA = ${dirA}\nB = ${dirB}\n${PAIRS} interleaved pairs, CPU throttle ${RATE}×, service workers blocked\n`);
  const table = [['measure', 'A median', 'B median', 'B − A (pairwise median)', 'B faster']];
  for (const [r, [name]] of rows.entries()) {
    const [a, b] = times[r];
    const diff = b.map((x, i) => x - a[i]);
    const sign = (x) => (x > 0 ? '+' : x < 0 ? '−' : '±');
    table.push([name, ms(median(a)), ms(median(b)), `${sign(median(diff))}${ms(Math.abs(median(diff)))}`, `${diff.filter((d) => d < 0).length} of ${PAIRS}`]);
  }
  const width = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)));
  for (const row of table) console.log(row.map((cell, c) => (c ? cell.padStart(width[c]) : cell.padEnd(width[c]))).join('  '));
} finally {
  for (const b of builds) { await b.context.close(); await b.server.close(); }
  await browser.close();
}
