/* global getComputedStyle, NodeFilter */
// Page-level, issue 8: <senior-service-finder> from dist/cdn under a strict Content-Security-Policy, its text in
// the document's own tree (a TreeWalker and body.innerText reach it on every screen), still working while a
// page translator or a read-aloud tool rewrites its text, and keeping its look on a Bootstrap 5.3 page with a
// careless theme. Run `node scripts/build.mjs --cdn-only` first (npm test does).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { axe, installPageTools, launchChromium, openPage, startServer } from './helpers.mjs';

const NOW = new Date('2026-11-23T10:15:00+01:00');
const PAGE = '/test/page/pages/senior-service-finder.html';

describe('<senior-service-finder> text reachable by read-aloud and translation tools', () => {
  let server;
  let browser;
  before(async () => {
    server = await startServer();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path, options = {}) {
    const opened = await openPage(browser, options);
    await installPageTools(opened.page, { early: true });
    await opened.page.clock.setFixedTime(NOW);
    await opened.page.goto(`${server.origin}${path}`);
    await opened.page.locator('senior-service-finder h2').first().waitFor();
    return opened;
  }

  const finder = (page) => page.locator('senior-service-finder');

  /** Asserts that a document-level TreeWalker and body.innerText reach ≥ 98 % of the finder's visible words. */
  async function assertReached(page, screen) {
    const [reach] = await page.evaluate(() => window.pageTools.measureReach('senior-service-finder'));
    assert.ok(reach.visible > 3, `${screen}: the finder shows words (${reach.visible})`);
    assert.ok(reach.reached / reach.visible >= 0.98, `${screen}: TreeWalker reached ${reach.reached} of ${reach.visible}; missing ${reach.missing.join(' ')}`);
    assert.ok(reach.inInnerText / reach.visible >= 0.98, `${screen}: innerText holds ${reach.inInnerText} of ${reach.visible}`);
    return reach;
  }

  /** Search, filter, open an offer, go back: what a person does in the finder. Returns the opened offer's name. */
  async function operate(page) {
    await finder(page).getByLabel('Suchbegriff').fill('Beratung');
    await finder(page).getByRole('button', { name: /Angebote anzeigen/i }).click();
    await finder(page).locator('.ssf-card').first().waitFor();
    await finder(page).locator('.ssf-toggle:not([disabled])').first().click();
    await finder(page).locator('.ssf-toggle[aria-pressed="true"]').first().waitFor();
    await finder(page).locator('.ssf-card').first().waitFor();
    const link = finder(page).locator('.ssf-card h4 a').first();
    const name = (await link.textContent()).trim();
    await link.click();
    await finder(page).locator('article.ssf-detail').waitFor();
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
    const detail = await finder(page).locator('article.ssf-detail').evaluate((node) => node.textContent);
    await finder(page).getByRole('button', { name: /^Zurück$/i }).or(finder(page).getByRole('link', { name: /^Zurück$/i })).first().click();
    await finder(page).locator('.ssf-card').first().waitFor();
    return { name, detail };
  }

  it('reaches ≥ 98 % of the visible words on the start screen, the results, an offer and the error state', async () => {
    const { page, context, problems } = await open(PAGE);
    const figures = [await assertReached(page, 'start')];
    await finder(page).locator('.ssf-tile', { hasText: 'Beratung' }).first().click();
    await finder(page).locator('.ssf-card').first().waitFor();
    figures.push(await assertReached(page, 'results'));
    await finder(page).locator('.ssf-card h4 a').first().click();
    await finder(page).locator('article.ssf-detail').waitFor();
    figures.push(await assertReached(page, 'detail'));
    assert.deepEqual(problems, []);
    await context.close();

    const failing = await openPage(browser);
    await installPageTools(failing.page, { early: true });
    await failing.page.route('**/sample/hsds/services.json', (route) => route.fulfill({ status: 500, body: 'kaputt' }));
    await failing.page.goto(`${server.origin}${PAGE}`);
    await finder(failing.page).getByRole('button', { name: 'Erneut versuchen' }).waitFor();
    figures.push(await assertReached(failing.page, 'error'));
    await failing.context.close();
    console.log(`reach (reached/inInnerText/visible): ${figures.map((f) => `${f.reached}/${f.inInnerText}/${f.visible}`).join(', ')}`);
  });

  it('keeps working under a page translator that replaces text with <font>, and translates what renders later', async () => {
    const { page, context, problems } = await open(PAGE);
    await page.evaluate(() => {
      window.translator = window.pageTools.startTranslator({ observe: true });
    });
    const { name, detail } = await operate(page);
    await page.evaluate(() => window.translator.settled());
    assert.deepEqual(problems, []);
    // The offer's name shows once in the detail: rewritten nodes were not rendered over again beside new ones.
    const upper = name.toUpperCase();
    const inDetail = detail.split(upper).length - 1 + (upper === name ? 0 : detail.split(name).length - 1);
    assert.equal(inDetail, 1, `"${name}" once in the detail: ${detail.slice(0, 200)}`);
    // Text rendered after the tool started is translated too (upper case), the German original is gone.
    const heading = await finder(page).locator('[id$="-count"]').textContent();
    assert.match(heading, /ANGEBOT/);
    assert.doesNotMatch(heading, /Angebot/);
    await context.close();
  });

  it('keeps working after a read-aloud tool wrapped every word, and renders new text plain', async () => {
    const { page, context, problems } = await open(PAGE);
    const words = await page.evaluate(() => window.pageTools.wrapWordsForReadAloud(document.body));
    assert.ok(words > 10);
    const { name, detail } = await operate(page);
    assert.deepEqual(problems, []);
    assert.equal(detail.split(name).length - 1, 1, `"${name}" once in the detail`);
    assert.equal(await finder(page).locator('.ssf-results .hw-test-word').count(), 0, 'the results rendered later are plain text');
    await finder(page).locator('.ssf-card h4 a').first().click();
    await finder(page).locator('article.ssf-detail').waitFor();
    assert.equal(await finder(page).locator('article.ssf-detail .hw-test-word').count(), 0, 'the detail is plain text');
    await context.close();
  });

  for (const width of [320, 1280]) {
    it(`keeps its look at ${width} px on a page with Bootstrap 5.3 and careless element rules`, async () => {
      const { page, context, problems } = await open('/test/page/pages/finder-cms.html', { viewport: { width, height: 900 } });
      const check = async (screen) => {
        const report = await page.evaluate(() => {
          const host = document.querySelector('senior-service-finder');
          const small = [];
          for (const control of host.querySelectorAll('button, input, select, a[href]')) {
            if (!control.checkVisibility()) continue;
            const rect = control.getBoundingClientRect();
            // Links inside running text may be as tall as their line (WCAG 2.5.8 exception); every other control is a target.
            if (rect.width < 44 || rect.height < 44) small.push(`${control.localName}.${control.className} "${control.textContent.trim().slice(0, 30)}" ${Math.round(rect.width)}×${Math.round(rect.height)}`);
          }
          const tinyText = [];
          const walker = document.createTreeWalker(host, NodeFilter.SHOW_TEXT);
          for (let text = walker.nextNode(); text; text = walker.nextNode()) {
            const element = text.parentElement;
            if (!text.data.trim() || !element.checkVisibility() || element.closest('.hw-visually-hidden, .leaflet-container')) continue;
            const size = parseFloat(getComputedStyle(element).fontSize);
            if (size < 18) tinyText.push(`${element.localName}.${element.className} "${text.data.trim().slice(0, 30)}" ${size}px`);
          }
          const headings = [...host.querySelectorAll('h2, h3, h4')].map((heading) => {
            const style = getComputedStyle(heading);
            return { size: style.fontSize, transform: style.textTransform, colour: style.color };
          });
          return { small, tinyText, headings, scrollWidth: document.documentElement.scrollWidth };
        });
        assert.deepEqual(report.small, [], `${screen}: controls under 44 × 44 px`);
        assert.deepEqual(report.tinyText, [], `${screen}: text under 18 px`);
        for (const heading of report.headings) {
          assert.notEqual(heading.size, '44px', `${screen}: heading size from the theme`);
          assert.notEqual(heading.transform, 'uppercase', `${screen}: heading uppercase from the theme`);
          assert.notEqual(heading.colour, 'rgb(255, 0, 255)', `${screen}: heading magenta from the theme`);
        }
        assert.ok(report.scrollWidth <= width, `${screen}: no horizontal scrolling (${report.scrollWidth} px)`);
        assert.deepEqual(await axe(page), [], `${screen}: axe`);
      };
      await check('start');
      await finder(page).locator('.ssf-tile', { hasText: 'Beratung' }).first().click();
      await finder(page).locator('.ssf-card').first().waitFor();
      await check('results');
      await finder(page).locator('.ssf-card h4 a').first().click();
      await finder(page).locator('article.ssf-detail').waitFor();
      await check('detail');
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});
