// The npm build (dist/, run `npm run build` first; npm test builds only dist/cdn, so this runs when dist/ exists):
// importing the classes registers nothing, all.js registers every element, a partner can register a class
// under a tag of its own, and the ES modules work with lit as a dependency.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { launchChromium, openPage, startServer } from './helpers.mjs';

describe('dist/ for npm', { skip: existsSync('dist/index.js') ? false : 'dist/ is not built (npm run build)' }, () => {
  let server;
  let browser;
  before(async () => {
    server = await startServer({ csp: false });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('exports classes without side effects, registers everything from all.js, and renders under a tag of a partner', async () => {
    const { page, context, problems } = await openPage(browser);
    await page.goto(`${server.origin}/test/page/pages/npm-dist.html`);
    await page.waitForFunction(() => Array.isArray(window.__registered));
    assert.deepEqual(await page.evaluate(() => window.__classesOnly), []);
    assert.deepEqual(await page.evaluate(() => window.__registered), ['meeting-agenda', 'resolution-card', 'senior-service-finder', 'consent-banner', 'consent-gate', 'rat-tagesordnung']);
    const title = page.locator('rat-tagesordnung [part="title"]');
    await title.waitFor();
    assert.equal(await title.textContent(), 'Ausschuss für Soziales, Arbeit, Gesundheit und Senioren');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
