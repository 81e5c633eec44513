/* global getComputedStyle */
// Page-level: <senior-service-finder> from dist/cdn on plain HTML pages under a strict Content-Security-Policy,
// driven by playwright-core in Debian's Chromium: rendering with its lazy chunks, axe on every screen, forced
// colours, 320 px, and no third-party request before the person asks for the map. Run
// `node scripts/build.mjs --cdn-only` first (npm test does).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { STRICT_CSP, axe, foreignRequests, launchChromium, openPage, startServer } from './helpers.mjs';

const NOW = new Date('2026-11-23T10:15:00+01:00');
/** A 1 × 1 transparent PNG, the answer to every tile request. */
const TILE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

describe('<senior-service-finder> from dist/cdn on a plain page', () => {
  let server;
  let mapServer;
  let noWorkerServer;
  let browser;
  before(async () => {
    server = await startServer();
    // A page that enables the map must allow its tile host for images.
    mapServer = await startServer({ csp: `${STRICT_CSP}; img-src 'self' http://tiles.invalid` });
    // A page whose CSP forbids workers: the finder does its data work on the page instead.
    noWorkerServer = await startServer({ csp: `${STRICT_CSP}; worker-src 'none'` });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await mapServer?.close();
    await noWorkerServer?.close();
  });

  async function open(path, { origin = server.origin, ...options } = {}) {
    const opened = await openPage(browser, options);
    await opened.page.clock.setFixedTime(NOW);
    await opened.page.goto(`${origin}${path}`);
    await opened.page.locator('senior-service-finder h2').first().waitFor();
    return opened;
  }

  const finder = (page) => page.locator('senior-service-finder');

  it('finds, opens and saves an offer with one script tag, without console errors, CSP violations or requests elsewhere', async () => {
    const { page, context, problems, requests } = await open('/test/page/pages/senior-service-finder.html');
    assert.equal(await finder(page).locator('h2').textContent(), 'Angebote für ältere Menschen in Herne');
    await finder(page).getByLabel('Suchbegriff').fill('Pflegegrad');
    await finder(page).getByRole('button', { name: 'Angebote anzeigen' }).click();
    await finder(page).locator('.ssf-card').first().waitFor();
    assert.match(await finder(page).locator('[id$="-count"]').textContent(), /^\d+ Angebote gefunden$/);
    assert.match(page.url(), /#suche=Pflegegrad$/);
    // Each card's hours line as the built file renders it: today, then " · " and the state, spaced as written.
    const hours = await finder(page).locator('.ssf-card .ssf-meta').evaluateAll((lines) => lines.map((line) => line.textContent.trim()).filter((text) => text.startsWith('Heute')));
    assert.ok(hours.length > 0);
    for (const line of hours) assert.match(line, /^Heute [^·]*\S · \S/, line);
    // The detail view loads when an offer opens.
    await finder(page).getByRole('link', { name: 'Pflegeberatung der Stadt Herne' }).click();
    await finder(page).locator('article.ssf-detail').waitFor();
    assert.match(await finder(page).getByRole('link', { name: /Anrufen/ }).getAttribute('href'), /^tel:\+492323/);
    await finder(page).getByRole('button', { name: /^Merken\s*: Pflegeberatung der Stadt Herne$/ }).click();
    const savedLink = finder(page).getByRole('link', { name: /Merkliste/ });
    assert.equal((await savedLink.textContent()).trim(), 'Merkliste (1)');
    // Its star is drawn (no symbol character for read-aloud to name, no font search for it).
    assert.equal(await savedLink.locator('svg[data-symbol="star-filled"][aria-hidden="true"]').count(), 1);
    assert.deepEqual(problems, []);
    assert.deepEqual(foreignRequests(requests), []);
    // The data work ran in the module worker (a file next to the bundle, allowed by default-src 'self'); the
    // page's fallback engine was not needed (issue 11).
    assert.ok(requests.some((url) => /\/assets\/finder\.worker-[\w-]+\.js$/.test(url)), 'the worker file loaded');
    assert.ok(!requests.some((url) => /\/chunks\/engine-/.test(url)), 'no fallback engine on the page');
    assert.ok(requests.some((url) => /\/chunks\/detail-/.test(url)), 'the detail chunk loaded');
    await context.close();
  });

  it('says when the detail view cannot load and loads it with "Erneut versuchen", focus on its heading', async () => {
    const { page, context } = await open('/test/page/pages/senior-service-finder.html');
    let refuse = true;
    const asked = [];
    await page.route(/\/dist\/cdn\/chunks\/detail-[\w-]+\.js(\?.*)?$/, (route) => {
      asked.push(route.request().url());
      return refuse ? route.abort('internetdisconnected') : route.continue();
    });
    await finder(page).locator('.ssf-tile', { hasText: 'Beratung' }).first().click();
    await finder(page).getByRole('link', { name: 'Pflegeberatung der Stadt Herne' }).click();
    const alert = finder(page).getByRole('alert');
    await alert.waitFor();
    assert.match((await alert.innerText()).replace(/\s+/g, ' ').trim(), /^Die Angebote konnten nicht geladen werden\. Der Server war nicht erreichbar\..*Erneut versuchen$/);
    assert.deepEqual(await axe(page), []);
    refuse = false;
    await alert.getByRole('button', { name: 'Erneut versuchen' }).click();
    const heading = finder(page).locator('article.ssf-detail h2');
    await heading.waitFor();
    assert.equal((await heading.textContent()).trim(), 'Pflegeberatung der Stadt Herne');
    assert.equal(await heading.evaluate((node) => node === document.activeElement), true, 'focus on the heading');
    // The second try asked the server again (a browser may keep the failed address: the try has a new one).
    assert.equal(asked.length, 2, asked.join(' '));
    await context.close();
  });

  it('passes axe on the start screen, the results, an offer and the Merkliste', async () => {
    const { page, context } = await open('/test/page/pages/senior-service-finder.html');
    assert.deepEqual(await axe(page), []);
    await finder(page).locator('.ssf-tile', { hasText: 'Beratung' }).first().click();
    await finder(page).locator('.ssf-card').first().waitFor();
    assert.deepEqual(await axe(page), []);
    await finder(page).locator('.ssf-card h4 a').first().click();
    await finder(page).locator('article.ssf-detail').waitFor();
    assert.deepEqual(await axe(page), []);
    await finder(page).getByRole('link', { name: /Merkliste/ }).click();
    await finder(page).locator('.ssf-saved').waitFor();
    assert.deepEqual(await axe(page), []);
    await context.close();
  });

  it('shows pressed filters in forced colours by a thick border and a check mark, and keeps focus visible', async () => {
    const { page, context } = await open('/test/page/pages/senior-service-finder.html#thema=pflege&filter=kostenlos', { forcedColors: 'active' });
    const pressed = finder(page).locator('.ssf-toggle[aria-pressed="true"]');
    await pressed.waitFor();
    assert.equal(await pressed.evaluate((node) => getComputedStyle(node).borderTopWidth), '4px');
    // The check mark is drawn in the text's forced colour.
    const check = pressed.locator('svg[data-symbol="check"]');
    assert.equal(await check.count(), 1);
    const drawn = await check.evaluate((node) => ({ stroke: getComputedStyle(node).stroke, color: getComputedStyle(node).color, width: node.getBoundingClientRect().width }));
    assert.equal(drawn.stroke, drawn.color);
    assert.ok(drawn.width >= 12, `check mark ${drawn.width} px wide`);
    await pressed.focus();
    assert.notEqual(await pressed.evaluate((node) => getComputedStyle(node).outlineStyle), 'none');
    assert.deepEqual(await axe(page), []);
    await context.close();
  });

  it('reflows at 320 px with the largest text', async () => {
    const { page, context } = await open('/test/page/pages/senior-service-finder.html#thema=beratung', { viewport: { width: 320, height: 640 } });
    await finder(page).getByRole('button', { name: /A\+\+/ }).click();
    await finder(page).locator('.ssf-card').first().waitFor();
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 320);
    await context.close();
  });

  it('requests no map tile until the person presses "Karte anzeigen"', async () => {
    const { page, context, problems } = await openPage(browser);
    const tiles = [];
    await page.route('http://tiles.invalid/**', (route) => {
      tiles.push(route.request().url());
      return route.fulfill({ status: 200, contentType: 'image/png', body: TILE });
    });
    await page.clock.setFixedTime(NOW);
    await page.goto(`${mapServer.origin}/test/page/pages/senior-service-finder-map.html#thema=beratung`);
    await finder(page).locator('.ssf-card').first().waitFor();
    await page.waitForTimeout(300);
    assert.deepEqual(tiles, []);
    await finder(page).getByRole('button', { name: 'Karte anzeigen' }).click();
    await finder(page).locator('.ssf-map .leaflet-marker-icon').first().waitFor();
    await page.waitForTimeout(300);
    assert.ok(tiles.length > 0, 'tiles load after the press');
    assert.equal(await finder(page).locator('.leaflet-control-attribution').textContent(), '© Beispielkarte');
    assert.deepEqual(problems, []);
    assert.deepEqual(await axe(page), []);
    await context.close();
  });

  it('works where the CSP forbids workers: the same screens, the data work done on the page in idle slices', async () => {
    const { page, context, problems, requests } = await open('/test/page/pages/senior-service-finder.html', { origin: noWorkerServer.origin });
    await finder(page).getByLabel('Suchbegriff').fill('Pflegegrad');
    await finder(page).getByRole('button', { name: 'Angebote anzeigen' }).click();
    await finder(page).locator('.ssf-card').first().waitFor();
    assert.match(await finder(page).locator('[id$="-count"]').textContent(), /^\d+ Angebote gefunden$/);
    assert.ok(requests.some((url) => /\/chunks\/engine-/.test(url)), 'the page engine loaded');
    // The blocked worker is the CSP's own report, nothing else went wrong.
    assert.deepEqual(
      problems.filter((problem) => !/worker-src/.test(problem)),
      [],
    );
    await context.close();
  });
});
