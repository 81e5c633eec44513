// Issue 8: the agenda's and the card's text lives in the document's own tree, where read-aloud, page
// translation and text selection reach it; it survives tools that rewrite it; it keeps its look on a real CMS
// page; several widgets on one page do not clash. Built dist/cdn files under a strict CSP, in Chromium.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { axe, installPageTools, launchChromium, openPage, startServer } from './helpers.mjs';

describe('agenda and decision card: text for read-aloud and translation tools', () => {
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

  async function open(path, { viewport, routes } = {}) {
    const opened = await openPage(browser, viewport ? { viewport } : {});
    await opened.page.clock.setFixedTime(new Date('2026-11-23T10:00:00+01:00'));
    if (routes) await routes(opened.page);
    await installPageTools(opened.page, { early: true });
    await opened.page.goto(`${server.origin}${path}`);
    return opened;
  }

  const reach = (page, selector) => page.evaluate((s) => window.pageTools.measureReach(s), selector);
  function assertReached(results, minimumWords = 1) {
    assert.ok(results.length > 0, 'a widget to measure');
    for (const result of results) {
      assert.ok(result.visible >= minimumWords, `${result.tag} shows words (${result.visible})`);
      assert.ok(result.reached / result.visible >= 0.98, `${result.tag}: ${result.reached}/${result.visible} reached; missing ${result.missing.join(' ')}`);
      assert.ok(result.inInnerText / result.visible >= 0.98, `${result.tag}: ${result.inInnerText}/${result.visible} in innerText`);
    }
  }
  const cardText = (page) => page.locator('meeting-agenda resolution-card').first();

  it('reaches every visible word of the agenda, an opened decision and the card from the document', async () => {
    const { page, context, problems } = await open('/test/page/pages/resolution-card-with-agenda.html');
    await page.locator('meeting-agenda a.ma-paper').first().waitFor();
    await page.locator('resolution-card [part="decision"]').waitFor();
    assertReached(await reach(page, 'meeting-agenda, resolution-card'), 100);
    await page.getByRole('button', { name: 'Beschluss anzeigen zu TOP Ö 4', exact: true }).click();
    await cardText(page).locator('[part="decision"]').waitFor();
    const [agenda, card] = await reach(page, 'meeting-agenda, meeting-agenda resolution-card');
    assertReached([agenda, card], 20);
    // Selecting with the mouse: a triple click on the title selects its words, in the document's selection.
    await page.locator('meeting-agenda > * [part="title"]').first().click({ clickCount: 3 });
    assert.match(await page.evaluate(() => String(window.getSelection())), /Ausschuss für Soziales/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('reaches the loading and the error state, whose "Erneut versuchen" still works', async () => {
    let fail = true;
    let release;
    const held = new Promise((resolve) => (release = resolve));
    const { page, context } = await open('/test/page/pages/agenda.html', {
      routes: (page) =>
        page.route('**/sample/oparl/v1.1/meeting/4711', async (route) => {
          await held;
          if (fail) await route.fulfill({ status: 500, body: 'kaputt' });
          else await route.continue();
        }),
    });
    await page.locator('meeting-agenda [role="status"]').getByText('Die Tagesordnung wird geladen').waitFor();
    assertReached(await reach(page, 'meeting-agenda'), 3);
    release();
    await page.getByRole('alert').waitFor();
    assertReached(await reach(page, 'meeting-agenda'), 5);
    fail = false;
    await page.getByRole('button', { name: 'Erneut versuchen' }).click();
    await page.locator('meeting-agenda [part="title"]').waitFor();
    await context.close();
  });

  it('works under a translator that replaces every text by <font><font>, and translates what renders later', async () => {
    const { page, context, problems } = await open('/test/page/pages/agenda.html');
    await page.evaluate(() => {
      window.translator = window.pageTools.startTranslator({ observe: true });
    });
    const title = page.locator('meeting-agenda [part="title"]');
    await title.waitFor();
    await page.waitForFunction(() => document.querySelector('meeting-agenda [part="title"] font'));
    assert.equal(await title.innerText(), 'AUSSCHUSS FÜR SOZIALES, ARBEIT, GESUNDHEIT UND SENIOREN');
    // Open a decision: the card renders later, and the tool takes up its text.
    await page.getByRole('button', { name: 'BESCHLUSS ANZEIGEN ZU TOP Ö 4', exact: true }).click();
    const card = page.locator('meeting-agenda resolution-card');
    await card.locator('[part="decision"]').waitFor();
    await page.waitForFunction(() => {
      const decision = document.querySelector('meeting-agenda resolution-card [part="decision"]');
      return decision && decision.innerText.trim() !== '' && decision.innerText === decision.innerText.toUpperCase();
    });
    // Close it again: the card goes, the toggle says so, once.
    await page.getByRole('button', { name: 'BESCHLUSS AUSBLENDEN ZU TOP Ö 4', exact: true }).click();
    await card.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'BESCHLUSS ANZEIGEN ZU TOP Ö 4', exact: true }).waitFor();
    // A change of language renders new text in place of the translated text, never beside it.
    await page.evaluate(() => document.querySelector('meeting-agenda').setAttribute('lang', 'en'));
    await page.waitForFunction(() => /AGENDA/.test(document.querySelector('meeting-agenda [role="heading"][aria-level="3"]')?.innerText ?? ''));
    const text = await page.locator('meeting-agenda').innerText();
    assert.equal(await page.locator('meeting-agenda [role="heading"][id$="-agenda"]').innerText(), 'AGENDA');
    assert.equal(text.match(/AUSSCHUSS FÜR SOZIALES, ARBEIT, GESUNDHEIT UND SENIOREN/g)?.length, 1);
    // Codes are not translated.
    assert.equal(await page.locator('meeting-agenda [part="number"]').first().innerText(), 'Ö 1');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('works after a read-aloud tool wrapped every word in a <span>, and later text is plain again', async () => {
    const { page, context, problems } = await open('/test/page/pages/resolution-card-with-agenda.html');
    await page.locator('resolution-card [part="decision"]').first().waitFor();
    await page.locator('meeting-agenda a.ma-paper').first().waitFor();
    const words = await page.evaluate(() => window.pageTools.wrapWordsForReadAloud(document.body));
    assert.ok(words > 200, `${words} words wrapped`);
    const before = await page.locator('meeting-agenda').innerText();
    await page.getByRole('button', { name: 'Beschluss anzeigen zu TOP Ö 4', exact: true }).click();
    const opened = page.locator('meeting-agenda resolution-card [part="decision"]');
    await opened.waitFor();
    // The card's text came after the tool: plain text nodes, which the tool can take up again.
    assert.equal(await opened.locator('.hw-test-word').count(), 0);
    await page.getByRole('button', { name: 'Beschluss ausblenden zu TOP Ö 4', exact: true }).click();
    await page.locator('meeting-agenda resolution-card').waitFor({ state: 'detached' });
    const after = await page.locator('meeting-agenda').innerText();
    const times = (text, phrase) => text.split(phrase).length - 1;
    for (const phrase of ['Ausschuss für Soziales, Arbeit, Gesundheit und Senioren', 'Änderungsantrag der Fraktion Zukunft Herne zur Vorlage 2021/0790', 'Tagesordnung']) {
      assert.equal(times(after, phrase), times(before, phrase), `"${phrase}" neither lost nor doubled`);
    }
    // The standalone card's text toggle and copy buttons still work on wrapped words.
    const card = page.locator('main > resolution-card');
    const more = card.getByRole('button', { name: /Ganzen Text anzeigen|Mehr anzeigen/ });
    if (await more.count()) await more.click();
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('keeps its look on a Bootstrap 5.3 page with careless element rules, at 320 and 1280 px', async () => {
    for (const width of [320, 1280]) {
      const { page, context, problems } = await open('/test/page/pages/cms-bootstrap.html', { viewport: { width, height: 800 } });
      await page.locator('meeting-agenda li[part="item"]').first().waitFor();
      await page.locator('resolution-card [part="decision"]').waitFor();
      // The theme itself overflows at 320 px (content-box padding on Bootstrap's grid): the widgets add no width to it.
      const pageWidth = await page.evaluate(() => {
        const widgets = [...document.querySelectorAll('meeting-agenda, resolution-card')];
        const withWidgets = document.documentElement.scrollWidth;
        widgets.forEach((widget) => (widget.hidden = true));
        const without = document.documentElement.scrollWidth;
        widgets.forEach((widget) => (widget.hidden = false));
        const overflowing = widgets.filter((widget) => widget.scrollWidth > widget.clientWidth).map((widget) => widget.localName);
        return { withWidgets, without, overflowing };
      });
      assert.equal(pageWidth.withWidgets, pageWidth.without, `the widgets add no width at ${width} px`);
      assert.deepEqual(pageWidth.overflowing, [], `nothing sticks out of a widget at ${width} px`);
      const look = await page.evaluate(() => {
        const style = (selector, property) => window.getComputedStyle(document.querySelector(selector)).getPropertyValue(property);
        return {
          title: style('meeting-agenda [part="title"]', 'font-size'),
          titleCase: style('meeting-agenda [part="title"]', 'text-transform'),
          button: style('meeting-agenda [part="actions"] button', 'font-size'),
          buttonBackground: style('meeting-agenda [part="actions"] button', 'background-color'),
          filesList: style('meeting-agenda ul.ma-files', 'list-style-type'),
          filesMargin: style('meeting-agenda ul.ma-files', 'margin-left'),
          paragraph: style('resolution-card [part="decision"] p', 'font-size'),
          boxSizing: style('meeting-agenda li[part="item"]', 'box-sizing'),
          badge: style('meeting-agenda .ma-badge', 'color'),
        };
      });
      assert.equal(look.title, '24px');
      assert.equal(look.titleCase, 'none');
      assert.equal(look.button, '16px');
      assert.notEqual(look.buttonBackground, 'rgb(255, 255, 0)');
      assert.notEqual(look.filesList, 'square', 'the browser’s own bullets, not the theme’s');
      assert.equal(look.filesMargin, '0px');
      assert.ok(parseFloat(look.paragraph) >= 16, `the card's text keeps its size (${look.paragraph}), not the theme's 11 px`);
      assert.equal(look.boxSizing, 'border-box');
      assert.notEqual(look.badge, 'rgb(255, 255, 255)', 'Bootstrap’s .badge does not reach the status');
      assert.deepEqual(await axe(page), []);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  it('gives two agendas and two cards on one page unique ids, unique region names and their own deep links', async () => {
    const { page, context, problems } = await open('/test/page/pages/two-agendas.html');
    await page.locator('meeting-agenda').nth(0).locator('li[part="item"]').first().waitFor();
    await page.locator('meeting-agenda').nth(1).locator('li[part="item"]').first().waitFor();
    await page.locator('resolution-card [part="decision"]').nth(1).waitFor();
    const duplicates = await page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
      return ids.filter((id, index) => ids.indexOf(id) !== index);
    });
    assert.deepEqual(duplicates, []);
    assert.deepEqual(await axe(page), []);
    await page.evaluate(async () => {
      const { violations } = await window.axe.run(document, { runOnly: { type: 'rule', values: ['landmark-unique', 'duplicate-id-aria'] } });
      if (violations.length) throw new Error(violations.map((violation) => violation.id).join(', '));
    });
    // Enter on the second agenda's link to Ö 2 goes to the second agenda's item.
    const second = page.locator('meeting-agenda').nth(1);
    const link = second.getByRole('link', { name: 'Link to agenda item Ö 2' });
    assert.equal(await link.getAttribute('href'), '#top2-oe-2');
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'top2-oe-2');
    assert.equal(await page.evaluate(() => document.activeElement.closest('meeting-agenda') === document.querySelectorAll('meeting-agenda')[1]), true);
    assert.equal(await page.locator('meeting-agenda').first().locator('.ma-targeted').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
