// Issue 9: hostile text. Script payloads typed into a plan are shown as text on
// every screen they reach (editor, library, share page, the family view from
// the link, a saved copy, both printouts): no element or handler is made from
// them, and none runs, even before the Content-Security-Policy would stop it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, newPage, LibraryPage, MeetingPage, readText, allDrawn } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const PAYLOADS = [
  '<script>window.__xss = 1</script>',
  '<img src=x onerror="window.__xss = 2">',
  '"><svg onload="window.__xss = 3">',
  "'><iframe srcdoc=\"<script>parent.__xss = 4</script>\">",
  'javascript:window.__xss = 5',
  '<a href="javascript:window.__xss = 6">tap</a>',
  '{{constructor.constructor("window.__xss = 7")()}}',
  '<style>body{display:none}</style><b onmouseover="window.__xss = 8">x</b>',
  '&lt;script&gt;window.__xss = 9&lt;/script&gt;',
  '<details open ontoggle="window.__xss = 10">',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss = 11">',
  '\u202e<input autofocus onfocus="window.__xss = 12">',
];
const FIELDS = ['#family-name', '#meeting-purpose', '#meeting-place', '#meeting-facilitator'];

/** Nothing ran, nothing was made from the payloads: no handler attributes, no frames, no injected elements. */
async function clean(page, where) {
  const found = await page.evaluate(() => ({
    ran: window.__xss,
    handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName} ${a.name}`)),
    injected: document.querySelectorAll('body iframe, body script, body svg[onload], body img[src=x], body details[ontoggle], body math, body input[autofocus]').length,
  }));
  assert.deepEqual(found, { ran: undefined, handlers: [], injected: 0 }, where);
}

test('script payloads in a plan stay text on every screen', async () => {
  let screens = 0;
  for (let round = 0; round < PAYLOADS.length / FIELDS.length; round++) {
    const payloads = PAYLOADS.slice(round * FIELDS.length, (round + 1) * FIELDS.length);
    const { context, page } = await newPage(browser, server);
    const library = new LibraryPage(page, server);
    await library.open();
    await library.create(`Round ${round}`);
    for (const [i, field] of FIELDS.entries()) await page.locator(field).fill(payloads[i]);
    await new MeetingPage(page).saved();
    const base = page.url().replace(/welcome$/, '');
    const visit = async (url, ready) => {
      await page.goto(url);
      await ready();
      await allDrawn(page);
      await clean(page, `${url} (round ${round})`);
      screens++;
    };
    await visit(base + 'welcome', () => page.locator('#meeting-purpose').waitFor());
    assert.equal(await page.locator('#meeting-purpose').inputValue(), payloads[1]);
    await visit(server.url, () => library.rows().first().waitFor());
    assert.ok((await page.locator('.plan-row').first().innerText()).includes(payloads[0].trim()), 'the family name shows as text');
    await visit(base + 'share', () => page.locator('#share-url').waitFor());
    const link = await page.locator('#share-url').inputValue();
    await visit(base + 'print', () => page.locator('.print-document, main').first().waitFor());
    await visit(base + 'print-family', () => page.locator('.print-document, main').first().waitFor());
    await visit(link, () => page.locator('#save-to-phone').waitFor());
    assert.ok((await readText(page.locator('main'))).includes(payloads[1].trim()), 'the purpose shows as text in the family view');
    await page.locator('#save-to-phone').click();
    await page.getByText('Saved on this device ✓').waitFor();
    await visit(server.url, () => page.locator('.saved-row a').first().waitFor());
    await page.locator('.saved-row a').first().click();
    await page.locator('#remove-saved').waitFor();
    await allDrawn(page);
    await clean(page, `saved copy (round ${round})`);
    screens++;
    assert.deepEqual(page.outside, []);
    await context.close();
  }
  console.log(`hostile payloads: ${PAYLOADS.length} payloads in ${FIELDS.length} fields, ${screens} screens checked, 0 ran`);
});
