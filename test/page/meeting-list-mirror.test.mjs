// Page-level: <meeting-list> (built dist/cdn) on the index files a real mirror run of the sample RIS writes
// (issue 15's contract), served as static files on 127.0.0.1 under a strict CSP. Run `node scripts/build.mjs
// --cdn-only` first.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { mirror } from '../../mirror/mirror.mjs';
import { STRICT_CSP, axe, foreignRequests, launchChromium, openPage, startServer, withMirrorFolder } from './helpers.mjs';

describe('<meeting-list> on the mirror index files', () => {
  let server;
  let browser;
  let out;
  let base;
  before(async () => {
    out = await mkdtemp(join(tmpdir(), 'herne-mirror-list-'));
    const routes = {};
    server = await startServer({ routes: withMirrorFolder(routes, out) });
    base = `${server.origin}/mirror/`;
    const page = (attributes) => async (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': STRICT_CSP });
      res.end(`<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Spiegel</title>
<script type="module" src="/dist/cdn/meeting-list.js"></script></head>
<body><main><h1>Sitzungen</h1><meeting-list ${attributes}></meeting-list></main></body></html>`);
    };
    routes['/committee.html'] = page(`src="${base}herne-widgets/organizations/12/upcoming.json" show="both" count="2"`);
    routes['/council.html'] = page(`src="${base}herne-widgets/body/upcoming.json"`);
    // The mirror runs "today" as the sample data reads (23 Nov 2026), as the page's clock does.
    const summary = await mirror({ from: `${server.origin}/sample/oparl/v1.1/system`, out, base, now: new Date('2026-11-23T10:00:00+01:00') });
    assert.equal(summary.errors, 0);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await rm(out, { recursive: true, force: true });
  });


  async function open(path) {
    const opened = await openPage(browser);
    await opened.page.clock.setFixedTime(new Date('2026-11-23T10:00:00+01:00'));
    await opened.page.goto(`${server.origin}${path}`);
    await opened.page.locator('meeting-list li[part~="meeting"]').first().waitFor();
    return opened;
  }

  it("shows a committee's next and past meetings with its name, and offers the mirror's feed", async () => {
    const { page, context, problems, requests } = await open('/committee.html');
    assert.deepEqual(await page.locator('meeting-list [part~="when"]').allInnerTexts(), [
      'Mittwoch, 10. Februar 2027, 16:00 Uhr',
      'Mittwoch, 16. September 2026, 16:00 bis 17:45 Uhr',
      'Mittwoch, 30. März 2022, 16:00 bis 17:30 Uhr',
    ]);
    assert.equal(await page.locator('meeting-list [part~="committee"]').first().innerText(), 'Ausschuss für Soziales, Arbeit, Gesundheit und Senioren');
    const subscribe = page.locator('meeting-list [part~="calendar"] a').first();
    assert.equal(await subscribe.getAttribute('href'), `${base.replace(/^http:/, 'webcal:')}herne-widgets/organizations/12/meetings.ics`);
    // Everything came from the mirror (and the page's own files), nothing from the RIS.
    assert.deepEqual(requests.filter((url) => url.startsWith(`${server.origin}/sample/`)), []);
    assert.deepEqual(foreignRequests(requests), []);
    assert.deepEqual(problems, []);
    assert.deepEqual(await axe(page), []);
    await context.close();
  });

  it("shows the council's next meetings from the body's index", async () => {
    const { page, context, problems } = await open('/council.html');
    assert.deepEqual(await page.locator('meeting-list [part~="committee"]').allInnerTexts(), ['Ausschuss für Soziales, Arbeit, Gesundheit und Senioren', 'Rat der Stadt Herne']);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
