// Issue 8: per element, the share of its visible words that a TreeWalker over `document` reaches (what
// read-aloud and translation tools read) and that `document.body.innerText` holds. Target: 100 %. The consent
// dialog's two layers are measured by its page tests (test/page/consent-banner.test.mjs), on their templated page.
import { installPageTools } from '../test/page/helpers.mjs';

export const title = 'Text reachable by read-aloud and translation tools (target 100 %)';

const pages = [
  ['/test/page/pages/resolution-card-with-agenda.html', 'meeting-agenda, main > resolution-card', 'meeting-agenda [part="title"]'],
  ['/test/page/pages/senior-service-finder.html', 'senior-service-finder', 'senior-service-finder button'],
];

export async function run({ browser, origin, log }) {
  for (const [path, selector, ready] of pages) {
    const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2026-11-23T10:00:00+01:00'));
    await installPageTools(page, { early: true });
    await page.goto(`${origin}${path}`);
    await page.locator(ready).first().waitFor();
    await page.waitForTimeout(500);
    const results = await page.evaluate((s) => window.pageTools.measureReach(s), selector);
    for (const { tag, visible, reached, inInnerText } of results) {
      const share = (count) => `${((100 * count) / Math.max(visible, 1)).toFixed(1)} %`;
      log(`${tag.padEnd(22)} ${String(visible).padStart(4)} visible words: ${share(reached)} reached by a document TreeWalker, ${share(inInnerText)} in innerText`);
    }
    await context.close();
  }
}
