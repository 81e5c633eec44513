// Page-level: <meeting-agenda> and <resolution-card> (built dist/cdn) reading a mirror of the sample RIS, served
// as static files from the output folder on 127.0.0.1 under a strict CSP. Run `node scripts/build.mjs --cdn-only` first.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { mirror } from '../../mirror/mirror.mjs';
import { mirrorPath } from '../../mirror/paths.mjs';
import { STRICT_CSP, launchChromium, openPage, startServer, withMirrorFolder } from '../page/helpers.mjs';

describe('<meeting-agenda> and <resolution-card> on the mirror', () => {
  let server;
  let browser;
  let out;
  let base;
  before(async () => {
    out = await mkdtemp(join(tmpdir(), 'herne-mirror-page-'));
    const routes = {};
    server = await startServer({ routes: withMirrorFolder(routes, out) });
    base = `${server.origin}/mirror/`;
    const page = (element) => async (req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': STRICT_CSP });
      res.end(`<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Spiegel</title>
<script type="module" src="/dist/cdn/${element.tag}.js"></script></head>
<body><main><h1>Spiegel</h1><${element.tag} src="${element.src}"></${element.tag}></main></body></html>`);
    };
    const ris = (path) => `${server.origin}/sample/oparl/v1.1/${path}`;
    routes['/agenda-on-mirror.html'] = page({ tag: 'meeting-agenda', src: base + mirrorPath(ris('meeting/4711')) });
    routes['/card-on-mirror.html'] = page({ tag: 'resolution-card', src: base + mirrorPath(ris('agendaitem/20117')) });
    const summary = await mirror({ from: `${server.origin}/sample/oparl/v1.1/system`, out, base });
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
    return opened;
  }
  const text = (value) => (value ?? '').replace(/\s+/g, ' ').trim();
  const risRequests = (requests) => requests.filter((url) => url.startsWith(`${server.origin}/sample/`));

  it('shows the agenda read from the mirror, without asking the RIS', async () => {
    const { page, context, problems, requests } = await open('/agenda-on-mirror.html');
    await page.waitForFunction(() => document.querySelector('meeting-agenda')?.textContent?.includes('Förderrichtlinie für die ZWAR-Netzwerke'), undefined, { timeout: 15_000 });
    const shown = text(await page.locator('meeting-agenda').textContent());
    assert.match(shown, /Ausschuss für Soziales, Arbeit, Gesundheit und Senioren/);
    assert.match(shown, /Förderrichtlinie für die ZWAR-Netzwerke in Herne/);
    assert.match(text(await page.locator('meeting-agenda').innerText()), /Mittwoch, 8\. Dezember 2021, 16:00 bis 17:50 Uhr/);
    assert.deepEqual(risRequests(requests), []);
    assert.ok(requests.some((url) => url.startsWith(base)));
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('shows the decision card read from the mirror, without asking the RIS', async () => {
    const { page, context, problems, requests } = await open('/card-on-mirror.html');
    await page.waitForFunction(() => /beschlossen/i.test(document.querySelector('resolution-card')?.textContent ?? ''), undefined, { timeout: 15_000 });
    const shown = text(await page.locator('resolution-card').textContent());
    assert.match(shown, /Geändert beschlossen/);
    assert.match(shown, /Förderrichtlinie für die ZWAR-Netzwerke/);
    assert.deepEqual(risRequests(requests), []);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
