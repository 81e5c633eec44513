// Page-level: the embed builder (dist/cdn/configurator.html) under the strict Content-Security-Policy, driven
// by playwright-core in Debian's Chromium, from the sample OParl address to a copied tag that works when pasted
// into a blank page. Run `node scripts/build.mjs --cdn-only` first (npm test does).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { STRICT_CSP, axe, foreignRequests, launchChromium, openPage, startServer } from './helpers.mjs';

describe('embed builder (dist/cdn/configurator.html)', () => {
  let server;
  let browser;
  /** What the blank page at /blank.html shows: set by each test before it opens that page. */
  let pasted = '';
  before(async () => {
    server = await startServer({
      routes: {
        '/blank.html': (_req, res) => {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': STRICT_CSP });
          res.end(`<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Leere Seite</title></head><body><main><h1>Eingefügt</h1>\n${pasted}\n</main></body></html>`);
        },
        // A body with 10,000 meetings of one committee: 400 pages of 25, oldest first, as real servers sort.
        '/big/body': (req, res) => json(res, { id: `${origin(req)}/big/body`, type: 'https://schema.oparl.org/1.1/Body', name: 'Große Stadt', organization: `${origin(req)}/big/organizations` }),
        '/big/organizations': (req, res) => json(res, { data: [bigCommittee(req)], links: {} }),
        '/big/organization': (req, res) => json(res, bigCommittee(req)),
        '/big/meetings': (req, res, url) => {
          const page = Number(url.searchParams.get('page') ?? '1');
          const at = (n) => `${origin(req)}/big/meetings?page=${n}`;
          const data = Array.from({ length: 25 }, (_, index) => {
            const n = (page - 1) * 25 + index;
            // Every third day from 1945: the last page reaches into 2027.
            const start = new Date(Date.UTC(1945, 0, 1) + n * 3 * 86_400_000 + 14 * 3_600_000).toISOString();
            return { id: `${origin(req)}/big/meeting/${n}`, type: 'https://schema.oparl.org/1.1/Meeting', name: `Sitzung ${n}`, start };
          });
          json(res, { data, links: { first: at(1), self: at(page), last: at(400), ...(page > 1 ? { prev: at(page - 1) } : {}), ...(page < 400 ? { next: at(page + 1) } : {}) } });
        },
        // A body whose committee list fails: the address reads fine, the rest does not.
        '/broken-body/body': (req, res) => json(res, { id: `${origin(req)}/broken-body/body`, type: 'https://schema.oparl.org/1.1/Body', name: 'Stadt mit Störung', organization: `${origin(req)}/broken-body/organizations` }),
        '/broken-body/organizations': (_req, res) => {
          res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
          res.end('{"error":"Interner Fehler"}');
        },
        '/slow': () => {
          // Never answers: the builder's own time-out must end the wait.
        },
      },
    });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const origin = (req) => `http://${req.headers.host}`;
  const json = (res, body) => {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  };
  const bigCommittee = (req) => ({
    id: `${origin(req)}/big/organization`,
    type: 'https://schema.oparl.org/1.1/Organization',
    name: 'Ausschuss für Großes',
    classification: 'Ausschuss',
    meeting: `${origin(req)}/big/meetings`,
  });
  const SAMPLE_SYSTEM = '/sample/oparl/v1.1/system';

  /** Opens the builder with the clock pinned to the sample data's "today" and clipboard access. */
  async function open(query = `?oparl=${SAMPLE_SYSTEM}`, options = {}) {
    const opened = await openPage(browser, { permissions: ['clipboard-read', 'clipboard-write'], ...options });
    await opened.page.clock.setFixedTime(new Date('2026-11-23T10:00:00+01:00'));
    await opened.page.goto(`${server.origin}/dist/cdn/configurator.html${query}`);
    return opened;
  }

  const code = (page) => page.getByLabel('HTML-Code');
  const preview = (page) => page.getByRole('region', { name: 'Vorschau' });
  const text = async (locator) => (await locator.innerText()).replace(/\s+/g, ' ').trim();
  const optionTexts = (select) => select.locator('option').evaluateAll((options) => options.map((option) => option.textContent.trim()));

  /** Pastes `snippet` into the blank page and returns the element's visible text there. */
  async function pasteIntoBlankPage(snippet, selector, ready) {
    pasted = snippet;
    const blank = await openPage(browser);
    await blank.page.clock.setFixedTime(new Date('2026-11-23T10:00:00+01:00'));
    await blank.page.goto(`${server.origin}/blank.html`);
    await blank.page.locator(ready).first().waitFor();
    const shown = await text(blank.page.locator(selector));
    assert.deepEqual(blank.problems, []);
    assert.deepEqual(await axe(blank.page), []);
    await blank.context.close();
    return shown;
  }

  it('goes by keyboard from the sample system to the next meeting of a committee, copies the tag, and the pasted tag renders as the preview', async () => {
    const { page, context, problems, requests } = await open();
    const committee = page.getByLabel('Gremium', { exact: true });
    await page.getByLabel('Sitzung', { exact: true }).waitFor();
    assert.deepEqual(await committee.locator('optgroup').evaluateAll((groups) => groups.map((group) => group.label)), ['Rat', 'Ausschüsse', 'Bezirksvertretungen', 'Weitere']);
    assert.deepEqual(await axe(page), []);

    // Search, then choose with the arrow keys.
    await page.getByLabel('Gremium suchen').focus();
    await page.keyboard.type('sozial');
    assert.equal(await text(page.locator('#cfg-filter-count')), '3 Gremien');
    await page.keyboard.type(' arbeit');
    assert.equal(await text(page.locator('#cfg-filter-count')), '1 Gremium');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'cfg-organization');
    await page.keyboard.press('ArrowDown');
    assert.match(await committee.evaluate((select) => select.selectedOptions[0].textContent), /^Ausschuss für Soziales, Arbeit, Gesundheit und Senioren \(ASAGS\)$/);

    // Meetings: upcoming first, then past newest first, the cancelled one marked.
    const meeting = page.getByLabel('Sitzung', { exact: true });
    await page.waitForFunction(() => document.querySelector('#cfg-meeting optgroup')?.label === 'Anstehende Sitzungen');
    const meetings = await optionTexts(meeting);
    assert.match(meetings[0], /^Mi\., 10\.02\.2027, 16:00/);
    assert.match(meetings[1], /^Mi\., 16\.09\.2026, 16:00/);
    assert.equal(meetings.filter((label) => label.endsWith('– abgesagt')).length, 1);
    assert.match(meetings.find((label) => label.endsWith('– abgesagt')), /^Mi\., 16\.02\.2022/);

    const expected = `<script type="module" src="${server.origin}/dist/cdn/meeting-agenda.js"></script>\n<meeting-agenda organization="${server.origin}/sample/oparl/v1.1/organization/12"></meeting-agenda>`;
    await page.waitForFunction((want) => document.getElementById('cfg-code').value === want, expected);
    // The preview is the real element with the same attributes.
    await preview(page).locator('meeting-agenda [part="title"]').waitFor();
    const previewText = await text(preview(page).locator('meeting-agenda'));
    assert.match(previewText, /Ausschuss für Soziales, Arbeit, Gesundheit und Senioren/);

    await page.getByRole('button', { name: 'Code kopieren' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Der Code ist kopiert.' }).waitFor();
    const copied = await page.evaluate(() => window.navigator.clipboard.readText());
    assert.equal(copied, expected);
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(problems, []);
    assert.deepEqual(foreignRequests(requests), []);
    await context.close();

    assert.equal(await pasteIntoBlankPage(copied, 'meeting-agenda', 'meeting-agenda [part="title"]'), previewText);
  });

  it('makes a decision card from an agenda item of a chosen meeting; an agenda item address preselects it all', async () => {
    const { page, context, problems } = await open('?oparl=/sample/oparl/v1.1/agendaitem/20117');
    await page.getByLabel('Tagesordnungspunkt').waitFor();
    assert.equal(await page.getByLabel('Ein Beschluss').isChecked(), true);
    assert.match(await page.getByLabel('Tagesordnungspunkt').evaluate((select) => select.selectedOptions[0].textContent), /^Ö 4 .*geändert beschlossen/);
    const expected = `<script type="module" src="${server.origin}/dist/cdn/resolution-card.js"></script>\n<resolution-card src="${server.origin}/sample/oparl/v1.1/agendaitem/20117" heading-level="3"></resolution-card>`;
    await page.getByLabel('Überschriftenebene').fill('3');
    await page.getByLabel('Überschriftenebene').press('Tab');
    await page.waitForFunction((want) => document.getElementById('cfg-code').value === want, expected);
    await preview(page).locator('resolution-card [part="verdict"]').waitFor();
    assert.equal(await preview(page).locator('resolution-card').getAttribute('heading-level'), '3');
    const previewText = await text(preview(page).locator('resolution-card [part="verdict"]'));

    // "Diese Sitzung": the meeting the item belongs to.
    await page.getByLabel('Diese Sitzung').check();
    await page.waitForFunction((origin) => document.getElementById('cfg-code').value.includes(`<meeting-agenda src="${origin}/sample/oparl/v1.1/meeting/4711" heading-level="3">`), server.origin);
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(problems, []);
    await context.close();

    assert.equal(await pasteIntoBlankPage(expected, 'resolution-card [part="verdict"]', 'resolution-card [part="verdict"]'), previewText);
  });

  it('names what to check for each bad address, never hangs, and keeps the previous valid choice', async () => {
    const { page, context, problems } = await open('?oparl=/sample/oparl/v1.1/body/1&timeout=3');
    await page.getByLabel('Sitzung', { exact: true }).waitFor();
    await page.waitForFunction(() => document.getElementById('cfg-code').value.includes('<meeting-agenda organization='));
    const valid = await code(page).inputValue();
    const address = page.getByLabel('OParl-Adresse');
    await page.route('**/unreachable/**', (route) => route.abort('failed'));
    const cases = [
      ['ris.herne.example/oparl', /^Das ist keine vollständige Internetadresse/],
      ['/sample/oparl/v1.1/nothing', /^Unter dieser Adresse gibt es nichts \(HTTP 404\)/],
      ['/test/page/pages/agenda.html', /^Unter dieser Adresse steht eine Webseite/],
      ['/dist/cdn/custom-elements.json', /^Die Antwort ist kein OParl-Objekt/],
      ['/slow', /^Der Server hat nicht innerhalb von 3 Sekunden geantwortet/],
      [`${server.origin}/unreachable/oparl`, /CORS/],
      ['/broken-body/body', /^Der Server hat mit einem Fehler geantwortet \(HTTP 500\)/],
    ];
    for (const [input, message] of cases) {
      await address.fill(input);
      await address.press('Enter');
      const alert = page.locator('#cfg-oparl-problem');
      await alert.waitFor({ timeout: 8000 });
      assert.match(await text(alert), message, input);
      assert.equal(await address.getAttribute('aria-invalid'), 'true');
      assert.equal(await code(page).inputValue(), valid, `${input}: the previous code stays`);
      assert.deepEqual(await axe(page), [], input);
    }
    // The 404 and the blocked request are what the test asked for.
    assert.deepEqual(problems.filter((problem) => !/HTTP 404: .*nothing|unreachable|agenda\.html|HTTP 500: .*broken-body/.test(problem)), []);
    await context.close();
  });

  it('reads a committee with 10,000 meetings one page at a time, newest first, and older pages on request', async () => {
    const { page, context, problems } = await open('?oparl=/big/body');
    const meeting = page.getByLabel('Sitzung', { exact: true });
    await page.waitForFunction(() => document.querySelector('#cfg-meeting optgroup')?.label === 'Anstehende Sitzungen');
    // The preview's own <meeting-agenda> reads the same list: first its recently created meetings (created_since,
    // which this server ignores: it answers with page 1), then page 400 from the shared cache and 399 for a past meeting.
    const pagesRead = () => [...new Set(server.requests.filter((path) => path.startsWith('/big/meetings')))].sort();
    const before = await meeting.locator('option').count();
    assert.equal(before, 50);
    await page.getByRole('button', { name: 'Ältere Sitzungen laden' }).click();
    await page.waitForFunction((count) => document.querySelectorAll('#cfg-meeting option').length > count, before);
    assert.equal(await meeting.locator('option').count(), 75);
    assert.deepEqual(pagesRead(), ['/big/meetings', '/big/meetings?created_since=2025-07-11T00:00:00Z', '/big/meetings?page=399', '/big/meetings?page=400']);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('builds the finder with its options and a prepared link, and the consent banner from a form the banner validates', async () => {
    const { page, context, problems } = await open('?hsds=/sample/hsds/api/');
    await page.getByLabel('Angebote für ältere Menschen').check();
    await page.getByLabel('Karte anbieten').check();
    await page.getByLabel('Thema zum Start (für einen vorbereiteten Link)').selectOption('pflege');
    await page.getByLabel('Stadtteil zum Start').selectOption('wanne');
    await page.getByText('#thema=pflege&ort=wanne').waitFor();
    const finder = `<script type="module" src="${server.origin}/dist/cdn/senior-service-finder.js"></script>\n<senior-service-finder src="${server.origin}/sample/hsds/api/" map></senior-service-finder>`;
    await page.waitForFunction((want) => document.getElementById('cfg-code').value === want, finder);
    await preview(page).locator('senior-service-finder h2, senior-service-finder h3').first().waitFor();
    assert.deepEqual(await axe(page), []);

    await page.getByLabel('Cookie-Einstellungen').check();
    assert.equal(await code(page).inputValue(), '');
    assert.equal(await page.getByRole('button', { name: 'Code kopieren' }).isDisabled(), true);
    assert.match(await text(page.locator('#cfg-consent-check')), /^Link zur Datenschutzerklärung: „privacyUrl“ ist ungültig, erwartet: eine http\(s\)-Adresse$/);
    await page.getByLabel('Link zur Datenschutzerklärung').fill('https://www.herne.de/datenschutz');
    await page.getByLabel('Link zum Impressum').fill('https://www.herne.de/impressum');
    await page.getByLabel('Name', { exact: true }).fill('Matomo');
    await page.getByLabel('Zweck').fill('Zählt Besuche.');
    await page.getByLabel('Anbieter', { exact: true }).fill('Stadt Herne');
    await page.getByLabel('Übertragene Daten').fill('gekürzte IP-Adresse');
    await page.getByLabel('Cookies').fill('_pk_id*');
    assert.match(await text(page.locator('#cfg-consent-check')), /^Dienst 1, Cookies: „services\[0\]\.cookies“ ist ungültig/);
    await page.getByLabel('Cookies').fill('_pk_id*, 13 Monate');
    await page.getByLabel('Link zu den Datenschutzhinweisen des Anbieters').fill('https://www.herne.de/datenschutz#matomo');
    assert.equal(await text(page.locator('#cfg-consent-check')), 'Die Einstellungen sind gültig.');
    const consent = await code(page).inputValue();
    assert.match(consent, /^<script type="module" src="[^"]+\/dist\/cdn\/consent-banner\.js"><\/script>\n<consent-banner>\n {2}<script type="application\/json">\n\{/);
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(problems, []);
    await context.close();

    // Pasted, the banner accepts its configuration and asks.
    pasted = consent;
    const blank = await openPage(browser);
    await blank.page.goto(`${server.origin}/blank.html`);
    await blank.page.getByRole('dialog').waitFor();
    assert.equal(await blank.page.evaluate(() => document.querySelector('consent-banner').configError), undefined);
    assert.deepEqual(await blank.page.evaluate(() => document.querySelector('consent-banner').config.services.map((service) => service.id)), ['matomo']);
    assert.deepEqual(blank.problems, []);
    await blank.context.close();
  });

  it('at 200 % zoom of a 1280 × 720 window (640 × 360 CSS px at device scale 2) needs no sideways scrolling and stays operable', async () => {
    const { page, context } = await open(`?oparl=${SAMPLE_SYSTEM}`, { viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 });
    await page.getByLabel('Sitzung', { exact: true }).waitFor();
    await preview(page).locator('meeting-agenda [part="title"]').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 640);
    const copy = page.getByRole('button', { name: 'Code kopieren' });
    await copy.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: /kopiert/i }).waitFor();
    assert.deepEqual(await axe(page), []);
    await context.close();
  });

  it('fits 320 px without sideways scrolling, and offers English', async () => {
    const { page, context } = await open(`?oparl=${SAMPLE_SYSTEM}&lang=en`, { viewport: { width: 320, height: 800 } });
    await page.getByLabel('Meeting', { exact: true }).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Create an embed code' }).waitFor();
    await page.getByRole('region', { name: 'Preview' }).locator('meeting-agenda [part="title"]').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Copy code' }).isEnabled(), true);
    assert.deepEqual(await page.getByLabel('Committee', { exact: true }).locator('optgroup').evaluateAll((groups) => groups.map((group) => group.label)), ['Council', 'Committees', 'District councils', 'Others']);
    const wide = await page.evaluate(() => [...document.querySelectorAll('body *')].filter((element) => element.getBoundingClientRect().right > 320.5).map((element) => element.id || element.className || element.tagName));
    assert.deepEqual(wide, []);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 320);
    assert.deepEqual(await axe(page), []);
    await context.close();
  });
});
