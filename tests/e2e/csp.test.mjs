// Issue 9: a strict page. The Content-Security-Policy allows the page's own three
// inline scripts (the base-path finder, the early read of a linked plan, the
// app's loader) by hash (scripts/csp-hashes.mjs), not 'unsafe-inline': an
// injected inline script and an event-handler attribute do not run.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, newPage, LibraryPage } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('injected inline scripts and event handlers are blocked; the app itself runs', async () => {
  const { page, context } = await newPage(browser, server);
  const library = new LibraryPage(page, server);
  await library.open(); // the app started: its own inline scripts were allowed
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
  assert.ok(!scriptSrc.includes("'unsafe-inline'"), scriptSrc);
  assert.equal((scriptSrc.match(/'sha256-/g) || []).length, 3, scriptSrc);
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injectedScript = true;';
    document.body.append(s);
    const img = document.createElement('img');
    img.setAttribute('onerror', 'window.__injectedHandler = true');
    img.src = 'data:image/png;base64,broken';
    document.body.append(img);
    const a = document.createElement('a');
    a.href = 'javascript:window.__injectedUrl = true';
    document.body.append(a);
    a.click();
  });
  await page.waitForTimeout(500);
  assert.deepEqual(await page.evaluate(() => [window.__injectedScript, window.__injectedHandler, window.__injectedUrl]), [undefined, undefined, undefined]);
  // The browser reported each refusal (and nothing else went wrong).
  assert.ok(page.errors.length >= 2 && page.errors.every((e) => /Content Security Policy/.test(e)), page.errors.join('\n'));
  await library.create('Strict page family');
  await context.close();
});
