// Page-level tests of <consent-banner> and <consent-gate>: the built dist/cdn files on a herne.de-like page
// (test/page/pages/consent.html) under a strict CSP with a nonce, in Chromium. The third parties are stand-ins
// on other local origins: 127.0.0.2 for YouTube, ReadSpeaker and Google Translate (nothing may reach it
// without consent), 127.0.0.3 for eTracker (its cookie-free counting runs without consent, as the issue asks;
// consent only lets it set cookies). Run `node scripts/build.mjs --cdn-only` first.
/* global PerformanceObserver, getComputedStyle, innerWidth, innerHeight, location, DOMException, Document, Navigator -- used inside the page */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { measureReach, startTranslator, wrapWordsForReadAloud } from '../helpers/page-tools.mjs';
import { ROOT, axe, launchChromium, openPage, startServer } from './helpers.mjs';

const NONCE = 'bm9uY2UtaGVybmU';
const DAY = 864e5;

let browser;
let site;
let third;
let etracker;
const beacons = [];

/** The stand-ins of the third parties. Each request is recorded by the server and by the page. */
const thirdPartyRoutes = {
  '/youtube/embed/herne': (req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>YouTube</title><body style="margin:0;background:#000;color:#fff">Video</body>');
  },
  '/readspeaker/webReader.js': (req, res) => {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    // Like the real one: it runs in the page and sets a first-party cookie.
    res.end("window.ReadSpeakerLoaded = true; try { document.cookie = '_rspkrLoadCore=1; path=/'; } catch {}");
  },
  '/translate/element.js': (req, res) => {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    res.end(`window.google = { translate: { TranslateElement: function (options, id) {
        document.getElementById(id).textContent = 'Google Übersetzer (' + options.pageLanguage + ')';
        try { document.cookie = 'googtrans=/de/en; path=/'; } catch {}
      } } };
      window[new URL(document.currentScript.src).searchParams.get('cb')]();`);
  },
};

const etrackerRoutes = {
  '/code/e.js': (req, res) => {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    // eTracker's API as the adapter uses it; cookies only after enableCookies().
    res.end(`window.etrackerCalls = [];
      window._etracker = {
        enableCookies(domain) { etrackerCalls.push('enable ' + domain); document.cookie = '_et_coid=e7; path=/'; document.cookie = 'et_allow_cookies=1; path=/'; },
        disableCookies(domain) { etrackerCalls.push('disable ' + domain); document.cookie = 'et_allow_cookies=; max-age=0; path=/'; },
        areCookiesEnabled() { return document.cookie.includes('et_allow_cookies=1'); },
      };`);
  },
};

const template = await readFile(new URL('./pages/consent.html', import.meta.url), 'utf8');

/** The page with a configuration (undefined: the built-in one; or at `configUrl`) and a language. */
function page({ config, configUrl, lang = 'de', bundle = 'consent-banner.js', careless = false } = {}) {
  return (req, res) => {
    const json = config ? `<script type="application/json">${JSON.stringify(config)}</script>` : '';
    const html = template
      .replaceAll('{{THIRD}}', third.origin)
      .replaceAll('{{ETRACKER}}', etracker.origin)
      .replaceAll('{{NONCE}}', NONCE)
      .replaceAll('{{LANG}}', lang)
      .replaceAll('{{BUNDLE}}', bundle)
      .replace('{{CONFIG}}', json)
      .replace('{{BANNER_ATTRIBUTES}}', configUrl ? ` config="${configUrl}"` : '')
      .replace(
        '<link rel="stylesheet" href="/test/page/pages/consent.css" />',
        careless
          ? '<link rel="stylesheet" href="/node_modules/bootstrap/dist/css/bootstrap.min.css" /><link rel="stylesheet" href="/test/page/pages/careless.css" />'
          : '<link rel="stylesheet" href="/test/page/pages/consent.css" />',
      );
    // Scripts of the third parties may run only with the page's nonce: the banner must pass it on.
    const csp = `default-src 'self'; script-src 'self' 'nonce-${NONCE}'; frame-src ${third.origin}; base-uri 'none'; object-src 'none'; frame-ancestors 'none'`;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp });
    res.end(html);
  };
}

/** A configuration with herne.de's four services (short texts) and the changes a test needs. */
function herneConfig(changes = {}) {
  const service = (id, name, category, extra = {}) => ({
    id,
    name,
    category,
    provider: `${name} (Anbieter)`,
    purpose: `Zweck von ${name}`,
    data: 'Ihre IP-Adresse',
    cookies: [],
    privacyUrl: `https://example.org/${id}/datenschutz`,
    ...extra,
  });
  return {
    revision: 1,
    privacyUrl: '/datenschutz',
    imprintUrl: '/impressum',
    services: [
      service('essential', 'Essenzielle Cookies', 'Essenziell', { essential: true, cookies: [{ name: 'herne_consent', lifetime: '180 Tage' }] }),
      service('etracker', 'eTracker', 'Statistik', { adapter: 'etracker', cookies: [{ name: '_et_coid', lifetime: '2 Jahre' }] }),
      service('readspeaker', 'ReadSpeaker', 'Externe Dienste', { cookies: [{ name: '_rspkrLoadCore', lifetime: 'Sitzung' }] }),
      service('google-translate', 'Google Übersetzer', 'Externe Dienste', { cookies: [{ name: 'googtrans', lifetime: 'Sitzung' }] }),
      service('youtube', 'YouTube', 'Externe Medien'),
    ],
    ...changes,
  };
}

before(async () => {
  third = await startServer({ host: '127.0.0.2', routes: thirdPartyRoutes });
  etracker = await startServer({ host: '127.0.0.3', routes: etrackerRoutes });
  const config = herneConfig({ endpoint: '/consent-log' });
  site = await startServer({
    routes: {
      '/seite': page(),
      '/en/seite': page({ lang: 'en' }),
      '/cms-seite': page({ careless: true }),
      '/alle-widgets': page({ bundle: 'herne-widgets.js' }),
      '/mit-konfiguration': page({ config }),
      '/revision-2': page({ config: { ...config, revision: 2 } }),
      '/ohne-gpc': page({ config: { ...config, respectGpc: false } }),
      '/kaputt': page({ config: { ...config, services: [{ ...config.services[1], privacyUrl: 'javascript:alert(1)' }] } }),
      '/datenschutz': page({ config }),
      '/mit-url': page({ configUrl: '/konfiguration.json' }),
      '/konfiguration.json': (req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(config));
      },
      '/consent-log': (req, res) => {
        let body = '';
        req.on('data', (chunk) => (body += chunk));
        req.on('end', () => {
          beacons.push(body);
          res.writeHead(204);
          res.end();
        });
      },
    },
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await Promise.all([site?.close(), third?.close(), etracker?.close()]);
});

/** Opens a page and records its requests to each third party (by the page, including iframes). */
async function visit(path = '/seite', options = {}) {
  const opened = options.context ? await openInContext(options.context) : await openPage(browser, options.contextOptions);
  const { page: tab } = opened;
  await tab.addInitScript(() => {
    // Every layout shift, including those right after input: the banner and the gates must cause none.
    window.layoutShifts = [];
    const describe = (node) => (node ? `${node.localName ?? node.nodeName}${node.id ? '#' + node.id : ''}` : '?');
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.layoutShifts.push(`${entry.value.toFixed(4)} ${entry.sources.map((source) => describe(source.node)).join(', ')}`);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  for (const script of options.initScripts ?? []) await tab.addInitScript(script);
  await tab.goto(site.origin + path);
  return {
    ...opened,
    thirdParty: () => opened.requests.filter((url) => url.startsWith(third.origin)).map((url) => url.slice(third.origin.length)),
    etrackerRequests: () => opened.requests.filter((url) => url.startsWith(etracker.origin)).map((url) => url.slice(etracker.origin.length)),
  };
}

/** A second tab in the same browser context (shares cookies and localStorage). */
async function openInContext(context) {
  const tab = await context.newPage();
  const problems = [];
  const requests = [];
  tab.on('console', (message) => ['error', 'warning'].includes(message.type()) && problems.push(`console.${message.type()}: ${message.text()}`));
  tab.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  tab.on('request', (request) => requests.push(request.url()));
  return { page: tab, context, problems, requests };
}

const dialog = (tab) => tab.locator('consent-banner dialog');
const openDialog = (tab) => tab.locator('consent-banner dialog[open]');
const button = (tab, name) => tab.locator('consent-banner dialog').getByRole('button', { name, exact: true });
const cookieNames = async (context) => (await context.cookies()).map((cookie) => cookie.name).sort();
const settled = (tab) => tab.waitForTimeout(300);

/** What the focused element is, looking into shadow roots: tag, text, and whether it is inside the banner's dialog. */
const focusInfo = (tab) =>
  tab.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    const inDialog = !!element?.closest('consent-banner > dialog');
    const name = element?.labels?.[0]?.textContent ?? element?.textContent ?? '';
    return { tag: element?.localName, text: name.trim().replace(/\s+/g, ' '), inDialog };
  });

/** Clicks the footer's "Cookie-Einstellungen" (scrolled into view first, and given a moment to stop moving). */
async function openSettingsFromFooter(tab) {
  const opener = tab.locator('footer [data-consent-open]');
  await opener.scrollIntoViewIfNeeded();
  await tab.waitForTimeout(100);
  await opener.click();
  await openDialog(tab).waitFor();
}

async function acceptOnly(tab, service) {
  await button(tab, 'Einstellungen').click();
  await tab.locator('consent-banner').getByRole('switch', { name: service }).check();
  await button(tab, 'Auswahl speichern').click();
  await dialog(tab).waitFor({ state: 'hidden' });
}

describe('<consent-banner> on a page', () => {
  test('before consent: the dialog asks, nothing reaches the third parties, eTracker counts without cookies', async () => {
    const { page: tab, context, problems, thirdParty, etrackerRequests } = await visit();
    await openDialog(tab).waitFor();
    assert.equal(await dialog(tab).evaluate((element) => element.matches(':modal')), true);
    await settled(tab);
    assert.deepEqual(thirdParty(), []);
    assert.deepEqual(etrackerRequests(), ['/code/e.js']);
    // While the question is open, eTracker is told to keep counting without cookies (an expired choice may have allowed them).
    assert.ok(!(await tab.evaluate(() => window.etrackerCalls)).some((call) => call.startsWith('enable')));
    assert.deepEqual(await cookieNames(context), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('"Alle ablehnen": nothing reaches the third parties, now or after a reload; the only cookie is the choice', async () => {
    const { page: tab, context, problems, thirdParty } = await visit();
    await button(tab, 'Alle ablehnen').click();
    await dialog(tab).waitFor({ state: 'hidden' });
    await tab.reload();
    await settled(tab);
    assert.equal(await openDialog(tab).count(), 0, 'not asked again');
    assert.deepEqual(thirdParty(), []);
    assert.deepEqual(await cookieNames(context), ['herne_consent']);
    const cookie = (await context.cookies())[0];
    assert.equal(cookie.sameSite, 'Lax');
    assert.ok(cookie.expires * 1000 > Date.now() + 179 * DAY && cookie.expires * 1000 < Date.now() + 181 * DAY, 'kept 180 days');
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const [service, name, expected] of [
    ['youtube', 'YouTube', ['/youtube/embed/herne']],
    ['readspeaker', 'ReadSpeaker', ['/readspeaker/webReader.js']],
    ['google-translate', 'Google Übersetzer', ['/translate/element.js?cb=googleTranslateElementInit']],
  ]) {
    test(`consent to ${service} alone loads exactly ${service}`, async () => {
      const { page: tab, context, problems, thirdParty } = await visit();
      await acceptOnly(tab, name);
      await tab.waitForFunction((count) => performance.getEntriesByType('resource').length >= count, 1);
      await settled(tab);
      assert.deepEqual(thirdParty(), expected);
      assert.deepEqual(await tab.evaluate(() => window.etrackerCalls), ['disable 127.0.0.1'], 'eTracker stays without cookies');
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('consent to eTracker alone lets it set cookies, through its API; nothing reaches the other third parties', async () => {
    const { page: tab, context, problems, thirdParty } = await visit();
    await acceptOnly(tab, 'eTracker');
    await tab.waitForFunction(() => window.etrackerCalls.includes('enable 127.0.0.1'));
    assert.deepEqual(thirdParty(), []);
    assert.ok((await cookieNames(context)).includes('_et_coid'));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('"Alle akzeptieren": every service runs, scripts in order and with the page’s nonce, no CSP violation', async () => {
    const { page: tab, context, problems, thirdParty } = await visit();
    await button(tab, 'Alle akzeptieren').click();
    await tab.waitForFunction(() => window.ReadSpeakerLoaded && document.getElementById('google_translate_element').textContent.includes('Google Übersetzer'));
    await tab.locator('consent-gate iframe').waitFor();
    assert.deepEqual(thirdParty().sort(), ['/readspeaker/webReader.js', '/translate/element.js?cb=googleTranslateElementInit', '/youtube/embed/herne']);
    assert.equal(await tab.evaluate(() => document.getElementById('google_translate_element').textContent), 'Google Übersetzer (de)');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a returning visitor’s choice applies at once; the dialog’s code is not loaded', async () => {
    const { page: tab, context } = await visit();
    await acceptOnly(tab, 'YouTube');
    const second = await visit('/seite', { context });
    await second.page.locator('consent-gate iframe').waitFor();
    await settled(second.page);
    assert.equal(await openDialog(second.page).count(), 0);
    const chunks = second.requests.filter((url) => url.includes('/dist/cdn/chunks/'));
    assert.deepEqual(chunks, [], 'only consent-banner.js loaded');
    assert.deepEqual(second.thirdParty(), ['/youtube/embed/herne']);
    await context.close();
  });

  test('a returning visitor on a page with the site’s own configuration (JSON child): the core alone, too', async () => {
    const { page: tab, context } = await visit('/mit-konfiguration');
    await acceptOnly(tab, 'YouTube');
    const second = await visit('/mit-konfiguration', { context });
    await second.page.locator('consent-gate iframe').waitFor();
    await settled(second.page);
    assert.equal(await openDialog(second.page).count(), 0);
    assert.deepEqual(
      second.requests.filter((url) => url.includes('/dist/cdn/chunks/')),
      [],
      'only consent-banner.js loaded',
    );
    assert.deepEqual(second.thirdParty(), ['/youtube/embed/herne']);
    await context.close();
  });

  test('with a `config` URL the dialog’s code loads on every page (it reads and checks the configuration); the choice applies', async () => {
    const { page: tab, context } = await visit('/mit-url');
    await acceptOnly(tab, 'YouTube');
    const second = await visit('/mit-url', { context });
    await second.page.locator('consent-gate iframe').waitFor();
    await settled(second.page);
    assert.equal(await openDialog(second.page).count(), 0);
    assert.equal(second.requests.filter((url) => url.includes('/dist/cdn/chunks/consent-ui')).length, 1);
    assert.deepEqual(second.thirdParty(), ['/youtube/embed/herne']);
    assert.deepEqual(second.problems, []);
    await context.close();
  });

  test('a choice checked once more (the cookie gone, or stored before an update of the built-in configuration) applies, and the next page needs only the core', async () => {
    const stored = { v: 1, id: 'x', revision: 1, given: Date.now() - DAY, expires: Date.now() + 179 * DAY, choices: { etracker: false, readspeaker: false, 'google-translate': false, youtube: true }, method: 'custom', lang: 'de', configFingerprint: 0 };
    const { page: tab, context, thirdParty } = await visit('/seite', {
      initScripts: [`if (!localStorage.getItem('herne_consent')) localStorage.setItem('herne_consent', ${JSON.stringify(JSON.stringify(stored))})`],
    });
    await tab.locator('consent-gate iframe').waitFor();
    await settled(tab);
    assert.equal(await openDialog(tab).count(), 0);
    assert.deepEqual(thirdParty(), ['/youtube/embed/herne']);
    const cookie = (await context.cookies()).find((entry) => entry.name === 'herne_consent');
    const record = JSON.parse(decodeURIComponent(cookie.value));
    assert.deepEqual([record.id, record.choices], [stored.id, stored.choices], 'the same choice, now in the cookie');
    assert.notEqual(record.configFingerprint, 0);
    assert.ok(Math.abs(cookie.expires * 1000 - stored.expires) < 5000, 'the cookie expires with the record');
    const next = await visit('/seite', { context });
    await next.page.locator('consent-gate iframe').waitFor();
    assert.deepEqual(
      next.requests.filter((url) => url.includes('/dist/cdn/chunks/')),
      [],
      'only consent-banner.js loaded',
    );
    await context.close();
  });

  test('no layout shift: not from the dialog, the gate, loading the video once, or "Alle akzeptieren"', async () => {
    const { page: tab, context } = await visit();
    await openDialog(tab).waitFor();
    await button(tab, 'Alle ablehnen').click();
    await tab.locator('consent-gate').getByRole('button', { name: 'Einmal laden' }).click();
    // Focus moves into the loaded video; let it arrive before clicking elsewhere.
    await tab.frameLocator('consent-gate iframe').locator('body').waitFor();
    await settled(tab);
    await openSettingsFromFooter(tab);
    await button(tab, 'Alle akzeptieren').click();
    await tab.waitForFunction(() => window.ReadSpeakerLoaded);
    await settled(tab);
    assert.deepEqual(await tab.evaluate(() => window.layoutShifts), []);
    const returning = await visit('/seite', { context });
    await returning.page.locator('consent-gate iframe').waitFor();
    await settled(returning.page);
    assert.deepEqual(await returning.page.evaluate(() => window.layoutShifts), []);
    await context.close();
  });

  test('the whole flow by keyboard only; focus stays in the modal dialog and returns to the opener', async () => {
    const { page: tab, context, thirdParty } = await visit();
    await openDialog(tab).waitFor();
    assert.deepEqual(await focusInfo(tab), { tag: 'h2', text: 'Cookie-Einstellungen', inDialog: true });
    const visited = [];
    // Tab goes round the dialog; between its last and first element the browser's own controls may get a turn
    // (document.body is focused then), never the page behind the dialog.
    for (let i = 0; i < 12; i += 1) {
      await tab.keyboard.press('Tab');
      const info = await focusInfo(tab);
      assert.ok(info.inDialog || info.tag === 'body', `Tab ${i + 1} reached the page behind the dialog: ${JSON.stringify(info)}`);
      if (info.inDialog) visited.push(info.text);
    }
    assert.deepEqual(visited.slice(0, 6), ['Datenschutz', 'Impressum', 'Alle akzeptieren', 'Alle ablehnen', 'Einstellungen', 'Datenschutz']);
    while ((await focusInfo(tab)).text !== 'Alle akzeptieren') await tab.keyboard.press('Tab');
    await tab.keyboard.press('Shift+Tab');
    assert.equal((await focusInfo(tab)).text, 'Impressum', 'Shift+Tab goes back');
    while ((await focusInfo(tab)).text !== 'Einstellungen') await tab.keyboard.press('Tab');
    await tab.keyboard.press('Enter');
    assert.equal((await focusInfo(tab)).text, 'Cookies und externe Dienste');
    while (!(await focusInfo(tab)).text.startsWith('YouTube')) {
      await tab.keyboard.press('Tab');
      assert.ok((await focusInfo(tab)).inDialog);
    }
    await tab.keyboard.press('Space');
    while ((await focusInfo(tab)).text !== 'Auswahl speichern') await tab.keyboard.press('Tab');
    await tab.keyboard.press('Enter');
    await dialog(tab).waitFor({ state: 'hidden' });
    await tab.locator('consent-gate iframe').waitFor();
    assert.deepEqual(thirdParty(), ['/youtube/embed/herne']);
    // Withdrawing is as easy: the footer's button, by keyboard.
    await tab.locator('footer [data-consent-open]').focus();
    await tab.keyboard.press('Enter');
    await openDialog(tab).waitFor();
    assert.equal((await focusInfo(tab)).inDialog, true);
    await tab.keyboard.press('Escape');
    await dialog(tab).waitFor({ state: 'hidden' });
    assert.deepEqual(await focusInfo(tab), { tag: 'button', text: 'Cookie-Einstellungen', inDialog: false });
    await context.close();
  });

  test('Escape never decides: the first question stays, twice pressed', async () => {
    const { page: tab, context, thirdParty } = await visit();
    await openDialog(tab).waitFor();
    await tab.keyboard.press('Escape');
    await tab.keyboard.press('Escape');
    await settled(tab);
    assert.equal(await openDialog(tab).count(), 1);
    assert.deepEqual(await cookieNames(context), []);
    assert.deepEqual(thirdParty(), []);
    await context.close();
  });

  for (const lang of ['de', 'en']) {
    test(`axe finds nothing on either layer, nor on the gate (${lang})`, async () => {
      const { page: tab, context } = await visit(lang === 'de' ? '/seite' : '/en/seite');
      await openDialog(tab).waitFor();
      assert.deepEqual(await axe(tab), [], 'first layer');
      await button(tab, lang === 'de' ? 'Einstellungen' : 'Settings').click();
      await tab.locator('consent-banner details').first().evaluate((details) => (details.open = true));
      assert.deepEqual(await axe(tab), [], 'settings');
      await button(tab, lang === 'de' ? 'Alle ablehnen' : 'Reject all').click();
      await tab.locator('consent-gate').getByRole('button').first().waitFor();
      assert.deepEqual(await axe(tab), [], 'page with the gate placeholder');
      await context.close();
    });
  }

  test('forced colours and 320 px wide (400 % zoom): everything readable, nothing scrolls sideways', async () => {
    const { page: tab, context } = await visit('/seite', { contextOptions: { viewport: { width: 320, height: 568 } } });
    await tab.emulateMedia({ forcedColors: 'active' });
    await openDialog(tab).waitFor();
    const layout = await tab.evaluate(() => {
      const dialogElement = document.querySelector('consent-banner > dialog');
      const buttons = [...dialogElement.querySelectorAll('button')].map((element) => {
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        return { left: box.left >= 0, right: box.right <= innerWidth, width: Math.round(box.width), border: style.borderTopStyle + ' ' + style.borderTopWidth };
      });
      return { pageWidth: document.documentElement.scrollWidth, dialogFits: dialogElement.scrollWidth <= dialogElement.clientWidth, buttons };
    });
    assert.ok(layout.pageWidth <= 320, `the page is ${layout.pageWidth} px wide`);
    assert.ok(layout.dialogFits, 'nothing in the dialog scrolls sideways');
    assert.equal(new Set(layout.buttons.map((entry) => entry.width)).size, 1, 'equal buttons');
    for (const entry of layout.buttons) assert.deepEqual(entry, { left: true, right: true, width: layout.buttons[0].width, border: 'solid 2px' });
    assert.deepEqual(await axe(tab), []);
    await button(tab, 'Alle ablehnen').click();
    const gate = await tab.locator('consent-gate').evaluate((element) => {
      const box = element.getBoundingClientRect();
      return { fits: box.right <= innerWidth, height: Math.round(box.height) };
    });
    assert.ok(gate.fits, 'the gate fits');
    await context.close();
  });

  test('on the legal pages the dialog does not block: the page stays readable and usable', async () => {
    const { page: tab, context } = await visit('/datenschutz');
    await openDialog(tab).waitFor();
    assert.equal(await dialog(tab).evaluate((element) => element.matches(':modal')), false);
    await tab.getByRole('link', { name: 'Zum Inhalt' }).focus();
    await tab.keyboard.press('Enter');
    assert.equal(await tab.evaluate(() => location.hash), '#inhalt');
    assert.deepEqual(await axe(tab), []);
    await context.close();
  });

  test('a revision bump asks again; meanwhile nothing of the old consent runs', async () => {
    const { page: tab, context } = await visit('/mit-konfiguration');
    await button(tab, 'Alle akzeptieren').click();
    await tab.locator('consent-gate iframe').waitFor();
    const bumped = await visit('/revision-2', { context });
    await openDialog(bumped.page).waitFor();
    await settled(bumped.page);
    assert.deepEqual(bumped.thirdParty(), []);
    await context.close();
  });

  test('an expired, a corrupt or a foreign cookie counts as no choice', async () => {
    const expired = { v: 1, id: 'x', revision: 1, given: Date.now() - 200 * DAY, expires: Date.now() - 20 * DAY, choices: { etracker: true, readspeaker: true, 'google-translate': true, youtube: true }, method: 'all', lang: 'de', configFingerprint: 0 };
    for (const value of [encodeURIComponent(JSON.stringify(expired)), '%7B%22v%22%3A1%2C', encodeURIComponent('{"youtube":"ja"}')]) {
      const { page: tab, context, problems, thirdParty } = await visit('/seite', {
        initScripts: [`document.cookie = 'herne_consent=${value}; path=/'`],
      });
      await openDialog(tab).waitFor();
      await settled(tab);
      assert.deepEqual(thirdParty(), [], value);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  test('storage that throws: the person can still choose, for this page view', async () => {
    const block = () => {
      const blocked = () => {
        throw new DOMException('Der Zugriff ist verweigert.', 'SecurityError');
      };
      Object.defineProperty(Document.prototype, 'cookie', { configurable: true, get: blocked, set: blocked });
      Object.defineProperty(window, 'localStorage', { configurable: true, get: blocked });
    };
    const { page: tab, context, problems, thirdParty } = await visit('/seite', { initScripts: [block] });
    await openDialog(tab).waitFor();
    assert.match(await dialog(tab).innerText(), /Ihr Browser speichert keine Cookies: Ihre Auswahl gilt nur auf dieser Seite/);
    await button(tab, 'Alle akzeptieren').click();
    await tab.locator('consent-gate iframe').waitFor();
    assert.ok(thirdParty().includes('/youtube/embed/herne'));
    await tab.reload();
    await openDialog(tab).waitFor();
    // eTracker's stand-in throws when it cannot set cookies; the banner reports it and carries on.
    assert.deepEqual(
      problems.filter((problem) => !problem.includes('eTracker konnte nicht umgestellt werden')),
      [],
    );
    await context.close();
  });

  test('a choice in one tab applies in the other', async () => {
    const first = await visit();
    const second = await visit('/seite', { context: first.context });
    await openDialog(first.page).waitFor();
    await openDialog(second.page).waitFor();
    await button(first.page, 'Alle akzeptieren').click();
    await second.page.locator('consent-gate iframe').waitFor();
    await dialog(second.page).waitFor({ state: 'hidden' });
    assert.ok(second.thirdParty().includes('/youtube/embed/herne'));
    await first.context.close();
  });

  test('Global Privacy Control counts as a refusal (unless the site switches that off)', async () => {
    const gpc = () => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { configurable: true, get: () => true });
    const { page: tab, context, thirdParty } = await visit('/seite', { initScripts: [gpc] });
    await tab.locator('consent-gate').getByRole('button', { name: 'Einmal laden' }).waitFor();
    assert.equal(await openDialog(tab).count(), 0);
    assert.deepEqual(thirdParty(), []);
    await openSettingsFromFooter(tab);
    await context.close();
    const off = await visit('/ohne-gpc', { initScripts: [gpc] });
    await openDialog(off.page).waitFor();
    await off.context.close();
  });

  test('withdrawal: the page reloads, the services stop, their first-party cookies go, the placeholder is back', async () => {
    const { page: tab, context, thirdParty } = await visit();
    await button(tab, 'Alle akzeptieren').click();
    await tab.waitForFunction(() => window.ReadSpeakerLoaded && document.cookie.includes('googtrans'));
    assert.ok((await cookieNames(context)).includes('googtrans'));
    await openSettingsFromFooter(tab);
    const reloaded = tab.waitForEvent('load');
    await button(tab, 'Alle ablehnen').click();
    await reloaded;
    const before = thirdParty().length;
    await tab.locator('consent-gate').getByRole('button', { name: 'Einmal laden' }).waitFor();
    await settled(tab);
    assert.equal(thirdParty().length, before, 'nothing requested after the withdrawal');
    assert.deepEqual(await cookieNames(context), ['herne_consent']);
    assert.deepEqual(await tab.evaluate(() => window.etrackerCalls), []);
    await context.close();
  });

  test('the record goes to the configured endpoint by sendBeacon', async () => {
    beacons.length = 0;
    const { page: tab, context } = await visit('/mit-konfiguration');
    await button(tab, 'Alle ablehnen').click();
    await tab.waitForFunction(() => true);
    for (let i = 0; i < 50 && !beacons.length; i += 1) await tab.waitForTimeout(20);
    const record = JSON.parse(beacons[0]);
    assert.equal(record.method, 'none');
    assert.deepEqual(record.choices, { etracker: false, readspeaker: false, 'google-translate': false, youtube: false });
    assert.match(record.id, /^[\w-]{16,}$/);
    await context.close();
  });

  test('an invalid configuration: a console error naming the problem; nothing optional, no question', async () => {
    const { page: tab, context, problems, thirdParty } = await visit('/kaputt');
    await tab.locator('consent-gate').getByText('kann gerade nicht geladen werden').waitFor();
    assert.equal(await openDialog(tab).count(), 0);
    assert.deepEqual(thirdParty(), []);
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems.join('\n'), /Konfiguration ungültig, nichts Optionales wird geladen: „services\[0\]\.privacyUrl“ ist ungültig/);
    await context.close();
  });

  test('herne-widgets.js (every element) brings the banner too', async () => {
    const { page: tab, context, problems } = await visit('/alle-widgets');
    await openDialog(tab).waitFor();
    await button(tab, 'Alle ablehnen').click();
    await tab.locator('consent-gate').getByRole('button', { name: 'Einmal laden' }).click();
    await tab.locator('consent-gate iframe').waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });
});

// The build is what is tested; make sure it is there.
await readFile(new URL('dist/cdn/consent-banner.js', `file://${ROOT}`)).catch(() => {
  throw new Error('dist/cdn/consent-banner.js is missing: run `node scripts/build.mjs --cdn-only` first.');
});

describe('issue 12.6: the English texts load only on English pages', () => {
  /** The names of the chunks a page loaded, without their hashes. */
  const chunkNames = (requests) =>
    requests
      .filter((url) => url.includes('/dist/cdn/chunks/'))
      .map((url) => new URL(url).pathname.replace(/^.*\/chunks\//, '').replace(/-[\w-]{8}\.js$/, ''))
      .sort();

  test('a German first visit loads the dialog’s code without the English texts; an English one loads them and speaks English', async () => {
    const german = await visit('/seite');
    await openDialog(german.page).waitFor();
    assert.equal(await german.page.locator('consent-banner h2').textContent(), 'Cookie-Einstellungen');
    assert.deepEqual(chunkNames(german.requests), ['consent-ui']);
    await german.context.close();

    const english = await visit('/en/seite');
    await openDialog(english.page).waitFor();
    assert.equal(await english.page.locator('consent-banner h2').textContent(), 'Cookie settings');
    assert.deepEqual(chunkNames(english.requests), ['consent-banner.messages.en', 'consent-ui']);
    await button(english.page, 'Reject all').click();
    const gateButtons = english.page.locator('consent-gate').getByRole('button');
    await gateButtons.first().waitFor();
    assert.deepEqual(await gateButtons.allTextContents(), ['Load once', 'Always allow']);
    assert.deepEqual(english.problems, []);
    await english.context.close();
  });
});

describe('issue 8: the dialog and the gate are in the light DOM, for read-aloud and translation', () => {
  const reach = (tab, selector) => tab.evaluate(`(${measureReach})(${JSON.stringify(selector)})`);
  const assertReached = (rows, what) => {
    assert.ok(rows.length > 0, `${what}: found`);
    for (const row of rows) {
      assert.ok(row.visible > 5, `${what}: ${row.visible} visible words`);
      assert.ok(row.reached / row.visible >= 0.98, `${what}: ${row.reached} of ${row.visible} words reached (missing ${row.missing.join(' ')})`);
      assert.ok(row.inInnerText / row.visible >= 0.98, `${what}: ${row.inInnerText} of ${row.visible} words in innerText`);
    }
  };

  test('no shadow root; a document TreeWalker reaches the first layer, the settings and the gate', async () => {
    const { page: tab, context, problems } = await visit();
    await openDialog(tab).waitFor();
    assert.deepEqual(await tab.evaluate(() => [...document.querySelectorAll('consent-banner, consent-gate')].filter((element) => element.shadowRoot).length), 0);
    assertReached(await reach(tab, 'consent-banner'), 'first layer');
    await button(tab, 'Einstellungen').click();
    await tab.locator('consent-banner h2', { hasText: 'Cookies und externe Dienste' }).waitFor();
    assertReached(await reach(tab, 'consent-banner'), 'settings');
    await button(tab, 'Alle ablehnen').click();
    await dialog(tab).waitFor({ state: 'hidden' });
    await tab.locator('consent-gate button', { hasText: 'Einmal laden' }).waitFor();
    assertReached(await reach(tab, 'consent-gate'), 'gate');
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const tool of ['translator', 'read-aloud']) {
    test(`with the ${tool} simulation before and while operating: settings, a switch, save; nothing throws, nothing lost or doubled`, async () => {
      const { page: tab, context, problems } = await visit();
      await openDialog(tab).waitFor();
      // The translator starts once and keeps translating what renders later (two would rewrite each other's output).
      let translating = false;
      const rewrite = async () => {
        if (tool === 'read-aloud') await tab.evaluate(`(${wrapWordsForReadAloud})()`);
        else if (!translating) await tab.evaluate(`(${startTranslator})({ observe: true, translate: (text) => text })`);
        translating = true;
        await settled(tab);
      };
      const words = () => tab.evaluate(() => document.querySelector('consent-banner > dialog').innerText.split(/\s+/).filter(Boolean));
      const before = await words();
      await rewrite();
      assert.deepEqual(await words(), before, 'nothing lost or doubled after rewriting');
      await button(tab, 'Einstellungen').click();
      await tab.locator('consent-banner h2', { hasText: 'Cookies und externe Dienste' }).waitFor();
      await rewrite();
      assert.equal(await tab.locator('consent-banner h2').count(), 1, 'one heading');
      await tab.locator('consent-banner').getByRole('switch', { name: 'YouTube' }).check();
      await rewrite();
      await button(tab, 'Auswahl speichern').click();
      await dialog(tab).waitFor({ state: 'hidden' });
      const record = await tab.evaluate(() => document.querySelector('consent-banner').record?.choices);
      assert.equal(record?.youtube, true, 'the switch was saved');
      assert.equal(await tab.locator('consent-gate iframe').count(), 1, 'the video loads');
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('Bootstrap 5.3 and careless element rules: the dialog keeps its look, axe 0, no sideways scrolling at 320 px', async () => {
    for (const width of [1280, 320]) {
      const { page: tab, context } = await visit('/cms-seite', { contextOptions: { viewport: { width, height: 720 } } });
      await openDialog(tab).waitFor();
      const look = await tab.evaluate(() => {
        const root = document.querySelector('consent-banner > dialog');
        const style = (selector) => getComputedStyle(root.querySelector(selector));
        return {
          h2: [style('h2').fontSize, style('h2').textTransform, style('h2').color !== 'rgb(255, 0, 255)'],
          p: style('p').fontSize,
          button: [style('button').fontSize, style('button').backgroundColor !== 'rgb(255, 255, 0)', style('button').boxSizing],
          pageWidth: document.documentElement.scrollWidth,
          dialogFits: root.scrollWidth <= root.clientWidth && root.getBoundingClientRect().right <= innerWidth,
          gateFits: document.querySelector('consent-gate').getBoundingClientRect().right <= innerWidth,
          // The careless page is wider than 320 px by itself (its own text in 44 px capitals): measured without the widgets too.
          pageWidthWithoutWidgets: (() => {
            const widgets = [...document.querySelectorAll('consent-banner, consent-gate')];
            for (const element of widgets) element.hidden = true;
            const measured = document.documentElement.scrollWidth;
            for (const element of widgets) element.hidden = false;
            return measured;
          })(),
        };
      });
      assert.deepEqual(look.h2, ['22px', 'none', true], `h2 at ${width}`);
      assert.equal(look.p, '16px', `p at ${width}`);
      assert.deepEqual(look.button, ['16px', true, 'border-box'], `button at ${width}`);
      assert.ok(look.dialogFits, `the dialog fits at ${width}`);
      assert.ok(look.gateFits, `the gate fits at ${width}`);
      assert.ok(look.pageWidth <= Math.max(width, look.pageWidthWithoutWidgets), `page ${look.pageWidth} px wide at ${width} (${look.pageWidthWithoutWidgets} without the widgets)`);
      assert.deepEqual(await axe(tab), []);
      await button(tab, 'Einstellungen').click();
      await tab.locator('consent-banner h2', { hasText: 'Cookies und externe Dienste' }).waitFor();
      const list = await tab.evaluate(() => getComputedStyle(document.querySelector('consent-banner > dialog ul')));
      assert.ok(list, 'settings list');
      const ul = await tab.evaluate(() => {
        const style = getComputedStyle(document.querySelector('consent-banner > dialog ul'));
        return [style.listStyleType, style.marginLeft];
      });
      assert.deepEqual(ul, ['none', '0px'], `settings list at ${width}`);
      assert.deepEqual(await axe(tab), []);
      await context.close();
    }
  });
});

describe('issue 10: the first layer on small and zoomed screens', () => {
  // 320 × 568 is a small phone; 640 × 360 and 320 × 180 CSS px are a 1280 × 720 window at 200 % and 400 % zoom.
  for (const [width, height] of [[320, 568], [640, 360], [320, 180]]) {
    test(`all three buttons in view without scrolling at ${width} × ${height}, the text scrolls behind them`, async () => {
      const { page: tab, context } = await visit('/seite', { contextOptions: { viewport: { width, height } } });
      await openDialog(tab).waitFor();
      await tab.waitForTimeout(100);
      const seen = await tab.evaluate(() =>
        [...document.querySelectorAll('consent-banner > dialog button')].map((element) => {
          const box = element.getBoundingClientRect();
          const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          const inView = box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
          return { name: element.textContent, inView, notCovered: !!hit && element.contains(hit) };
        }),
      );
      assert.deepEqual(
        seen,
        ['Alle akzeptieren', 'Alle ablehnen', 'Einstellungen'].map((name) => ({ name, inView: true, notCovered: true })),
      );
      await tab.screenshot({ path: `/tmp/consent-${width}x${height}.png` }).catch(() => {});
      assert.deepEqual(await axe(tab), []);
      await context.close();
    });
  }
});

describe('issue 10.2: no layout shift on a page with the gate', () => {
  test('over load, the first layer, the settings (a switch, save) and a reload: layout shift 0', async () => {
    const { page: tab, context } = await visit();
    await openDialog(tab).waitFor();
    await button(tab, 'Einstellungen').click();
    await tab.locator('consent-banner h2', { hasText: 'Cookies und externe Dienste' }).waitFor();
    await tab.locator('consent-banner').getByRole('switch', { name: 'eTracker' }).check();
    await button(tab, 'Auswahl speichern').click();
    await dialog(tab).waitFor({ state: 'hidden' });
    await settled(tab);
    const shifts = () => tab.evaluate(() => window.layoutShifts);
    assert.deepEqual(await shifts(), []);
    await openSettingsFromFooter(tab);
    await button(tab, 'Alle ablehnen').click();
    await settled(tab);
    assert.deepEqual(await shifts(), []);
    await tab.reload();
    await tab.locator('consent-gate button', { hasText: 'Einmal laden' }).waitFor();
    await settled(tab);
    assert.deepEqual(await shifts(), [], 'after the reload');
    await context.close();
  });
});
