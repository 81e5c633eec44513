// <consent-banner> in Chromium on the built dist/cdn files: what a first and a returning visitor load, how soon
// the question shows and a choice applies, and the layout shift (which must be 0). Figures, not tests; the
// page tests assert the shift. The page is served by page.route, so the bench needs no files of its own.
/* global PerformanceObserver, localStorage -- used inside the page (page.evaluate, addInitScript) */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const title = '<consent-banner>: first visit, returning visitor, layout shift';

const RUNS = 5;

const PAGE = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Bench</title>
<script type="module" src="/dist/cdn/consent-banner.js" blocking="render"></script></head><body>
<h1>Herne stellt sich vor</h1><p>Ein Absatz vor dem Video.</p>
<consent-gate service="youtube"><template><iframe width="560" height="315" title="Video" srcdoc="Video"></iframe></template></consent-gate>
<p>Ein Absatz nach dem Video.</p><consent-banner></consent-banner></body></html>`;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const gzip = (path) => gzipSync(readFileSync(path), { level: 9 }).length;

export async function run({ browser, origin, log }) {
  const context = await browser.newContext();
  await context.route(`${origin}/bench/consent`, (route) => route.fulfill({ contentType: 'text/html', body: PAGE }));
  await context.addInitScript(() => {
    window.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.layoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });

  const visit = async ({ returning }) => {
    if (!returning) await context.clearCookies();
    const page = await context.newPage();
    const scripts = [];
    page.on('requestfinished', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    if (!returning) await page.addInitScript(() => localStorage.clear());
    await page.goto(`${origin}/bench/consent`);
    const shown = returning
      ? await page.waitForFunction(() => document.querySelector('consent-gate iframe') && performance.now())
      : await page.waitForFunction(() => document.querySelector('consent-banner > dialog[open]') && performance.now());
    const milliseconds = await shown.jsonValue();
    if (!returning) {
      await page.locator('consent-banner').getByRole('button', { name: 'Alle akzeptieren' }).click();
      await page.locator('consent-gate iframe').waitFor();
    }
    await page.waitForTimeout(200);
    const shift = await page.evaluate(() => window.layoutShift);
    await page.close();
    return { milliseconds, shift, scripts };
  };

  const first = [];
  const returning = [];
  for (let i = 0; i < RUNS; i += 1) {
    first.push(await visit({ returning: false }));
    returning.push(await visit({ returning: true }));
  }
  await context.close();

  const bytes = (paths) => paths.reduce((sum, path) => sum + gzip(`.${path}`), 0);
  log(`first visit:     dialog shown after ${median(first.map((entry) => entry.milliseconds)).toFixed(0)} ms (median of ${RUNS}); loads ${first[0].scripts.length} files, ${bytes(first[0].scripts).toLocaleString('en-US')} B gzip`);
  log(`returning visit: video shown after ${median(returning.map((entry) => entry.milliseconds)).toFixed(0)} ms; loads ${returning[0].scripts.length} file, ${bytes(returning[0].scripts).toLocaleString('en-US')} B gzip`);
  log(`layout shift:    ${Math.max(...first.map((entry) => entry.shift), ...returning.map((entry) => entry.shift))} (largest of all runs, budget 0)`);
}
