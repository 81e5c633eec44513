// Every story of the built Storybook (storybook-static/, built by `npm run build-storybook`; built here if
// missing) renders without an uncaught exception and passes axe: every state of every element, on the
// stories' local fixtures.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { axe, launchChromium, startServer } from './helpers.mjs';

if (!existsSync('storybook-static/index.json')) {
  const built = spawnSync('npx', ['storybook', 'build', '-o', 'storybook-static', '--quiet'], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('storybook build failed');
}
const { entries } = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
const stories = Object.values(entries).filter((entry) => entry.type === 'story');

describe('Storybook stories', () => {
  let server;
  let browser;
  let page;
  const errors = [];
  before(async () => {
    server = await startServer({ csp: false });
    browser = await launchChromium();
    const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('has stories for every element', () => {
    const titles = new Set(stories.map((story) => story.title));
    assert.ok(stories.length > 0);
    for (const tag of ['meeting-agenda']) assert.ok([...titles].some((title) => title.endsWith(tag)), `no stories for <${tag}>`);
  });

  for (const story of stories) {
    it(`${story.title} › ${story.name}: renders and passes axe`, async () => {
      errors.length = 0;
      await page.goto(`${server.origin}/storybook-static/iframe.html?id=${story.id}&viewMode=story`);
      await page.waitForSelector('#storybook-root > *, #root-inner > *', { state: 'attached' });
      // Give the widget time to load its local data (or to show its error).
      await page.waitForTimeout(800);
      // What the story shows: its text, in the document's own tree since the widgets render into the light DOM
      // (a returning visitor's consent banner shows nothing itself; its story's page says what is allowed).
      const rendered = await page.evaluate(() => document.querySelector('#storybook-root').innerText.replace(/\s+/g, ' ').trim().length);
      assert.ok(rendered > 0, 'the widget rendered no text');
      assert.deepEqual(errors, []);
      assert.deepEqual(await axe(page, '#storybook-root'), []);
    });
  }
});
