import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { fingerprint } from '../../../src/components/consent-banner/config.js';
import type { ConsentChangeEvent } from '../../../src/components/consent-banner/events.js';
import { CONSENT_CHANGE_EVENT, findConsent } from '../../../src/core/consent-client.js';
import { mock } from '../../helpers/mock-api.js';
import {
  ALL,
  DAY,
  NONE,
  banner,
  buttonNamed,
  buttons,
  connect,
  cookieRecord,
  dialogOf,
  focused,
  forget,
  mount,
  openDialog,
  reloadCount,
  blockStorage,
  store,
  storedRecord,
  stub,
  TEST_FINGERPRINT,
  testConfig,
  text,
  unmount,
  until,
} from './helpers.js';

/** Lets the lazy part finish what a click started. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/** The console errors logged while `run` runs. */
async function consoleErrors(run: () => Promise<unknown>): Promise<string[]> {
  const original = console.error;
  const logged: string[] = [];
  console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
  try {
    await run();
    await settle();
  } finally {
    console.error = original;
  }
  return logged;
}

describe('<consent-banner>: the first layer', () => {
  beforeEach(forget);
  afterEach(unmount);

  it('asks with a modal dialog: heading, herne.de text, withdrawal, legal links and three buttons', async () => {
    const element = await banner();
    const dialog = await openDialog(element);
    expect(dialog.matches(':modal'), 'modal').to.be.true;
    expect(dialog.getAttribute('lang')).to.equal('de');
    expect(text(dialog.querySelector('h2')!)).to.equal('Cookie-Einstellungen');
    const description = document.getElementById(dialog.getAttribute('aria-describedby')!)!;
    expect(text(description)).to.contain('herne.de setzt sogenannte essentielle Cookies ein.');
    expect(text(description)).to.contain('zum Beispiel Ihre IP-Adresse, an den jeweiligen Anbieter übertragen werden können.');
    expect(text(description)).to.contain('Ihre Auswahl können Sie jederzeit ändern oder widerrufen.');
    const links = [...dialog.querySelectorAll('a')].map((link) => [text(link), link.href]);
    expect(links).to.deep.equal([
      ['Datenschutz', 'https://www.herne.de/Datenschutz/'],
      ['Impressum', 'https://www.herne.de/Impressum/'],
    ]);
    expect(buttons(dialog).map(text)).to.deep.equal(['Alle akzeptieren', 'Alle ablehnen', 'Einstellungen']);
    await expect(element).to.be.accessible();
  });

  it('gives the three buttons the same size, colour and weight, and has no close button', async () => {
    const element = await banner(testConfig());
    const dialog = await openDialog(element);
    const looks = buttons(dialog).map((button) => {
      const style = getComputedStyle(button);
      const box = button.getBoundingClientRect();
      return [Math.round(box.width), Math.round(box.height), style.backgroundColor, style.color, style.fontWeight, style.fontSize, style.borderTopColor];
    });
    expect(looks).to.have.length(3);
    expect(looks[1]).to.deep.equal(looks[0]);
    expect(looks[2]).to.deep.equal(looks[0]);
    expect(buttons(dialog).some((button) => /schließen|close|×/i.test(text(button) + (button.getAttribute('aria-label') ?? '')))).to.be.false;
  });

  it('lets a theme recolour the buttons only all together', async () => {
    const element = await banner(testConfig());
    element.style.setProperty('--consent-banner-button-background', 'rgb(0, 100, 0)');
    const dialog = await openDialog(element);
    expect(buttons(dialog).map((button) => getComputedStyle(button).backgroundColor)).to.deep.equal(Array(3).fill('rgb(0, 100, 0)'));
  });

  it('moves focus into the dialog, onto its heading', async () => {
    const element = await banner(testConfig());
    const dialog = await openDialog(element);
    expect(focused() === dialog.querySelector('h2'), 'focus on the heading').to.be.true;
  });

  it('stays open on Escape, pressed once or twice, and nothing is allowed', async () => {
    const element = await banner(testConfig());
    const dialog = await openDialog(element);
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    await settle();
    expect(dialog.open).to.be.true;
    expect(element.has('video')).to.be.false;
    expect(storedRecord()).to.be.undefined;
  });

  it('"Alle akzeptieren" allows everything, stores the record twice, announces it and closes', async () => {
    const element = await banner(testConfig());
    const dialog = await openDialog(element);
    const announced = new Promise<ConsentChangeEvent>((resolve) => document.addEventListener(CONSENT_CHANGE_EVENT, (event) => resolve(event), { once: true }));
    buttonNamed(dialog, 'Alle akzeptieren').click();
    const event = await announced;
    expect(event.granted).to.have.members(['essential', 'stats', 'video', 'reader']);
    expect(event.changed).to.have.members(['stats', 'video', 'reader']);
    expect(dialog.open).to.be.false;
    expect(['stats', 'video', 'reader'].every((service) => element.has(service))).to.be.true;
    const record = storedRecord()!;
    expect(cookieRecord()).to.deep.equal(record);
    expect(record).to.include({ v: 1, revision: 1, method: 'all', lang: 'de' });
    expect(record.id).to.match(/^[\w-]{16,}$/);
    expect(record.choices).to.deep.equal(ALL);
    expect(Math.round((record.expires - record.given) / DAY)).to.equal(180);
    expect(Math.abs(record.given - Date.now())).to.be.below(5000);
  });

  it('"Alle ablehnen" allows nothing, and is not asked again', async () => {
    const element = await banner(testConfig());
    const dialog = await openDialog(element);
    buttonNamed(dialog, 'Alle ablehnen').click();
    await until(() => !dialog.open, 'closing');
    expect(storedRecord()).to.include({ method: 'none' });
    expect(storedRecord()!.choices).to.deep.equal(NONE);
    expect(element.has('video')).to.be.false;
    expect(element.has('essential')).to.be.true;
    unmount();
    const again = await banner(testConfig());
    await settle();
    expect(dialogOf(again)?.open ?? false).to.be.false;
  });

  it('keeps the validity the configuration sets', async () => {
    const element = await banner(testConfig({ validityDays: 30 }));
    buttonNamed(await openDialog(element), 'Alle ablehnen').click();
    const record = await until(storedRecord, 'the record');
    expect(Math.round((record.expires - record.given) / DAY)).to.equal(30);
  });

  it('asks again after a revision bump, and applies nothing of the old consent meanwhile', async () => {
    store({ choices: ALL, revision: 1 });
    const element = await banner(testConfig({ revision: 2 }));
    await openDialog(element);
    expect(element.has('video')).to.be.false;
  });

  it('does not block reading on a legal page: the dialog is not modal', async () => {
    const element = await banner(testConfig({ legalPages: [location.pathname] }));
    const dialog = await openDialog(element);
    expect(dialog.matches(':modal')).to.be.false;
    const link = mount<HTMLAnchorElement>('<a href="#oben">Zum Seitenanfang</a>');
    link.focus();
    expect(document.activeElement === link, 'the page behind can be focused').to.be.true;
    await expect(element).to.be.accessible();
  });

  it('speaks English on an English page', async () => {
    document.documentElement.lang = 'en';
    try {
      const element = await banner();
      const dialog = await openDialog(element);
      expect(dialog.getAttribute('lang')).to.equal('en');
      expect(text(dialog.querySelector('h2')!)).to.equal('Cookie settings');
      expect(text(dialog)).to.contain('herne.de uses so-called essential cookies.');
      expect(buttons(dialog).map(text)).to.deep.equal(['Accept all', 'Reject all', 'Settings']);
      expect([...dialog.querySelectorAll('a')].map(text)).to.deep.equal(['Privacy', 'Legal notice']);
      await expect(element).to.be.accessible();
    } finally {
      document.documentElement.lang = 'de';
    }
  });

  it('reflows at 320 px: no sideways scrolling, the buttons stacked and equal', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const element = await banner();
      const dialog = await openDialog(element);
      expect(dialog.scrollWidth).to.be.at.most(dialog.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      const boxes = buttons(dialog).map((button) => button.getBoundingClientRect());
      expect(new Set(boxes.map((box) => Math.round(box.width))).size).to.equal(1);
      expect(boxes[1]!.top).to.be.greaterThan(boxes[0]!.top);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

describe('<consent-banner>: the settings', () => {
  beforeEach(forget);
  afterEach(unmount);

  async function settings() {
    const element = await banner(testConfig());
    const dialog = await openDialog(element);
    buttonNamed(dialog, 'Einstellungen').click();
    await until(() => text(dialog.querySelector('h2')!) === 'Cookies und externe Dienste', 'the settings');
    return { element, dialog };
  }
  const switches = (dialog: HTMLDialogElement) => [...dialog.querySelectorAll<HTMLInputElement>('input[role="switch"]')];
  const labelOf = (input: HTMLInputElement) => text(input.closest('label')!);

  it('lists every service with a switch, all off, essential ones always on; focus on the heading', async () => {
    const { element, dialog } = await settings();
    expect(focused() === dialog.querySelector('h2'), 'focus on the heading').to.be.true;
    expect([...dialog.querySelectorAll('h3')].map(text)).to.deep.equal(['Essenziell', 'Statistik', 'Externe Medien', 'Externe Dienste']);
    expect(switches(dialog).map((input) => [labelOf(input), input.checked, input.disabled])).to.deep.equal([
      ['Essenzielle Cookies (immer aktiv)', true, true],
      ['eTracker', false, false],
      ['VideoDienst', false, false],
      ['Vorleser', false, false],
    ]);
    expect(buttons(dialog).map(text)).to.deep.equal(['Auswahl speichern', 'Alle akzeptieren', 'Alle ablehnen']);
    await expect(element).to.be.accessible();
  });

  it('shows per service the provider, purpose, data, cookies with lifetime and privacy link', async () => {
    const { dialog } = await settings();
    const video = switches(dialog)[2]!.closest('li')!;
    const details = video.querySelector('details')!;
    expect(text(details.querySelector('summary')!)).to.equal('Details zu VideoDienst');
    details.open = true;
    const rows = [...details.querySelectorAll('dt')].map((term) => {
      const items = [...term.nextElementSibling!.querySelectorAll('li')].map(text);
      return [text(term), items.length ? items.join(' | ') : text(term.nextElementSibling!)];
    });
    expect(rows).to.deep.equal([
      ['Anbieter', 'Video GmbH, Irland'],
      ['Zweck', 'Videos zeigen'],
      ['Übertragene Daten', 'Ihre IP-Adresse'],
      ['Cookies und Speicherdauer', 'video_id: 6 Monate | video_pref*: Sitzung'],
    ]);
    const link = details.querySelector('a')!;
    expect([text(link), link.href]).to.deep.equal(['Datenschutzhinweise des Anbieters: VideoDienst', 'https://video.example/privacy']);
    const reader = switches(dialog)[3]!.closest('li')!;
    expect(text(reader.querySelector('dd:last-of-type')!)).to.equal('Keine');
  });

  it('shows the configuration’s texts as text, never as markup', async () => {
    const config = testConfig();
    const hostile = '<img src=x onerror="window.hacked=1">Video & Co';
    const services = config.services.map((service) => (service.id === 'video' ? { ...service, name: hostile, provider: hostile } : service));
    const element = await banner({ ...config, services });
    const dialog = await openDialog(element);
    buttonNamed(dialog, 'Einstellungen').click();
    await until(() => dialog.querySelector('details'), 'the settings');
    expect(dialog.querySelector('img')).to.be.null;
    expect(text(dialog)).to.contain(hostile);
    expect((window as { hacked?: number }).hacked).to.be.undefined;
  });

  it('"Auswahl speichern" stores exactly what is switched on', async () => {
    const { element, dialog } = await settings();
    switches(dialog)[2]!.click();
    buttonNamed(dialog, 'Auswahl speichern').click();
    await until(() => !dialog.open, 'closing');
    expect(storedRecord()).to.include({ method: 'custom' });
    expect(storedRecord()!.choices).to.deep.equal({ ...NONE, video: true });
    expect(element.has('video')).to.be.true;
    expect(element.has('reader')).to.be.false;
  });
});

describe('<consent-banner>: changing one’s mind', () => {
  beforeEach(forget);
  afterEach(unmount);

  it('opens the settings from any [data-consent-open] with the current choice, and returns focus there', async () => {
    store({ choices: { ...NONE, video: true } });
    const element = await banner(testConfig());
    const opener = mount<HTMLButtonElement>('<button type="button" data-consent-open>Cookie-Einstellungen</button>');
    opener.focus();
    opener.click();
    const dialog = await openDialog(element);
    expect(text(dialog.querySelector('h2')!)).to.equal('Cookies und externe Dienste');
    const checked = [...dialog.querySelectorAll<HTMLInputElement>('input[role="switch"]')].map((input) => input.checked);
    expect(checked).to.deep.equal([true, false, true, false]);
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.open, 'closing on Escape');
    expect(document.activeElement === opener, 'focus back on the opener').to.be.true;
    expect(element.has('video')).to.be.true;
  });

  it('withdraws as easily: one switch and "Auswahl speichern"; the listed cookies are deleted', async () => {
    store({ choices: ALL });
    document.cookie = 'video_id=123; path=/';
    document.cookie = 'video_pref_lang=de; path=/';
    document.cookie = 'unrelated=1; path=/';
    const element = await banner(testConfig());
    await element.show();
    const dialog = await openDialog(element);
    const video = [...dialog.querySelectorAll<HTMLInputElement>('input[role="switch"]')][2]!;
    expect(video.checked).to.be.true;
    video.click();
    buttonNamed(dialog, 'Auswahl speichern').click();
    await until(() => !element.has('video'), 'the withdrawal');
    expect(document.cookie).not.to.contain('video_id');
    expect(document.cookie).not.to.contain('video_pref_lang');
    expect(document.cookie).to.contain('unrelated=1');
    document.cookie = 'unrelated=; max-age=0; path=/';
  });

  it('reloads the page when a withdrawn service’s scripts ran (nothing else can stop them)', async () => {
    const { url } = await mock({ body: 'window.readerLoaded = (window.readerLoaded || 0) + 1;', headers: { 'content-type': 'text/javascript' } });
    mount(`<script type="text/plain" data-consent="reader" src="${url}"></script>`);
    store({ choices: ALL });
    const element = await banner(testConfig());
    await until(() => (window as { readerLoaded?: number }).readerLoaded, 'the reader script');
    const before = reloadCount();
    await element.rejectAll();
    expect(reloadCount()).to.equal(before + 1);
  });

  it('applies a choice made in another tab, and closes this tab’s question', async () => {
    const element = await banner(testConfig());
    const dialog = await openDialog(element);
    const record = store({ choices: { ...NONE, reader: true }, configFingerprint: element.configFingerprint });
    window.dispatchEvent(new StorageEvent('storage', { key: 'herne_consent', newValue: JSON.stringify(record) }));
    await until(() => element.has('reader'), 'the other tab’s choice');
    await until(() => !dialog.open, 'closing');
  });
});

describe('<consent-banner>: its API', () => {
  beforeEach(forget);
  afterEach(unmount);

  it('is what other widgets find through findConsent(): has, whenGranted, show', async () => {
    const element = await banner(testConfig());
    expect(findConsent() === element, 'findConsent() finds the banner').to.be.true;
    let granted = false;
    const waiting = element.whenGranted('video').then(() => (granted = true));
    await settle();
    expect(granted).to.be.false;
    await element.acceptAll();
    await waiting;
    expect(granted).to.be.true;
    await element.whenGranted('video');
  });

  it('knows only the services its configuration lists: has() is false, whenGranted() rejects naming the service', async () => {
    const element = await banner(testConfig());
    expect(element.has('openstreetmap')).to.be.false;
    const refused = await element.whenGranted('openstreetmap').then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refused).to.be.instanceOf(Error);
    expect((refused as Error).message).to.contain('openstreetmap');
    // A service it lists is still waited for.
    let granted = false;
    void element.whenGranted('reader').then(() => (granted = true));
    await settle();
    expect(granted).to.be.false;
    await element.acceptAll();
    await until(() => granted, 'the consent to a listed service');
  });

  it('the built-in configuration has no map service: whenGranted("openstreetmap") rejects, also when asked while the configuration loads', async () => {
    const builtIn = await banner();
    await openDialog(builtIn);
    const error = await builtIn.whenGranted('openstreetmap').then(
      () => undefined,
      (reason: unknown) => reason as Error,
    );
    expect(error?.message).to.contain('openstreetmap');
    await builtIn.rejectAll();
    unmount();
    const { url } = await mock({ body: testConfig(), delayMs: 200 });
    const element = document.createElement('consent-banner');
    element.setAttribute('config', url);
    mount('<div></div>').append(element);
    const asked = element.whenGranted('youtube');
    expect(element.config, 'still loading').to.be.undefined;
    const loading = await asked.then(
      () => undefined,
      (reason: unknown) => reason as Error,
    );
    expect(loading?.message).to.contain('youtube');
  });

  it('while the configuration is invalid, whenGranted() neither resolves nor rejects (nothing optional may run)', async () => {
    let element!: Awaited<ReturnType<typeof banner>>;
    await consoleErrors(async () => {
      element = await banner({ ...testConfig(), revision: 0 });
    });
    let settled = false;
    void element.whenGranted('video').then(
      () => (settled = true),
      () => (settled = true),
    );
    await settle();
    expect(settled).to.be.false;
  });

  it('acceptAll() and rejectAll() store a choice as the buttons do', async () => {
    const element = await banner(testConfig());
    await element.acceptAll();
    expect(storedRecord()).to.include({ method: 'all' });
    await element.rejectAll();
    expect(storedRecord()).to.include({ method: 'none' });
    expect(element.has('video')).to.be.false;
  });

  it('sends each new record to the configured endpoint by sendBeacon', async () => {
    const sent: [string, string][] = [];
    const undo = stub(Navigator.prototype, 'sendBeacon', { value: (url: string | URL, data: string) => sent.push([String(url), data]) > 0 });
    try {
      const element = await banner(testConfig({ endpoint: '/consent-log' }));
      await element.rejectAll();
    } finally {
      undo();
    }
    expect(sent).to.have.length(1);
    expect(sent[0]![0]).to.equal(new URL('/consent-log', location.href).href);
    expect(JSON.parse(sent[0]![1])).to.deep.equal(storedRecord());
  });

  it('switches eTracker’s cookies through its API, waiting for its tag', async () => {
    const calls: string[] = [];
    const element = await banner(testConfig());
    const dialog = await openDialog(element);
    buttonNamed(dialog, 'Alle akzeptieren').click();
    setTimeout(() => {
      (window as { _etracker?: object })._etracker = {
        enableCookies: (domain: string) => calls.push(`enable ${domain}`),
        disableCookies: (domain: string) => calls.push(`disable ${domain}`),
      };
    }, 300);
    await until(() => calls.length, 'the eTracker call');
    expect(calls).to.deep.equal([`enable ${location.hostname}`]);
    await element.rejectAll();
    expect(calls).to.deep.equal([`enable ${location.hostname}`, `disable ${location.hostname}`]);
    delete (window as { _etracker?: object })._etracker;
  });
});

describe('<consent-banner>: a returning visitor (the core alone)', () => {
  beforeEach(forget);
  afterEach(unmount);

  /** The consent-change events `document` receives while `run` runs. */
  function announced(run: () => void): ConsentChangeEvent[] {
    const events: ConsentChangeEvent[] = [];
    const listener = (event: ConsentChangeEvent) => events.push(event);
    document.addEventListener(CONSENT_CHANGE_EVENT, listener);
    try {
      run();
    } finally {
      document.removeEventListener(CONSENT_CHANGE_EVENT, listener);
    }
    return events;
  }

  it('applies a current cookie checked against this configuration as the banner connects, announces it, and leaves the cookie alone', async () => {
    const record = store({ choices: { ...NONE, video: true, reader: true } }, 'cookie');
    const cookie = document.cookie;
    let element!: ReturnType<typeof connect>;
    const events = announced(() => (element = connect(testConfig())));
    expect(['essential', 'video', 'reader'].map((service) => element.has(service)), 'before any await').to.deep.equal([true, true, true]);
    expect(element.has('stats')).to.be.false;
    expect(events).to.have.length(1);
    expect(events[0]!.granted).to.deep.equal(['essential', 'video', 'reader']);
    expect(events[0]!.changed).to.deep.equal(['essential', 'video', 'reader']);
    expect(events[0]!.bubbles && events[0]!.composed, 'bubbles and composed').to.be.true;
    expect(events[0]!.target === element, 'fired on the banner').to.be.true;
    expect(element.record).to.deep.equal(record);
    expect(element.config).to.deep.equal(testConfig());
    await element.ready;
    await settle();
    expect(dialogOf(element)?.open ?? false).to.be.false;
    expect(document.cookie, 'not written again').to.equal(cookie);
    expect(storedRecord(), 'localStorage untouched').to.be.undefined;
  });

  it('the built-in configuration: a record carrying its fingerprint applies at once', () => {
    store({ choices: { etracker: false, readspeaker: false, 'google-translate': false, youtube: true }, configFingerprint: fingerprint(undefined) }, 'cookie');
    const element = connect();
    expect(element.has('youtube')).to.be.true;
    expect(element.has('essential')).to.be.true;
    expect(element.has('readspeaker')).to.be.false;
    expect(element.config?.services.map((service) => service.id)).to.have.members(['essential', 'etracker', 'readspeaker', 'google-translate', 'youtube']);
  });

  it('a record checked against another configuration (or the built-in one before an update) is checked once, applied, and stored with this fingerprint', async () => {
    store({ choices: { ...NONE, video: true }, configFingerprint: 0 });
    const first = connect(testConfig());
    expect(first.has('video'), 'not by the core').to.be.false;
    await first.ready;
    expect(first.has('video'), 'by the lazy part').to.be.true;
    expect(cookieRecord()!.configFingerprint).to.equal(TEST_FINGERPRINT);
    expect(storedRecord()!.configFingerprint).to.equal(TEST_FINGERPRINT);
    unmount();
    expect(connect(testConfig()).has('video'), 'the next page: the core alone').to.be.true;
  });

  it('a choice found only in localStorage is applied and goes back into the cookie, so the next page needs only the core', async () => {
    store({ choices: { ...NONE, reader: true } }, 'storage');
    const first = connect(testConfig());
    expect(first.has('reader')).to.be.false;
    await first.ready;
    expect(first.has('reader')).to.be.true;
    expect(cookieRecord()?.choices).to.deep.equal({ ...NONE, reader: true });
    unmount();
    expect(connect(testConfig()).has('reader')).to.be.true;
  });

  it('an expired record is no choice, even when it carries the fingerprint: the question comes, nothing is allowed', async () => {
    store({ choices: ALL, given: Date.now() - 181 * DAY, expires: Date.now() - DAY });
    const element = connect(testConfig());
    expect(element.has('video')).to.be.false;
    await openDialog(element);
    expect(element.has('video')).to.be.false;
  });

  it('a `config` URL is always read by the lazy part: the choice applies once it is checked', async () => {
    const config = testConfig({ revision: 3 });
    const { url } = await mock({ body: config });
    store({ choices: ALL, revision: 3 });
    const element = connect(undefined, `config="${url}"`);
    expect(element.has('video')).to.be.false;
    await element.ready;
    expect(element.has('video')).to.be.true;
    expect(element.config?.revision).to.equal(3);
  });

  it('a refreshed record is not sent to the endpoint again (it is no new choice)', async () => {
    const sent: string[] = [];
    const undo = stub(Navigator.prototype, 'sendBeacon', { value: (_url: string, data: string) => sent.push(data) > 0 });
    try {
      store({ choices: ALL, configFingerprint: 0 });
      const element = await banner(testConfig({ endpoint: '/consent-log' }));
      expect(element.has('video')).to.be.true;
      expect(cookieRecord()!.configFingerprint).to.equal(element.configFingerprint);
      await element.rejectAll();
    } finally {
      undo();
    }
    expect(sent.map((data) => (JSON.parse(data) as { method: string }).method)).to.deep.equal(['none']);
  });

  it('whenGranted(): at once for an allowed service; a refused one waits for consent; an unknown one rejects', async () => {
    store({ choices: { ...NONE, video: true } });
    const element = connect(testConfig());
    await element.whenGranted('video');
    let reader = false;
    void element.whenGranted('reader').then(() => (reader = true));
    const unknown = await element.whenGranted('openstreetmap').then(
      () => undefined,
      (error: unknown) => error as Error,
    );
    expect(unknown?.message).to.contain('openstreetmap');
    expect(reader).to.be.false;
    await element.acceptAll();
    await until(() => reader, 'the consent to the reader');
  });

  it('follows a withdrawal in another tab: the activated markup goes, the event names it', async () => {
    mount('<template data-consent="video"><p class="video-markup">Video</p></template>');
    store({ choices: ALL });
    const element = connect(testConfig());
    await until(() => document.querySelector('p.video-markup'), 'the activated markup');
    const withdrawn = new Promise<ConsentChangeEvent>((resolve) => document.addEventListener(CONSENT_CHANGE_EVENT, resolve, { once: true }));
    const record = store({ choices: { ...ALL, video: false } });
    window.dispatchEvent(new StorageEvent('storage', { key: 'herne_consent', newValue: JSON.stringify(record) }));
    const event = await withdrawn;
    expect(event.changed).to.deep.equal(['video']);
    expect(event.granted).to.have.members(['essential', 'stats', 'reader']);
    expect(element.has('video')).to.be.false;
    expect(document.querySelector('p.video-markup')).to.be.null;
  });

  it('opens the settings from a [data-consent-open] inside another element’s shadow root', async () => {
    store({ choices: NONE });
    const element = connect(testConfig());
    const host = mount('<div></div>');
    const opener = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('a'));
    opener.href = '#';
    opener.setAttribute('data-consent-open', '');
    opener.textContent = 'Cookie-Einstellungen';
    opener.click();
    const dialog = await openDialog(element);
    expect(text(dialog.querySelector('h2')!)).to.equal('Cookies und externe Dienste');
    expect(location.hash, 'the link’s default prevented').to.equal('');
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.open, 'closing');
  });

  it('with Global Privacy Control, a stored choice still counts (GPC only stands in for a missing one)', () => {
    const undo = stub(navigator, 'globalPrivacyControl', { value: true });
    try {
      store({ choices: { ...NONE, video: true } });
      expect(connect(testConfig()).has('video')).to.be.true;
    } finally {
      undo();
    }
  });
});

describe('<consent-banner>: what can go wrong', () => {
  beforeEach(forget);
  afterEach(unmount);

  it('an invalid configuration: a console error naming the problem, nothing optional, no question', async () => {
    store({ choices: ALL });
    const config = testConfig();
    let element!: Awaited<ReturnType<typeof banner>>;
    const errors = await consoleErrors(async () => {
      element = await banner({ ...config, validityDays: 999 });
    });
    expect(errors.join('\n')).to.contain('„validityDays“ ist ungültig');
    expect(element.configError).to.contain('validityDays');
    expect(['video', 'stats', 'essential'].some((service) => element.has(service))).to.be.false;
    expect(dialogOf(element)?.open ?? false).to.be.false;
  });

  it('an invalid configuration: the settings say so, in plain German, and can be closed', async () => {
    let element!: Awaited<ReturnType<typeof banner>>;
    const errors = await consoleErrors(async () => {
      element = await banner('{"revision": 1, "services": [', '');
    });
    expect(errors.join('\n')).to.match(/Konfiguration ungültig, nichts Optionales wird geladen: SyntaxError/);
    await element.show();
    const dialog = await openDialog(element);
    expect(text(dialog)).to.contain('Die Einstellungen sind wegen eines Fehlers gerade nicht verfügbar. Externe Dienste werden nicht geladen.');
    await expect(element).to.be.accessible();
    buttonNamed(dialog, 'Schließen').click();
    expect(dialog.open).to.be.false;
  });

  it('reads the configuration from the `config` URL, and reports one that fails to load', async () => {
    const { url } = await mock({ body: testConfig({ revision: 3 }) });
    const element = await banner(undefined, `config="${url}"`);
    expect(element.config?.revision).to.equal(3);
    unmount();
    const { url: missing } = await mock({ status: 404, body: { error: 'weg' } });
    const errors = await consoleErrors(() => banner(undefined, `config="${missing}"`));
    expect(errors.join('\n')).to.contain('HTTP 404');
  });

  it('Global Privacy Control counts as a refusal: no question, nothing allowed', async () => {
    const undo = stub(navigator, 'globalPrivacyControl', { value: true });
    try {
      const element = await banner(testConfig());
      await settle();
      expect(dialogOf(element)?.open ?? false).to.be.false;
      expect(element.has('video')).to.be.false;
      unmount();
      const asking = await banner(testConfig({ respectGpc: false }));
      await openDialog(asking);
    } finally {
      undo();
    }
  });

  it('storage that throws still lets a person choose, for this page view', async () => {
    const undo = blockStorage();
    try {
      const element = await banner(testConfig());
      const dialog = await openDialog(element);
      expect(text(dialog)).to.contain('Ihr Browser speichert keine Cookies: Ihre Auswahl gilt nur auf dieser Seite.');
      buttonNamed(dialog, 'Alle akzeptieren').click();
      await until(() => !dialog.open, 'closing');
      expect(element.has('video')).to.be.true;
    } finally {
      undo();
    }
    expect(storedRecord()).to.be.undefined;
  });

  it('a corrupt cookie counts as no choice: the question comes, nothing is allowed', async () => {
    document.cookie = 'herne_consent=%E0%A4%A; path=/';
    const element = await banner(testConfig());
    await openDialog(element);
    expect(element.has('video')).to.be.false;
  });
});
