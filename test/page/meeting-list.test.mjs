// <meeting-list> from the built dist/cdn file on a plain page under a strict Content-Security-Policy, driven by
// playwright-core in Debian's Chromium: one script tag, the agenda opened in place from meeting-agenda.js beside
// it, text reachable by read-aloud and translation (document TreeWalker and innerText), axe, 320 px.
// Run `node scripts/build.mjs --cdn-only` first (npm test does).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { axe, foreignRequests, installPageTools, launchChromium, openPage, startServer } from './helpers.mjs';

const PAGE = `<!doctype html>
<html lang="de">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Nächste Sitzungen – Seitentest</title>
    <script type="module" src="/dist/cdn/meeting-list.js"></script>
  </head>
  <body>
    <main>
      <h1>Ausschuss für Soziales</h1>
      <meeting-list organization="/sample/oparl/v1.1/organization/12" show="both" count="2"></meeting-list>
    </main>
  </body>
</html>`;

describe('<meeting-list> from dist/cdn on a plain page', () => {
  let server;
  let browser;
  before(async () => {
    server = await startServer({
      routes: {
        '/meeting-list.html': (_req, res) => {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'" });
          res.end(PAGE);
        },
      },
    });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens the page with the clock pinned to 23 Nov 2026 (the sample data's "today"). */
  async function open(options) {
    const opened = await openPage(browser, options);
    await opened.page.clock.setFixedTime(new Date('2026-11-23T10:00:00+01:00'));
    await installPageTools(opened.page, { early: true });
    await opened.page.goto(`${server.origin}/meeting-list.html`);
    await opened.page.locator('meeting-list li[part~="meeting"]').first().waitFor();
    return opened;
  }

  it('renders with one script tag, without console errors, CSP violations or requests elsewhere, and passes axe', async () => {
    const { page, context, problems, requests } = await open();
    const when = await page.locator('meeting-list [part~="when"]').allInnerTexts();
    assert.deepEqual(when, ['Mittwoch, 10. Februar 2027, 16:00 Uhr', 'Mittwoch, 16. September 2026, 16:00 bis 17:45 Uhr', 'Mittwoch, 30. März 2022, 16:00 bis 17:30 Uhr']);
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(problems, []);
    assert.deepEqual(foreignRequests(requests), []);
    await context.close();
  });

  it('reaches every visible word from the document (TreeWalker and innerText)', async () => {
    const { page, context } = await open();
    const results = await page.evaluate(() => window.pageTools.measureReach('meeting-list'));
    assert.ok(results.length === 1);
    for (const result of results) {
      assert.ok(result.visible >= 20, `words shown: ${result.visible}`);
      assert.ok(result.reached / result.visible >= 0.98, `${result.reached}/${result.visible} reached; missing ${result.missing.join(' ')}`);
      assert.ok(result.inInnerText / result.visible >= 0.98, `${result.inInnerText}/${result.visible} in innerText`);
    }
    await context.close();
  });

  it('opens the agenda in place from meeting-agenda.js beside it, only when asked', async () => {
    const { page, context, problems, requests } = await open();
    assert.equal(requests.some((url) => url.endsWith('/dist/cdn/meeting-agenda.js')), false);
    const toggle = page.locator('meeting-list .ml-toggle').first();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    const title = page.locator('meeting-list meeting-agenda [part~="title"]');
    await title.waitFor();
    assert.equal(await title.textContent(), 'Ausschuss für Soziales, Arbeit, Gesundheit und Senioren');
    assert.ok(requests.some((url) => url.endsWith('/dist/cdn/meeting-agenda.js')), 'meeting-agenda.js loaded');
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('works under a translator that replaces every text by <font><font>, also after a change of language', async () => {
    const { page, context, problems } = await open();
    await page.evaluate(() => {
      window.translator = window.pageTools.startTranslator({ observe: true });
    });
    await page.waitForFunction(() => document.querySelector('meeting-list [part~="when"] font'));
    assert.equal(await page.locator('meeting-list [part~="heading"]').first().innerText(), 'NÄCHSTE SITZUNGEN');
    // The place is an address: not translated.
    assert.equal(await page.locator('meeting-list [part~="place"] [translate="no"]').first().innerText(), 'Sitzungszimmer 1 (Raum 208), Friedrich-Ebert-Platz 2, 44623 Herne');
    // Opening the agenda in place still works on translated text, and the agenda's text is taken up too.
    await page.locator('meeting-list .ml-toggle').first().click();
    await page.waitForFunction(() => document.querySelector('meeting-list meeting-agenda [part~="title"]')?.innerText === 'AUSSCHUSS FÜR SOZIALES, ARBEIT, GESUNDHEIT UND SENIOREN');
    // New text replaces the translated text, never stands beside it.
    await page.evaluate(() => document.querySelector('meeting-list').setAttribute('lang', 'en'));
    await page.waitForFunction(() => document.querySelector('meeting-list [part~="heading"]')?.innerText === 'NEXT MEETINGS');
    const text = await page.locator('meeting-list').innerText();
    assert.equal(/NÄCHSTE SITZUNGEN|Nächste Sitzungen/.test(text), false);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('fits 320 px without sideways scrolling', async () => {
    const { page, context } = await open({ viewport: { width: 320, height: 640 } });
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, list: document.querySelector('meeting-list').scrollWidth }));
    assert.ok(widths.page <= 320, `page ${widths.page} px wide`);
    assert.ok(widths.list <= 320, `list ${widths.list} px wide`);
    await context.close();
  });
});
