// Issue 10: built for the wall. Presentation mode (Alt+P) and the audience
// window draw each step from the wall projection: type scaled to the
// viewport, the card being worked on and its neighbours in view, nothing
// private on screen, editable by the facilitator, a step timer, light and
// dark high-contrast colours; the audience window follows the facilitator's
// window live and loses nothing when either closes. Prints the text-size
// ratios and the axe counts for the closing note.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { startServer, launch, newPage, LibraryPage, MARKERS, importMarkerPlan, stepBuilt } from './harness.mjs';

const M = MARKERS;
const PRIVATE = [...M.markers.P, ...M.markers.C, ...M.markers.V];
const STEPS = ['welcome', 'team', 'strengths', 'worries', 'goals', 'crisis', 'voice', 'closure', 'agreements'];
// The marker plan is a follow-up meeting: its flow has the Review after Team.
const FOLLOW_UP_STEPS = ['welcome', 'team', 'review', ...STEPS.slice(2)];
const report = [];

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => {
  await browser?.close(); await server?.close();
  for (const line of report) console.log(line);
});

async function present(page) {
  await page.keyboard.press('Alt+p');
  await page.locator('.present').waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'step-title');
}

/** Go to the next step by keyboard and wait for its heading to take focus. */
async function nextStep(page) {
  const from = page.url();
  await page.keyboard.press('Alt+.');
  await page.waitForFunction((before) => location.href !== before && document.activeElement?.id === 'step-title', from);
}

async function axe(page, where) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  report.push(`axe ${where}: ${result.violations.length} violations`);
  return result.violations.map((v) => `${where}: ${v.id} (${v.impact}) — ${v.help} — e.g. ${v.nodes[0]?.target}`);
}


/** Every rect of the card in focus and its neighbours, against the scrolling area. */
function fitOf(page) {
  return page.evaluate(() => {
    const main = document.querySelector('.present-main').getBoundingClientRect();
    const cards = [...document.querySelectorAll('.wall-card')];
    const i = cards.findIndex((c) => c.contains(document.activeElement));
    const inView = (c) => { const r = c.getBoundingClientRect(); return r.top >= main.top - 1 && r.bottom <= main.bottom + 1; };
    return { i, fits: [cards[i - 1], cards[i], cards[i + 1]].filter(Boolean).every(inView) };
  });
}

/** Focus card `n` as a keyboard user would: its Edit button, or the card itself when it has nothing to edit. */
async function focusCard(page, n) {
  await page.evaluate((n) => {
    const card = document.querySelectorAll('.wall-card')[n];
    (card.querySelector('.wall-edit') || card).focus();
  }, n);
  // Scrolling to the card waits for the next frame.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

for (const [width, height] of [[1280, 720], [1920, 1080]]) {
  test(`presentation at ${width}×${height}: large type, the card in focus and its neighbours in view, no problems for axe`, async () => {
    // Reduced motion: cards come into view at once, so what is in view can be measured.
    const { page, context } = await newPage(browser, server, { viewport: { width, height }, reducedMotion: 'reduce' });
    const library = new LibraryPage(page, server);
    await library.open();
    await library.openExample();
    await present(page);
    const found = [];
    const rows = [];
    let checked = 0;
    let misfits = [];
    for (const step of STEPS) {
      assert.ok(page.url().endsWith(step), `on ${step}`);
      const sizes = await page.evaluate(() => {
        const size = (e) => parseFloat(getComputedStyle(e).fontSize);
        const texts = [...document.querySelectorAll('.present-main *')]
          .filter((e) => [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()))
          .filter((e) => !e.closest('button') && e.getClientRects().length);
        return {
          smallest: Math.min(...texts.map(size)),
          body: size(document.querySelector('.wall-card-text') || document.querySelector('.wall-empty')),
          heading: size(document.querySelector('.wall-question')),
        };
      });
      rows.push(`${step}: body 1/${(height / sizes.body).toFixed(1)}, heading 1/${(height / sizes.heading).toFixed(1)}, smallest text 1/${(height / sizes.smallest).toFixed(1)} of the height`);
      assert.ok(sizes.smallest >= height / 30, `${step}: every text at least 1/30 of the viewport height (smallest ${sizes.smallest}px)`);
      assert.ok(sizes.heading > sizes.body, `${step}: the question is larger than the cards`);
      // Every card in focus, with its neighbours, is in view.
      const cards = await page.locator('.wall-card').count();
      for (let n = 0; n < cards; n++) {
        await focusCard(page, n);
        const fit = await fitOf(page);
        assert.ok(fit.i >= 0, `${step}: focus stays in card ${n + 1}`);
        checked++;
        if (!fit.fits) misfits.push(`${step} card ${fit.i + 1}`);
      }
      found.push(...await axe(page, `presentation ${width}×${height} ${step}`));
      if (step !== 'agreements') await nextStep(page);
    }
    report.push(`presentation ${width}×${height}:\n  ${rows.join('\n  ')}\n  ${checked - misfits.length} of ${checked} cards in focus fit with their neighbours`);
    assert.deepEqual(misfits, [], 'cards in focus whose neighbours are out of view');
    // Dark colours, on the busiest step.
    await page.getByRole('button', { name: 'Dark colours' }).click();
    assert.equal(await page.locator('.present').getAttribute('data-theme'), 'dark');
    await page.keyboard.press('Alt+,');
    await page.keyboard.press('Alt+,');
    await page.keyboard.press('Alt+,');
    await page.waitForURL(/crisis$/);
    found.push(...await axe(page, `presentation ${width}×${height} crisis, dark`));
    assert.deepEqual(found, []);
    assert.deepEqual(page.errors, []);
    await context.close();
  });
}

test('nothing private or caseworker-only is drawn in presentation mode, on any step; a note says how much is left out', async () => {
  const { page, context } = await newPage(browser, server);
  const base = await importMarkerPlan(page, server);
  await page.goto(base + 'welcome');
  await page.locator('#step-title').waitFor();
  await present(page);
  const notes = [];
  for (const step of FOLLOW_UP_STEPS) {
    await page.locator('.wall-question').waitFor();
    let html = await page.content();
    // Each card in turn is the one worked on (a goal shows its tasks then).
    const cards = await page.locator('.wall-card').count();
    for (let n = 0; n < cards; n++) {
      await focusCard(page, n);
      html += await page.content();
    }
    const leaked = PRIVATE.filter((m) => html.includes(m));
    assert.deepEqual(leaked, [], `${step}: private markers on the wall`);
    const shown = M.markers.S.filter((m) => html.includes(m)).length;
    notes.push(`${step}: ${shown} shared markers shown, 0 of ${PRIVATE.length} withheld; note: ${await page.locator('.wall-hidden-note').textContent().catch(() => 'none')}`);
    if (step !== 'agreements') await nextStep(page);
  }
  report.push(`marker plan on the wall:\n  ${notes.join('\n  ')}`);
  await page.keyboard.press('Alt+,');
  await page.keyboard.press('Alt+,');
  await page.waitForURL(/voice$/);
  // Caseworker-only notes are left out uncounted: a count would tell the room they exist.
  assert.equal(await page.locator('.wall-hidden-note').innerText(), 'Not shown here: 1 private item.');
  // Marking an item private in the editor takes it off the wall at once.
  await page.keyboard.press('Escape');
  await page.locator('#present-open').waitFor();
  await page.goto(base + 'strengths');
  await page.locator('.card.strength').first().waitFor();
  const text = await page.locator('.card.strength textarea').first().inputValue();
  await page.locator('.card.strength').first().getByLabel(/Private/).check();
  await present(page);
  assert.equal(await page.locator('.wall-card-text', { hasText: text }).count(), 0, 'the strength marked private is gone');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the facilitator edits a card and adds an item in presentation mode; the editor and the store have them', async () => {
  const { page, context } = await newPage(browser, server);
  const library = new LibraryPage(page, server);
  await library.openExampleAt('worries');
  await page.locator('#step-title').waitFor();
  await present(page);
  const first = page.locator('.wall-edit').first();
  await first.focus();
  await page.keyboard.press('Enter');
  const field = page.locator('.wall-card-editor textarea');
  await field.waitFor();
  assert.ok(await field.evaluate((e) => e === document.activeElement), 'the field takes focus');
  await field.fill('We worry the children miss school on Mondays.');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.classList.contains('wall-edit'));
  await page.locator('.wall-card-text', { hasText: 'miss school on Mondays' }).waitFor();
  // A new worry, written on the wall.
  await page.getByRole('button', { name: '+ Add a worry' }).click();
  await page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
  await page.keyboard.type('Nobody has a key to the house.');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.activeElement?.classList.contains('wall-edit'));
  await page.locator('.wall-card-text', { hasText: 'Nobody has a key' }).waitFor();
  // Back in the editor: the same plan, saved.
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.activeElement?.id === 'present-open');
  await page.locator('.save-status[data-status=saved]').waitFor({ timeout: 5000 });
  await page.reload();
  await page.locator('.card').first().waitFor();
  // The new worry is the list's last card, built a few frames after the first.
  await stepBuilt(page);
  const values = await page.locator('textarea').evaluateAll((all) => all.map((t) => t.value));
  assert.ok(values.includes('We worry the children miss school on Mondays.'));
  assert.ok(values.includes('Nobody has a key to the house.'));
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the step timer counts down on the wall and says when the time is up', async () => {
  const { page, context } = await newPage(browser, server);
  const library = new LibraryPage(page, server);
  await library.openExampleAt('agreements');
  await page.locator('#step-title').waitFor();
  await present(page);
  await page.getByRole('button', { name: 'Timer' }).click();
  await page.getByRole('button', { name: '5 min', exact: true }).click();
  await page.locator('.wall-timer').waitFor();
  assert.match(await page.locator('.wall-timer').innerText(), /^(5:00|4:59)$/);
  // Focus goes back to the Timer button (on the next tick, once the choices are hidden).
  await page.waitForFunction(() => document.activeElement?.id === 'present-timer', null, { timeout: 2000 });
  // Time passes: shorten the timer from the page's point of view.
  await page.evaluate(() => { const now = Date.now; Date.now = () => now() + 5 * 60_000 + 1000; });
  await page.locator('.wall-timer.over').waitFor();
  assert.equal(await page.locator('.wall-timer').innerText(), '0:00');
  assert.equal(await page.locator('[role=status]', { hasText: 'Time is up.' }).count(), 1);
  await page.getByRole('button', { name: 'Timer' }).click();
  await page.getByRole('button', { name: 'Stop the timer' }).click();
  await page.locator('.wall-timer').waitFor({ state: 'detached' });
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('reduced motion: nothing on the wall animates, and a card far down comes into view at once', async () => {
  const settle = async (reducedMotion) => {
    const { page, context } = await newPage(browser, server, { reducedMotion });
    const library = new LibraryPage(page, server);
    await library.openExampleAt('crisis');
    await page.locator('#step-title').waitFor();
    await present(page);
    const motion = await page.evaluate(async () => {
      const main = document.querySelector('.present-main');
      const frame = () => new Promise((r) => requestAnimationFrame(r));
      // Focus without the browser's own jump, so the app's scroll to the card is what moves.
      [...document.querySelectorAll('.wall-edit')].pop().focus({ preventScroll: true });
      await frame(); await frame();
      const first = main.scrollTop;
      await new Promise((r) => setTimeout(r, 700));
      return {
        first, last: main.scrollTop,
        animations: document.getAnimations().length,
        transitions: [...document.querySelectorAll('.present *')].filter((e) => parseFloat(getComputedStyle(e).transitionDuration) > 0).length,
      };
    });
    await context.close();
    return motion;
  };
  const reduced = await settle('reduce');
  assert.ok(reduced.last > 0, 'the card far down was scrolled to');
  assert.equal(reduced.first, reduced.last, 'in place after one frame, not scrolled smoothly');
  assert.deepEqual([reduced.animations, reduced.transitions], [0, 0]);
  // Without the preference the same scroll glides (so the check above can tell).
  const smooth = await settle('no-preference');
  assert.ok(smooth.first < smooth.last, `smooth scrolling otherwise (${smooth.first} → ${smooth.last})`);
});

test('in presentation mode, Escape closes the card being edited and the timer menu without leaving presentation', async () => {
  const { page, context } = await newPage(browser, server);
  const library = new LibraryPage(page, server);
  await library.openExampleAt('strengths');
  await page.locator('#step-title').waitFor();
  await present(page);
  await page.locator('.wall-edit').first().focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Done');
  await page.keyboard.press('Escape');
  await page.locator('.wall-card-editor').waitFor({ state: 'detached' });
  assert.equal(await page.locator('.present').count(), 1, 'still presenting');
  assert.ok(await page.evaluate(() => document.activeElement?.classList.contains('wall-edit')));
  await page.getByRole('button', { name: 'Timer' }).click();
  await page.getByRole('button', { name: '10 min' }).focus();
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.activeElement?.id === 'present-timer');
  assert.equal(await page.locator('.present').count(), 1, 'still presenting');
  // A card left open does not come back open on another step.
  await page.locator('.wall-edit').first().click();
  await page.locator('.wall-card-editor textarea').waitFor();
  await page.keyboard.press('Alt+.');
  await page.waitForURL(/worries$/);
  await page.keyboard.press('Alt+,');
  await page.waitForURL(/strengths$/);
  assert.equal(await page.locator('.wall-card-editor').count(), 0);
  // The Present button is only on the steps.
  await page.keyboard.press('Escape');
  await page.goto(page.url().replace(/strengths$/, 'share'));
  await page.locator('#step-title').waitFor();
  assert.equal(await page.locator('#present-open').count(), 0);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the audience window follows the facilitator live, never shows private items, and closing either loses nothing', async () => {
  const { page, context } = await newPage(browser, server);
  const base = await importMarkerPlan(page, server);
  await page.goto(base + 'welcome');
  await page.locator('#step-title').waitFor();
  // Every message on the audience channel, as a window listening in would get it.
  await context.addInitScript(() => {
    window.__heard = [];
    try { new BroadcastChannel('ftm-planner.audience').onmessage = (e) => window.__heard.push(String(e.data)); } catch { /* none */ }
  });
  // Opened from the full editor: the laptop keeps it while the wall follows.
  const popup = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Audience window' }).click();
  const audience = await popup;
  audience.errors = [];
  audience.on('pageerror', (e) => audience.errors.push(String(e)));
  await audience.locator('.wall-question', { hasText: 'Why are we here today?' }).waitFor();
  assert.match(audience.url(), /\/audience\/markerplan01\?w=[0-9a-f]+$/);
  // It follows the facilitator's step, and shows no private or caseworker-only text on any.
  for (const step of FOLLOW_UP_STEPS.slice(1)) {
    await page.keyboard.press('Alt+.');
    await page.waitForURL(new RegExp(`${step}$`));
    await audience.locator('.present-where', { hasText: `of 10` }).waitFor();
    await audience.waitForFunction((n) => document.querySelector('.present-where')?.textContent.startsWith(`Step ${n} `), FOLLOW_UP_STEPS.indexOf(step) + 1);
    const html = await audience.content();
    assert.deepEqual(PRIVATE.filter((m) => html.includes(m)), [], `${step}: private markers in the audience window`);
  }
  // What crossed the channel: frames with the wall's cards only.
  const heard = (await audience.evaluate(() => window.__heard)).join('\n');
  assert.ok(heard.includes('"show"') && heard.includes(M.markers.S[0]), 'frames were heard');
  assert.deepEqual(PRIVATE.filter((m) => heard.includes(m)), [], 'private markers on the audience channel');
  // Live: what the facilitator types in the editor shows in the audience window.
  await page.goto(base + 'strengths');
  await page.locator('.card.strength textarea').first().waitFor();
  await audience.locator('.present-where', { hasText: 'Strengths' }).waitFor();
  await page.locator('.card.strength textarea').first().fill('Rosa drives the kids to school every day.');
  await audience.locator('.wall-card-text', { hasText: 'Rosa drives the kids' }).waitFor();
  // Marked private on the laptop: gone from the wall at once.
  await page.locator('.card.strength').first().getByLabel(/Private/).check();
  await audience.locator('.wall-card-text', { hasText: 'Rosa drives the kids' }).waitFor({ state: 'detached' });
  // The card in focus on the laptop is the one marked on the wall.
  await present(page);
  await page.locator('.wall-edit').last().focus();
  const key = await page.locator('.wall-card.current').getAttribute('data-card');
  await audience.locator(`.wall-card.current[data-card="${key}"]`).waitFor();
  const found = await axe(audience, 'audience window');
  // Closing the audience window loses nothing.
  await audience.close();
  await page.locator('.wall-edit').first().focus();
  await page.keyboard.press('Enter');
  await page.locator('.wall-card-editor textarea').fill('Grandma calls every Sunday.');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await page.locator('.save-status[data-status=saved]').waitFor({ timeout: 5000 });
  // A new audience window (the same button); the facilitator's page reloads:
  // meanwhile the wall keeps the last step and says so, then follows again.
  const again = context.waitForEvent('page');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Audience window' }).click();
  const second = await again;
  await second.locator('.wall-card-text', { hasText: 'Grandma calls every Sunday.' }).waitFor();
  const reload = page.reload({ waitUntil: 'commit' });
  await second.locator('.present-waiting', { hasText: "facilitator's window is closed" }).waitFor();
  assert.equal(await second.locator('.wall-card-text', { hasText: 'Grandma calls every Sunday.' }).count(), 1);
  await reload;
  await page.locator('#step-title').waitFor();
  await second.locator('.present-waiting', { hasText: "facilitator's window is closed" }).waitFor({ state: 'detached' });
  assert.equal(await second.locator('.wall-card-text', { hasText: 'Grandma calls every Sunday.' }).count(), 1);
  assert.deepEqual(found, []);
  assert.deepEqual(audience.errors, []);
  await context.close();
});

test('with the plan open in a second tab, the audience window follows only the window that opened it', async () => {
  const { page, context } = await newPage(browser, server);
  const library = new LibraryPage(page, server);
  const base = await library.openExampleAt('strengths');
  await page.locator('.card.strength textarea').first().waitFor();
  // The same plan already open in another tab, on another step, presenting.
  const other = await context.newPage();
  await other.goto(base + 'goals');
  await other.locator('#step-title').waitFor();
  await other.keyboard.press('Alt+p');
  await other.locator('.present').waitFor();
  const popup = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Audience window' }).click();
  const audience = await popup;
  await audience.locator('.present-where', { hasText: 'Strengths' }).waitFor();
  // Typing in the first tab saves; the second tab picks the saved plan up.
  await page.locator('.card.strength textarea').first().fill('Rosa reads with the children every night.');
  await page.locator('.save-status[data-status=saved]').waitFor({ timeout: 5000 });
  await audience.locator('.wall-card-text', { hasText: 'Rosa reads with the children' }).waitFor();
  await other.waitForTimeout(1500);
  assert.match(await audience.locator('.present-where').innerText(), /Strengths/, 'still the first window\'s step');
  assert.equal(await audience.locator('.wall-question').innerText(), 'What is working well?');
  await context.close();
});

test('keyboard only: a short meeting in presentation mode, then the share screen; focus never drops to the page', async () => {
  const { page, context } = await newPage(browser, server);
  await page.goto(server.url);
  await page.getByLabel('Start a plan for a family').waitFor();
  const onBody = [];
  const watch = async (what) => {
    if (await page.evaluate(() => document.activeElement === document.body || !document.activeElement)) onBody.push(what);
  };
  // Reach "Open an example plan" with Tab alone.
  let found = false;
  for (let n = 0; n < 40 && !found; n++) {
    await page.keyboard.press('Tab');
    found = await page.evaluate(() => document.activeElement?.textContent?.includes('Open an example plan'));
  }
  assert.ok(found, 'the example plan button is reachable by Tab');
  await page.keyboard.press('Enter');
  await page.waitForURL(/welcome$/);
  await page.waitForFunction(() => document.activeElement?.id === 'step-title');
  await page.keyboard.press('Alt+p');
  await page.locator('.present').waitFor();
  await watch('presentation on');
  // Welcome: edit the purpose with the keyboard.
  const tabTo = async (test) => {
    for (let n = 0; n < 60; n++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(test)) return true;
    }
    return false;
  };
  assert.ok(await tabTo(() => document.activeElement?.classList.contains('wall-edit')), 'a card is reachable by Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
  await page.keyboard.press('End');
  await page.keyboard.type(' Today we plan the next month.');
  await page.keyboard.press('Enter');
  await watch('after editing');
  // Through the steps by keyboard.
  for (const step of STEPS.slice(1)) {
    await nextStep(page);
    await watch(step);
    assert.ok(page.url().endsWith(step));
  }
  // Back one step to add a sign we're done.
  await page.keyboard.press('Alt+,');
  await page.waitForURL(/closure$/);
  assert.ok(await tabTo(() => document.activeElement?.id === 'wall-add'), '+ Add is reachable by Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
  await page.keyboard.type('Three months without a missed visit.');
  await page.keyboard.press('Enter');
  await watch('after adding');
  await nextStep(page);
  // Agreements → the share screen ("Next: share →" by keyboard).
  assert.ok(await tabTo(() => document.activeElement?.id === 'present-next'), 'Next is reachable by Tab');
  await page.keyboard.press('Enter');
  await page.waitForURL(/share$/);
  await page.waitForFunction(() => document.activeElement?.id === 'step-title');
  await page.locator('.qr .qr-code svg').waitFor();
  assert.equal(await page.locator('.present').count(), 0, 'the share screen is shown as itself');
  await watch('share screen');
  assert.deepEqual(onBody, [], 'focus dropped to the page body');
  // What was typed is in the plan.
  await page.keyboard.press('Alt+,');
  await page.waitForURL(/agreements$/);
  await page.goto(page.url().replace(/agreements$/, 'welcome'));
  await page.locator('#meeting-purpose, textarea').first().waitFor();
  await stepBuilt(page);
  const values = await page.locator('textarea').evaluateAll((all) => all.map((t) => t.value));
  assert.ok(values.some((v) => v.endsWith('Today we plan the next month.')));
  assert.deepEqual(page.errors, []);
  await context.close();
});
