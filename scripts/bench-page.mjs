// What the benchmarks share: in-page timing and the plain statistics they print.
// (scripts/bench-ui.mjs: the whole table; scripts/bench-ab.mjs: two builds' page
// loads, interleaved.)

/** Resolves with performance.now() at the frame after `selector` exists (polled each frame). */
export const AFTER_FRAME = (selector) => new Promise((resolve) => {
  const check = () => {
    if (document.querySelector(selector)) {
      requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = () => resolve(performance.now()); ch.port2.postMessage(0); });
    } else requestAnimationFrame(check);
  };
  check();
});

/** What shows that a step is there, where its title is not enough (Goals: its first goal's field). */
export const READY = { goals: '.goal textarea' };

/** What shows that `slug`'s step is there. */
export const readyFor = (slug) => READY[slug] ?? '#step-title:not(:empty)';

/** The value at fraction `q` of the sorted values (p95: q = 0.95). */
export function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

/** The middle value; for an even count, the mean of the two middle values. */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** From the library: open the example plan; its address without the step. */
export async function openExamplePlan(page) {
  await page.getByRole('button', { name: 'Open an example plan to practise' }).click();
  await page.waitForURL(/\/welcome$/);
  return page.url().replace(/welcome$/, '');
}

/** From the library: import the large plan in `file` and open it; its address without the step. */
export async function importLargePlan(page, file) {
  await page.locator('#import-file').setInputFiles(file);
  await page.getByRole('button', { name: 'Add these plans' }).click();
  const link = page.locator('.plan-row:not(.saved-row) a.plan-open', { hasText: 'Large family' });
  await link.waitFor({ timeout: 60000 });
  await link.click();
  await page.waitForURL(/\/welcome$/);
  return page.url().replace(/welcome$/, '');
}
