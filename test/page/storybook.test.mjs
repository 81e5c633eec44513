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

  it('shows each element in one group named by its tag, with story names in German spelling', () => {
    for (const tag of ['meeting-agenda', 'meeting-list', 'resolution-card', 'senior-service-finder', 'consent-banner', 'consent-gate']) {
      const groups = new Set(stories.filter((story) => story.title.includes(tag)).map((story) => story.title));
      assert.deepEqual([...groups], [tag]);
    }
    const names = stories.map((story) => story.name);
    assert.ok(names.includes('Zurückgezogen'), 'umlauts are kept in story names');
    assert.deepEqual(names.filter((name) => /ae|oe|ue/i.test(name)), [], 'no umlaut spelled out as ae, oe or ue');
  });

  it('has controls generated from dist/custom-elements.json, and the Herne look instead of Times', async () => {
    const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
    const declaration = manifest.modules.flatMap((module) => module.declarations ?? []).find((entry) => entry.tagName === 'meeting-agenda');
    const story = stories.find((entry) => entry.title === 'meeting-agenda');
    await page.goto(`${server.origin}/storybook-static/iframe.html?id=${story.id}&viewMode=story`);
    await page.waitForSelector('meeting-agenda', { state: 'attached' });
    const shown = await page.evaluate(async (id) => {
      const loaded = await window.__STORYBOOK_PREVIEW__.storyStoreValue.loadStory({ storyId: id });
      return {
        argTypes: Object.fromEntries(Object.entries(loaded.argTypes).map(([name, argType]) => [name, argType.description])),
        font: window.getComputedStyle(document.querySelector('meeting-agenda')).fontFamily,
      };
    }, story.id);
    for (const attribute of declaration.attributes) assert.equal(shown.argTypes[attribute.name], attribute.description, attribute.name);
    assert.doesNotMatch(shown.font, /times|(^|, )serif$/i);
    assert.match(shown.font, /sans-serif/);
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
