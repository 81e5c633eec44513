// Page-level: the built dist/cdn files on plain HTML pages under a strict Content-Security-Policy, driven
// by playwright-core in Debian's Chromium. Run `node scripts/build.mjs --cdn-only` first (npm test does).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { axe, foreignRequests, launchChromium, openPage, startServer } from './helpers.mjs';

describe('<meeting-agenda> from dist/cdn on a plain page', () => {
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

  /** Opens a page with the clock pinned to 23 Nov 2026 (the sample data's "today"). */
  async function open(path, options) {
    const opened = await openPage(browser, options);
    await opened.page.clock.setFixedTime(new Date('2026-11-23T10:00:00+01:00'));
    await opened.page.goto(`${server.origin}${path}`);
    return opened;
  }

  const title = (page) => page.locator('meeting-agenda [part="title"]').first();

  it('renders the agenda with one script tag, without console errors, CSP violations or requests elsewhere', async () => {
    const { page, context, problems, requests } = await open('/test/page/pages/agenda.html');
    await title(page).waitFor();
    assert.equal(await title(page).textContent(), 'Ausschuss für Soziales, Arbeit, Gesundheit und Senioren');
    assert.equal(await page.locator('meeting-agenda li[part="item"]').count(), 20);
    assert.match(await page.locator('meeting-agenda dl').innerText(), /Mittwoch, 8\. Dezember 2021, 16:00 bis 17:50 Uhr/);
    // Let the lazy chunks (paper chips, item links) load too.
    await page.locator('meeting-agenda a.ma-paper').first().waitFor();
    assert.deepEqual(problems, []);
    assert.deepEqual(foreignRequests(requests), []);
    await context.close();
  });

  it('passes axe', async () => {
    const { page, context } = await open('/test/page/pages/agenda.html');
    await title(page).waitFor();
    assert.deepEqual(await axe(page), []);
    await context.close();
  });

  it('runs two bundles on one page without an error, in English, on a committee', async () => {
    const { page, context, problems } = await open('/test/page/pages/agenda-two-bundles.html');
    await title(page).waitFor();
    assert.equal(await page.locator('meeting-agenda .ma-choice').textContent(), 'Next meeting');
    assert.match(await page.locator('meeting-agenda dl').innerText(), /Wednesday, 10 February 2027/);
    assert.deepEqual(problems, []);
    assert.deepEqual(await axe(page), []);
    await context.close();
  });

  it('downloads a calendar file in Europe/Berlin time', async () => {
    const { page, context, problems } = await open('/test/page/pages/agenda.html');
    await title(page).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'In den Kalender eintragen' }).click()]);
    assert.equal(download.suggestedFilename(), 'sitzung-2021-12-08-ausschuss-fuer-soziales-arbeit-gesundheit-und-senioren.ics');
    const chunks = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk);
    const text = Buffer.concat(chunks).toString('utf8');
    assert.match(text, /DTSTART;TZID=Europe\/Berlin:20211208T160000\r\n/);
    assert.match(text, /STATUS:CONFIRMED/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('opens at the item a link points to, and focuses it', async () => {
    const { page, context } = await open('/test/page/pages/agenda.html#top-oe-15');
    await title(page).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'top-oe-15');
    const box = await page.locator('meeting-agenda [id="top-oe-15"]').boundingBox();
    assert.ok(box && box.y < 400, 'the item is scrolled into view');
    await context.close();
  });

  it('is operable by keyboard alone: Tab reaches the actions and the item links', async () => {
    const { page, context } = await open('/test/page/pages/agenda.html');
    await title(page).waitFor();
    const names = [];
    for (let i = 0; i < 5; i += 1) {
      await page.keyboard.press('Tab');
      names.push(await page.evaluate(() => {
        const active = document.activeElement;
        return active?.getAttribute('aria-label') ?? active?.textContent?.trim();
      }));
    }
    assert.deepEqual(names.slice(0, 2), ['In den Kalender eintragen', 'Im Ratsinformationssystem öffnen']);
    assert.ok(names.includes('Link zu Tagesordnungspunkt Ö 1'), names.join(' | '));
    await context.close();
  });

  it('shows an error in plain German, not a broken page, when the endpoint fails', async () => {
    const { page, context } = await openPage(browser);
    await page.route('**/sample/oparl/v1.1/meeting/4711', (route) => route.fulfill({ status: 503, body: '{}', headers: { 'retry-after': '0' } }));
    await page.goto(`${server.origin}/test/page/pages/agenda.html`);
    const alert = page.locator('meeting-agenda [role="alert"]');
    await alert.waitFor();
    assert.match(await alert.innerText(), /Die Tagesordnung konnte nicht geladen werden\.[\s\S]*Fehler 503/);
    assert.ok(await page.getByRole('button', { name: 'Erneut versuchen' }).isVisible());
    assert.deepEqual(await axe(page), []);
    await context.close();
  });

  it('renders hostile endpoint data as inert text: no dialog, no script, no javascript: link', async () => {
    const { page, context, problems } = await openPage(browser);
    const payload = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    await page.route('**/sample/oparl/v1.1/meeting/4711', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          id: 'javascript:alert(3)',
          type: 'https://schema.oparl.org/1.1/Meeting',
          name: payload,
          web: 'javascript:alert(4)',
          agendaItem: [{ id: 'https://x.example/a/1', number: payload, name: payload, public: true, auxiliaryFile: [{ name: payload, accessUrl: 'javascript:alert(5)' }] }],
        }),
      }),
    );
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await page.goto(`${server.origin}/test/page/pages/agenda.html`);
    await title(page).waitFor();
    assert.equal(await title(page).textContent(), payload);
    assert.equal(await page.locator('meeting-agenda img, meeting-agenda script').count(), 0);
    assert.equal(await page.locator('meeting-agenda a[href^="javascript:"]').count(), 0);
    await page.waitForTimeout(200);
    assert.equal(dialogs, 0);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
