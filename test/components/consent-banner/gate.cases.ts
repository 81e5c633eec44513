import { expect } from '@open-wc/testing';
import { hits, mock } from '../../helpers/mock-api.js';
import type { ConsentGate } from '../../../src/components/consent-banner/consent-gate.js';
import { ALL, NONE, banner, buttonNamed, buttons, focused, forget, mount, store, storedRecord, testConfig, text, unmount, until } from './helpers.js';

/** Lets the lazy part finish what a click started. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/** A gate around an iframe of `width`×`height` that points at a counted test URL, followed by a paragraph. */
async function gate(service = 'video', width = 640, height = 360) {
  const { id, url } = await mock({ body: '<!doctype html><title>Video</title><p>Video</p>', headers: { 'content-type': 'text/html' } });
  const element = mount<ConsentGate>(
    `<consent-gate service="${service}"><template><iframe src="${url}" width="${width}" height="${height}" title="Herne stellt sich vor"></iframe></template></consent-gate>`,
  );
  const after = mount<HTMLParagraphElement>('<p>Text nach dem Video</p>');
  return { element, after, requests: () => hits(id) };
}

/** The placeholder, the gate's first child in the light DOM (from the lazy part). */
const placeholderOf = (element: ConsentGate) => element.querySelector<HTMLElement>(':scope > .consent-placeholder');
const shownPlaceholder = (element: ConsentGate) => until(() => (placeholderOf(element)?.hidden === false ? placeholderOf(element) : undefined), 'the placeholder');
const box = (element: Element) => {
  const rect = element.getBoundingClientRect();
  return [Math.round(rect.width), Math.round(rect.height)];
};

describe('<consent-gate>', () => {
  beforeEach(forget);
  afterEach(unmount);

  it('shows a placeholder naming the provider and the data, and requests nothing from the provider', async () => {
    await banner(testConfig());
    const { element, requests } = await gate();
    const placeholder = await shownPlaceholder(element);
    expect(text(placeholder)).to.contain('VideoDienst: Herne stellt sich vor');
    expect(text(placeholder)).to.contain('Dieser Inhalt kommt von Video GmbH, Irland. Beim Laden gehen diese Daten an den Anbieter: Ihre IP-Adresse');
    expect(text(placeholder)).to.contain('Ihre IP-Adresse');
    expect(buttons(placeholder).map(text)).to.deep.equal(['Einmal laden', 'Immer erlauben']);
    expect(placeholder.querySelector('a')!.href).to.equal('https://video.example/privacy');
    expect(element.querySelector('iframe')).to.be.null;
    expect(await requests()).to.equal(0);
    await expect(element).to.be.accessible();
  });

  it('keeps its box from the first moment: the embed’s proportions, the same before and after loading', async () => {
    store({ choices: NONE });
    await banner(testConfig());
    const { element, after } = await gate('video', 640, 360);
    const [width, height] = box(element) as [number, number];
    const first = [[width, height], Math.round(after.getBoundingClientRect().top)];
    expect(height, '16:9, at least 15rem').to.equal(Math.max(Math.round((width * 360) / 640), 240));
    const placeholder = await shownPlaceholder(element);
    expect([box(element), Math.round(after.getBoundingClientRect().top)]).to.deep.equal(first);
    buttonNamed(placeholder, 'Einmal laden').click();
    const iframe = await until(() => element.querySelector('iframe'), 'the iframe');
    expect(box(iframe)).to.deep.equal([width, height]);
    expect([box(element), Math.round(after.getBoundingClientRect().top)]).to.deep.equal(first);
  });

  it('gives an embed without width and height (a wrapper) a 16:9 box, at least 15rem high', async () => {
    store({ choices: NONE });
    await banner(testConfig());
    const element = mount<ConsentGate>('<consent-gate service="video"><template><div class="wrapper"><p>Video</p></div></template></consent-gate>');
    const [width, height] = box(element) as [number, number];
    expect(height).to.equal(Math.max(Math.round((width * 9) / 16), 240));
  });

  it('"Einmal laden" loads this embed only, stores nothing, and moves focus to it', async () => {
    store({ choices: NONE });
    const element = await banner(testConfig());
    const one = await gate();
    const two = await gate();
    buttonNamed(await shownPlaceholder(one.element), 'Einmal laden').click();
    const iframe = await until(() => one.element.querySelector('iframe'), 'the iframe');
    await until(async () => (await one.requests()) === 1, 'the request');
    expect(focused() === iframe, `focus on the iframe, not on ${focused()?.localName}`).to.be.true;
    expect(placeholderOf(one.element)!.hidden).to.be.true;
    expect(element.has('video')).to.be.false;
    expect(storedRecord()!.choices).to.deep.equal(NONE);
    expect(two.element.querySelector('iframe')).to.be.null;
    expect(await two.requests()).to.equal(0);
  });

  it('"Immer erlauben" stores the consent and loads every embed of the service', async () => {
    store({ choices: NONE });
    const element = await banner(testConfig());
    const one = await gate();
    const two = await gate();
    buttonNamed(await shownPlaceholder(one.element), 'Immer erlauben').click();
    await until(() => two.element.querySelector('iframe') && one.element.querySelector('iframe'), 'both iframes');
    expect(element.has('video')).to.be.true;
    expect(storedRecord()!.choices).to.deep.equal({ ...NONE, video: true });
    expect(placeholderOf(two.element)?.hidden ?? true).to.be.true;
  });

  it('shows the embed at once when consent is stored, without a placeholder', async () => {
    store({ choices: ALL });
    await banner(testConfig());
    const { element } = await gate();
    await until(() => element.querySelector('iframe'), 'the iframe');
    await settle();
    expect(placeholderOf(element)?.hidden ?? true).to.be.true;
  });

  it('a gate added to the page later shows its embed when consent is stored', async () => {
    store({ choices: ALL });
    await banner(testConfig());
    await settle();
    const { element, requests } = await gate();
    await until(() => element.querySelector('iframe'), 'the iframe of the later gate');
    await until(async () => (await requests()) === 1, 'its request');
  });

  it('puts the placeholder back on withdrawal, in the same box', async () => {
    store({ choices: ALL });
    const element = await banner(testConfig());
    const { element: gateElement } = await gate();
    await until(() => gateElement.querySelector('iframe'), 'the iframe');
    const before = box(gateElement);
    await element.rejectAll();
    const placeholder = await shownPlaceholder(gateElement);
    expect(gateElement.querySelector('iframe')).to.be.null;
    expect(buttons(placeholder).map(text)).to.deep.equal(['Einmal laden', 'Immer erlauben']);
    expect(box(gateElement)).to.deep.equal(before);
  });

  it('works without a banner: only "Einmal laden", with the built-in provider texts', async () => {
    const { element } = await gate('youtube');
    const placeholder = await shownPlaceholder(element);
    expect(text(placeholder)).to.contain('Google Ireland Limited');
    expect(buttons(placeholder).map(text)).to.deep.equal(['Einmal laden']);
  });

  it('an unknown service: a console error and a placeholder that loads nothing', async () => {
    await banner(testConfig());
    const original = console.error;
    const logged: string[] = [];
    console.error = (...args: unknown[]) => logged.push(args.join(' '));
    try {
      const { element } = await gate('karte');
      const placeholder = await shownPlaceholder(element);
      expect(text(placeholder)).to.contain('Dieser externe Inhalt kann gerade nicht geladen werden.');
      expect(buttons(placeholder)).to.have.length(0);
    } finally {
      console.error = original;
    }
    expect(logged.join('\n')).to.contain('Der Dienst „karte“ ist in der Konfiguration von <consent-banner> nicht eingerichtet.');
  });

  it('speaks English on an English page', async () => {
    document.documentElement.lang = 'en';
    try {
      await banner(testConfig());
      const { element } = await gate();
      const placeholder = await shownPlaceholder(element);
      expect(text(placeholder)).to.contain('This content comes from Video GmbH, Irland.');
      expect(buttons(placeholder).map(text)).to.deep.equal(['Load once', 'Always allow']);
      await expect(element).to.be.accessible();
    } finally {
      document.documentElement.lang = 'de';
    }
  });
});

describe('activating blocked content', () => {
  beforeEach(() => {
    forget();
    (window as { order?: string[] }).order = [];
  });
  afterEach(unmount);
  const order = () => (window as { order?: string[] }).order!;

  /** A script served by the test server that records `name` in window.order, after `delayMs`. */
  async function script(name: string, delayMs = 0) {
    return mock({ body: `window.order.push(${JSON.stringify(name)});`, headers: { 'content-type': 'text/javascript' }, delayMs });
  }

  it('runs nothing, and requests nothing, before consent or after "Alle ablehnen"', async () => {
    const { id, url } = await script('extern');
    mount(`<script type="text/plain" data-consent="reader" src="${url}"></script>`);
    mount(`<template data-consent="video"><img src="${url}" alt=""></template>`);
    const element = await banner(testConfig());
    await settle();
    expect(await hits(id)).to.equal(0);
    await element.rejectAll();
    await settle();
    expect(await hits(id)).to.equal(0);
    expect(order()).to.deep.equal([]);
  });

  it('runs templates and blocked scripts in document order, waiting for each external script; a failing one does not stop the rest', async () => {
    const slow = await script('langsam', 300);
    const fast = await script('schnell');
    const { url: broken } = await mock({ status: 500, body: 'kaputt' });
    mount(`<script type="text/plain" data-consent="reader" src="${slow.url}"></script>`);
    mount(`<template data-consent="video"><script>window.order.push('inline danach')</script><p class="aktiviert">Aktiviert</p></template>`);
    mount(`<script type="text/plain" data-consent="reader" src="${broken}"></script>`);
    mount(`<script type="text/plain" data-consent="reader">window.order.push('nach dem Fehler')</script>`);
    mount(`<template data-consent="stats"><script src="${fast.url}"></script></template>`);
    store({ choices: ALL });
    await banner(testConfig());
    await until(() => order().length === 4, 'four scripts');
    expect(order()).to.deep.equal(['langsam', 'inline danach', 'nach dem Fehler', 'schnell']);
    expect(document.querySelector('p.aktiviert')).to.exist;
  });

  it('gives activated scripts the page’s CSP nonce and their real type', async () => {
    const nonced = mount<HTMLScriptElement>('<script nonce="n0nce-test">/* the page’s own */</script>');
    expect(nonced.nonce).to.equal('n0nce-test');
    mount(`<script type="text/plain" data-consent="reader" data-type="module">window.order.push(import.meta.url ? 'modul' : 'klassisch')</script>`);
    store({ choices: ALL });
    await banner(testConfig());
    await until(() => order().length, 'the module');
    expect(order()).to.deep.equal(['modul']);
    const activated = [...document.querySelectorAll<HTMLScriptElement>('script[data-consent="reader"]:not([type="text/plain"])')];
    expect(activated.map((script) => [script.type, script.nonce])).to.deep.equal([['module', 'n0nce-test']]);
  });

  it('activates what is added to the page later', async () => {
    store({ choices: { ...NONE, video: true } });
    await banner(testConfig());
    mount(`<template data-consent="video"><p class="spaeter">Später eingefügt</p></template>`);
    mount(`<template data-consent="reader"><p class="nicht-erlaubt">Nicht erlaubt</p></template>`);
    await until(() => document.querySelector('p.spaeter'), 'the later template');
    await settle();
    expect(document.querySelector('p.nicht-erlaubt')).to.be.null;
  });
});
