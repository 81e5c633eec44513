// Page-level: the built dist/cdn/resolution-card.js on plain HTML pages under a strict Content-Security-Policy,
// driven by playwright-core in Debian's Chromium. Run `node scripts/build.mjs --cdn-only` first (npm test does).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { axe, foreignRequests, launchChromium, openPage, startServer } from './helpers.mjs';

describe('<resolution-card> from dist/cdn on a plain page', () => {
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

  /** Opens a page with the clock pinned to 23 Nov 2026 and waits until every card has settled. */
  async function open(path, options) {
    const opened = await openPage(browser, options);
    await opened.page.clock.setFixedTime(new Date('2026-11-23T10:00:00+01:00'));
    await opened.page.addInitScript(() => {
      window.__settled = 0;
      document.addEventListener('resolution-settled', () => (window.__settled += 1));
    });
    await opened.page.goto(`${server.origin}${path}`);
    await opened.page.waitForFunction(() => window.__settled >= document.querySelectorAll('resolution-card').length);
    return opened;
  }

  const card = (page) => page.locator('resolution-card');
  // What a person sees: innerText separates paragraphs, which textContent runs together.
  const text = async (locator) => (await locator.innerText()).replace(/\s+/g, ' ').trim();

  it('renders a decision with one script tag, without console errors, CSP violations or requests elsewhere, and passes axe', async () => {
    const { page, context, problems, requests } = await open('/test/page/pages/resolution-card.html');
    assert.equal(await text(card(page).locator('[part="verdict"]')), '✓ Geändert beschlossen');
    assert.equal(await text(card(page).locator('.rc-what-next p')), 'Die Beratung ist abgeschlossen: Geändert beschlossen – Ausschuss für Soziales, Arbeit, Gesundheit und Senioren, 08.12.2021.');
    assert.deepEqual(problems, []);
    assert.deepEqual(foreignRequests(requests), []);
    assert.deepEqual(await axe(page), []);
    await context.close();
  });

  it('shows a note where the parts after the decision would be when their code cannot load (offline)', async () => {
    const opened = await openPage(browser);
    const { page, context, problems } = opened;
    await page.route(/\/dist\/cdn\/chunks\/details-[\w-]+\.js$/, (route) => route.abort('internetdisconnected'));
    await page.addInitScript(() => {
      window.__settled = [];
      document.addEventListener('resolution-settled', (event) => window.__settled.push(event.unavailable));
    });
    await page.goto(`${server.origin}/test/page/pages/resolution-card.html`);
    await page.waitForFunction(() => window.__settled.length > 0);
    assert.deepEqual(await page.evaluate(() => window.__settled), [1]);
    assert.equal(await text(card(page).locator('[part="verdict"]')), '✓ Geändert beschlossen');
    assert.equal(await card(page).locator('.rc-counts li').count(), 3);
    assert.equal(await text(card(page).locator('[part="base"] > .rc-note')), 'Sitzung, Vorlage, Beratungsfolge und Zitat konnten nicht geladen werden.');
    assert.equal(await card(page).locator('[part="paper"], [part="timeline"], [part="citation"]').count(), 0);
    assert.deepEqual(problems, []);
    assert.deepEqual(await axe(page), []);
    await context.close();
  });

  it('offers to try again when the code that reads the answer cannot load, and then renders', async () => {
    const opened = await openPage(browser);
    const { page, context } = opened;
    let refuse = true;
    await page.route(/\/dist\/cdn\/chunks\/read-[\w-]+\.js$/, (route) => (refuse ? route.abort('internetdisconnected') : route.continue()));
    await page.goto(`${server.origin}/test/page/pages/resolution-card.html`);
    const alert = card(page).locator('[role="alert"]');
    await alert.waitFor();
    assert.match(await text(alert), /^Der Beschluss konnte nicht geladen werden\. Der Server war nicht erreichbar\./);
    refuse = false;
    await alert.locator('button').click();
    await card(page).locator('[part="verdict"]').waitFor();
    assert.equal(await text(card(page).locator('[part="verdict"]')), '✓ Geändert beschlossen');
    // The parts after the decision come from a chunk that imports the reader's chunk. A browser that keeps a
    // failed module fetch for the page's life (Chromium 150) fails it with the reader's old address, and the
    // card says so; one that asks again (Chromium 156) shows them.
    const after = card(page).locator('[part="timeline"]').or(card(page).getByText('Sitzung, Vorlage, Beratungsfolge und Zitat konnten nicht geladen werden.'));
    await after.first().waitFor();
    await context.close();
  });

  it('keeps the vote bar and its legend in forced colours, in distinct system colours', async () => {
    const { page, context } = await open('/test/page/pages/resolution-card.html');
    await page.emulateMedia({ forcedColors: 'active' });
    const colours = await card(page).evaluate((element) => {
      const style = (selector, property) => window.getComputedStyle(element.querySelector(selector)).getPropertyValue(property);
      return {
        adjust: style('svg.rc-bar', 'forced-color-adjust'),
        yes: style('svg.rc-bar > rect.rc-yes', 'fill'),
        abstain: style('svg.rc-bar > rect.rc-abstain', 'fill'),
        hatch: style('svg.rc-bar .rc-hatch', 'fill'),
        noFill: element.querySelector('svg.rc-bar > rect.rc-no').getAttribute('fill'),
        swatches: [...element.querySelectorAll('.rc-swatch')].map((swatch) => window.getComputedStyle(swatch).backgroundImage + window.getComputedStyle(swatch).backgroundColor),
      };
    });
    assert.equal(colours.adjust, 'none');
    assert.match(colours.noFill, /^url\(#hw\d+-hatch-0\)$/);
    assert.equal(new Set([colours.yes, colours.abstain, colours.hatch]).size, 3, JSON.stringify(colours));
    assert.equal(new Set(colours.swatches).size, 3, JSON.stringify(colours.swatches));
    assert.deepEqual(await axe(page), []);
    await context.close();
  });

  it('reflows at 320 px (400 % zoom of 1280 px) without horizontal scrolling', async () => {
    const { page, context } = await open('/test/page/pages/resolution-card.html', { viewport: { width: 320, height: 800 } });
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.querySelector('resolution-card').scrollWidth]);
    assert.ok(widths.every((width) => width <= 320), `widths ${widths}`);
    await context.close();
  });

  it('shares requests with <meeting-agenda> on the same page: the meeting and committee are fetched once', async () => {
    const before = server.requests.length;
    const { page, context, problems } = await open('/test/page/pages/resolution-card-with-agenda.html');
    await page.locator('meeting-agenda [part="title"]').first().waitFor();
    await page.waitForLoadState('networkidle');
    const oparl = server.requests.slice(before).filter((path) => path.startsWith('/sample/oparl/'));
    const twice = oparl.filter((path, index) => oparl.indexOf(path) !== index);
    assert.deepEqual(twice, []);
    assert.equal(oparl.filter((path) => path.endsWith('/meeting/4711')).length, 1);
    assert.deepEqual(problems, []);
    assert.deepEqual(await axe(page), []);
    await context.close();
  });
});
