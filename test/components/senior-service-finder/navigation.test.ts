import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/senior-service-finder/define.js';
import type { SearchChangedEvent, ServiceOpenedEvent, WatchlistChangedEvent } from '../../../src/components/senior-service-finder/events.js';
import type { SeniorServiceFinder } from '../../../src/components/senior-service-finder/senior-service-finder.js';
import { renderLoaded } from '../../helpers/widget.js';
import { SAMPLE, accessibleName, cardNames, find, findAll, focused, foundCount, press, resetPage, restorePage, root, text, waitFor } from './helpers.js';

const load = async (template = html`<senior-service-finder no-hash src=${SAMPLE}></senior-service-finder>`) => (await renderLoaded<SeniorServiceFinder>(template)).el;
/** The sign drawn on a button ("check", "star" …; see icons.ts). */
const symbolOf = (node: Element) => node.querySelector('svg[data-symbol]')?.getAttribute('data-symbol');
const detailShown = (el: SeniorServiceFinder) => waitFor(() => root(el).querySelector('article.ssf-detail'), 'the detail view');

describe('<senior-service-finder>: finding', () => {
  beforeEach(resetPage);
  afterEach(restorePage);

  it('opens a topic from its tile: results, count, way back, focus on the heading', async () => {
    const el = await load();
    await press(el, find(el, '.ssf-tile', 'Pflege'));
    expect(text(root(el).querySelector('h2'))).to.equal('Pflege');
    expect(focused(el)).to.equal(root(el).querySelector('h2'));
    expect(foundCount(el)).to.equal(9);
    expect(cardNames(el)).to.have.length(9);
    expect(text(find(el, '.ssf-nav'))).to.include('Zurück').and.include('Neue Suche').and.include('Sie sind hier: Start › Ergebnisse');
    expect(root(el).querySelector('[aria-current="page"]')!.textContent).to.equal('Ergebnisse');
    await expect(el).to.be.accessible();
  });

  it('shows on each card the summary, place, today’s hours and open state, cost and accessibility in words', async () => {
    const el = await load();
    await press(el, find(el, '.ssf-tile', 'Beratung'));
    const card = find(el, '.ssf-card', 'Seniorenberatung Herne-Mitte');
    expect(text(card)).to.include('Kostenlose und unabhängige Beratung für ältere Menschen und ihre Angehörigen.');
    expect(text(card)).to.include('Friedrich-Ebert-Platz 2 · Herne-Mitte');
    // The quarter named as its district is said once (issue 10.4).
    expect(text(card)).not.to.include('Herne-Mitte (Herne-Mitte)');
    expect(text(card)).to.include('Heute 9–12 und 14–16 Uhr · jetzt geöffnet bis 12 Uhr');
    expect(text(card)).to.include('kostenlos');
    expect(text(card)).to.include('Barrierefreiheit: Stufenloser Zugang, Aufzug, Barrierefreies WC, Hörschleife');
    const meals = await (async () => {
      await press(el, find(el, '.ssf-nav button', 'Neue Suche'));
      await press(el, find(el, '.ssf-tile', 'Hilfe im Alltag'));
      return find(el, '.ssf-card', 'Essen auf Rädern');
    })();
    expect(text(meals)).to.include('Kommt zu Ihnen: in ganz Herne');
    expect(text(meals)).to.include('Kosten: 7,90 € pro Mahlzeit');
  });

  it('filters with large toggles that show their counts, and combines them', async () => {
    const el = await load();
    await press(el, find(el, '.ssf-tile', 'Alle Angebote'));
    const total = foundCount(el);
    const open = find(el, '.ssf-toggle', 'Jetzt geöffnet');
    const openCount = Number(/\((\d+)\)/.exec(text(open))![1]);
    expect(open.getAttribute('aria-pressed')).to.equal('false');
    await press(el, open);
    expect(find(el, '.ssf-toggle', 'Jetzt geöffnet').getAttribute('aria-pressed')).to.equal('true');
    expect(symbolOf(find(el, '.ssf-toggle', 'Jetzt geöffnet'))).to.equal('check');
    expect(foundCount(el)).to.equal(openCount);
    expect(openCount).to.be.within(1, total - 1);
    const lift = find(el, '.ssf-toggle', 'Aufzug');
    const liftCount = Number(/\((\d+)\)/.exec(text(lift))![1]);
    await press(el, lift);
    expect(foundCount(el)).to.equal(liftCount);
    expect(cardNames(el)).to.include('Seniorenberatung Herne-Mitte');
    await expect(el).to.be.accessible();
  });

  it('never dead-ends: offers to drop the last filter, with the number it brings back', async () => {
    const first = await load();
    await press(first, find(first, '.ssf-tile', 'Sicherheit'));
    await press(first, find(first, '.ssf-toggle', 'Hausbesuche'));
    const before = foundCount(first);
    // "Hörschleife (0)" is not offered any more (issue 10.4); a link someone sent can still ask for it.
    expect(find<HTMLButtonElement>(first, '.ssf-toggle', 'Hörschleife').disabled).to.equal(true);
    first.remove();
    history.replaceState(null, '', '#thema=sicherheit&filter=hausbesuch,schleife');
    const el = await load(html`<senior-service-finder src=${SAMPLE}></senior-service-finder>`);
    expect(foundCount(el)).to.equal(0);
    expect(text(root(el).querySelector('[id$="-count"]'))).to.equal('Kein Angebot gefunden');
    expect(text(root(el))).to.include('Für diese Auswahl gibt es kein Angebot.');
    const relax = find(el, 'button', 'weglassen');
    expect(text(relax)).to.equal(`„Hörschleife“ weglassen (${before === 1 ? '1 Angebot' : `${before} Angebote`})`);
    await expect(el).to.be.accessible();
    await press(el, relax);
    expect(foundCount(el)).to.equal(before);
    expect(focused(el)).to.equal(root(el).querySelector('[id$="-count"]'));
    expect(find(el, '.ssf-toggle', 'Hörschleife').getAttribute('aria-pressed')).to.equal('false');
  });

  it('searches as you type, understanding German, and announces the count politely', async () => {
    const el = await load();
    const changes: SearchChangedEvent[] = [];
    el.addEventListener('search-changed', (event) => changes.push(event));
    const input = root(el).querySelector<HTMLInputElement>('[id$="-query"]')!;
    input.focus();
    input.value = 'Pflegegrad';
    input.dispatchEvent(new Event('input'));
    await press(el, find(el, 'button[type="submit"]', 'Angebote anzeigen'));
    await waitFor(() => foundCount(el) > 0, 'search results');
    expect(cardNames(el)).to.include.members(['Pflegeberatung der Stadt Herne', 'Senioren- und Pflegeberatung Wanne']);
    // Typing on the results updates them at once; the count is announced when typing pauses.
    const box = root(el).querySelector<HTMLInputElement>('[id$="-query"]')!;
    box.focus();
    box.select();
    await sendKeys({ type: 'demnz' });
    await el.updateComplete;
    expect(cardNames(el)).to.deep.equal(['Demenz-Café „Vergissmeinnicht“']);
    const live = root(el).querySelector('.ssf-live')!;
    expect(live.getAttribute('role')).to.equal('status');
    await waitFor(() => text(live) === '1 Angebot gefunden', 'the announcement');
    expect(changes.at(-1)).to.include({ query: 'demnz', count: 1 });
  });

  it('narrows to a district; services for the whole city stay', async () => {
    const el = await load();
    await press(el, find(el, '.ssf-tile', 'Pflege'));
    const select = root(el).querySelector<HTMLSelectElement>('[id$="-place"]')!;
    select.value = 'sodingen';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(cardNames(el)).to.include.members(['Tagespflege Sodingen', 'Ambulanter Pflegedienst Anadolu (Beispiel)']);
    expect(cardNames(el)).to.not.include('Kurzzeitpflege im Haus am Kanal');
  });

  it('shows 20 cards and more on request, moving focus to the first new one', async () => {
    const el = await load();
    await press(el, find(el, '.ssf-tile', 'Alle Angebote'));
    expect(cardNames(el)).to.have.length(20);
    await press(el, find(el, 'button', 'Weitere Angebote zeigen (noch 19)'));
    expect(cardNames(el)).to.have.length(39);
    expect(focused(el)).to.equal(findAll(el, '.ssf-card h4 a')[20]);
  });
});

describe('<senior-service-finder>: an offer, the Merkliste, the text size', () => {
  beforeEach(resetPage);
  afterEach(restorePage);

  it('answers "what do I do now?" in the detail view', async () => {
    const el = await load();
    const opened: ServiceOpenedEvent[] = [];
    el.addEventListener('service-opened', (event) => opened.push(event));
    await press(el, find(el, '.ssf-tile', 'Beratung'));
    await press(el, find(el, '.ssf-card h4 a', 'Seniorenberatung Herne-Mitte'));
    const detail = await detailShown(el);
    expect(focused(el)).to.equal(detail.querySelector('h2'));
    expect(text(detail.querySelector('h2'))).to.equal('Seniorenberatung Herne-Mitte');
    const call = find<HTMLAnchorElement>(el, '.ssf-actions a', 'Anrufen');
    expect(call.getAttribute('href')).to.match(/^tel:\+492323\d+$/);
    expect(find(el, '.ssf-actions a', 'E-Mail schreiben').getAttribute('href')).to.equal('mailto:seniorenberatung-mitte@herne.example');
    expect(find(el, '.ssf-actions a', 'Weg dorthin').getAttribute('href')).to.match(/^https:\/\/www\.openstreetmap\.org\/directions\?route=%3B51\.\d+%2C7\.\d+$/);
    expect(find(el, '.ssf-actions a', 'Website öffnen').getAttribute('href')).to.equal('https://senioren.herne.example/angebote/seniorenberatung-mitte');
    expect(text(find(el, 'section', 'Telefon'))).to.match(/^Telefon 02323 0-\d+/);
    const hours = text(find(el, 'section', 'Öffnungszeiten'));
    expect(hours).to.include('Montag bis Donnerstag: 9–12 und 14–16 Uhr');
    expect(hours).to.include('Freitag: 9–12 Uhr');
    expect(hours).to.include('An Feiertagen geschlossen.');
    expect(text(find(el, 'section', 'Für wen?'))).to.include('ab 60 Jahren');
    expect(text(find(el, 'section', 'Bitte mitbringen'))).to.include('Personalausweis');
    expect(text(find(el, 'section', 'Sprachen'))).to.include('Türkisch');
    expect(text(detail)).to.include('Zuletzt geprüft: Oktober 2026');
    expect(detail.querySelector('.ssf-notice')).to.equal(null);
    expect(text(find(el, '.ssf-nav'))).to.include('Start › Ergebnisse › Angebot');
    expect(opened.map((event) => event.name)).to.deep.equal(['Seniorenberatung Herne-Mitte']);
    await expect(el).to.be.accessible();
  });

  it('warns softly when the entry was last checked long ago', async () => {
    const el = await load();
    await press(el, find(el, '.ssf-tile', 'Beratung'));
    await press(el, find(el, '.ssf-card h4 a', 'Seniorenberatung Sodingen'));
    const detail = await detailShown(el);
    expect(text(detail)).to.include('Zuletzt geprüft: Juni 2024');
    expect(text(detail.querySelector('.ssf-notice'))).to.equal('Diese Angaben sind älter als 12 Monate. Bitte fragen Sie vor einem Besuch telefonisch nach.');
  });

  it('goes back to the list with "Zurück", focus on the card it came from', async () => {
    const el = await load();
    await press(el, find(el, '.ssf-tile', 'Pflege'));
    await press(el, find(el, '.ssf-card h4 a', 'Tagespflege Sodingen'));
    await detailShown(el);
    await press(el, find(el, '.ssf-nav button', 'Zurück'));
    expect(text(root(el).querySelector('h2'))).to.equal('Pflege');
    expect(text(focused(el))).to.equal('Tagespflege Sodingen');
    await press(el, find(el, '.ssf-nav button', 'Neue Suche'));
    expect(text(root(el).querySelector('h2'))).to.equal('Angebote für ältere Menschen in Herne');
  });

  it('keeps a Merkliste without login, printable, and remembers it', async () => {
    const el = await load();
    const changes: WatchlistChangedEvent[] = [];
    el.addEventListener('watchlist-changed', (event) => changes.push(event));
    await press(el, find(el, '.ssf-tile', 'Pflege'));
    const save = find(el, '.ssf-card', 'Tagespflege Sodingen').querySelector<HTMLButtonElement>('button')!;
    expect(text(save)).to.equal('Merken');
    expect(symbolOf(save)).to.equal('star');
    expect(await accessibleName(save)).to.equal('Merken: Tagespflege Sodingen');
    await press(el, save);
    expect(save.getAttribute('aria-pressed')).to.equal('true');
    expect(text(find(el, '.ssf-toolbar a', 'Merkliste'))).to.equal('Merkliste (1)');
    expect(changes[0]!.serviceIds).to.have.length(1);
    await press(el, find(el, '.ssf-toolbar a', 'Merkliste'));
    await waitFor(() => root(el).querySelector('.ssf-saved'), 'the Merkliste');
    expect(text(root(el).querySelector('h2'))).to.equal('Ihre Merkliste');
    const entry = find(el, '.ssf-saved .ssf-card', 'Tagespflege Sodingen');
    expect(text(entry)).to.include('Montag bis Freitag: 8–16 Uhr');
    expect(text(entry)).to.include('Kirchstraße 21');
    expect(find(el, 'button', 'Merkliste drucken')).to.exist;
    await expect(el).to.be.accessible();

    // A new visit finds it again.
    el.remove();
    const again = await load();
    expect(text(find(again, '.ssf-toolbar a', 'Merkliste'))).to.equal('Merkliste (1)');
    await press(again, find(again, '.ssf-toolbar a', 'Merkliste'));
    await waitFor(() => root(again).querySelector('.ssf-saved .ssf-card'), 'the saved entry');
    const remove = find(again, '.ssf-saved .ssf-card button', 'Entfernen');
    expect(await accessibleName(remove)).to.equal('Entfernen: Tagespflege Sodingen');
    await press(again, remove);
    expect(text(root(again).querySelector('.ssf-saved'))).to.include('Ihre Merkliste ist leer.');
  });

  it('switches the text size (A, A+, A++) and remembers it', async () => {
    const el = await load();
    const base = root(el).querySelector<HTMLElement>('.ssf-finder')!;
    expect(parseFloat(getComputedStyle(base).fontSize)).to.equal(18);
    const largest = find(el, '.ssf-sizes button', 'A++');
    expect(largest.getAttribute('aria-pressed')).to.equal('false');
    expect(text(largest)).to.equal('A++');
    expect(await accessibleName(largest)).to.equal('A++ (Schriftgröße sehr groß)');
    await press(el, largest);
    expect(parseFloat(getComputedStyle(base).fontSize)).to.equal(27);
    expect(largest.getAttribute('aria-pressed')).to.equal('true');
    el.remove();
    const again = await load();
    expect(parseFloat(getComputedStyle(root(again).querySelector('.ssf-finder')!).fontSize)).to.equal(27);
  });
});

describe('<senior-service-finder>: the state in the URL hash', () => {
  beforeEach(resetPage);
  afterEach(restorePage);

  it('opens a prepared list from a link', async () => {
    history.replaceState(null, '', '#thema=pflege&ort=sodingen&filter=stufenlos,heute');
    const el = await load(html`<senior-service-finder src=${SAMPLE}></senior-service-finder>`);
    expect(text(root(el).querySelector('h2'))).to.equal('Pflege');
    expect(root(el).querySelector<HTMLSelectElement>('[id$="-place"]')!.value).to.equal('sodingen');
    expect(find(el, '.ssf-toggle', 'Stufenloser Zugang').getAttribute('aria-pressed')).to.equal('true');
    expect(find(el, '.ssf-toggle', 'Heute geöffnet').getAttribute('aria-pressed')).to.equal('true');
    expect(cardNames(el)).to.deep.equal(['Tagespflege Sodingen']);
  });

  it('writes every change to the hash and follows the browser’s back button', async () => {
    const el = await load(html`<senior-service-finder src=${SAMPLE}></senior-service-finder>`);
    await press(el, find(el, '.ssf-tile', 'Wohnen im Alter'));
    expect(location.hash).to.equal('#thema=wohnen');
    await press(el, find(el, '.ssf-toggle', 'Aufzug'));
    expect(location.hash).to.equal('#thema=wohnen&filter=aufzug');
    await press(el, find(el, '.ssf-card h4 a'));
    expect(location.hash).to.match(/^#thema=wohnen&filter=aufzug&angebot=/);
    await detailShown(el);
    history.back();
    await waitFor(() => text(root(el).querySelector('h2')) === 'Wohnen im Alter', 'the results again');
    expect(find(el, '.ssf-toggle', 'Aufzug').getAttribute('aria-pressed')).to.equal('true');
    history.back();
    await waitFor(() => root(el).querySelector('.ssf-tiles'), 'the start screen');
  });

  it('writes the words typed on the results to the hash once typing pauses, and keeps them in the list’s entry', async () => {
    const el = await load(html`<senior-service-finder src=${SAMPLE}></senior-service-finder>`);
    await press(el, find(el, '.ssf-tile', 'Beratung'));
    const input = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    for (const words of ['De', 'Demenz']) {
      input.value = words;
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
    }
    // The list follows each key; the address waits for the pause.
    expect(foundCount(el)).to.be.lessThan(9);
    expect(location.hash).to.equal('#thema=beratung');
    await waitFor(() => location.hash === '#thema=beratung&suche=Demenz', 'the words in the hash');
    input.value = 'Pflege';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    // Opening an offer at once: the list's entry gets the words first, so "back" returns to them.
    await press(el, find(el, '.ssf-card h4 a'));
    expect(location.hash).to.match(/^#thema=beratung&suche=Pflege&angebot=/);
    await detailShown(el);
    history.back();
    await waitFor(() => location.hash === '#thema=beratung&suche=Pflege', 'the list with its words');
    await waitFor(() => root(el).querySelector<HTMLInputElement>('input[type="search"]')?.value === 'Pflege', 'the words in the search box');
  });

  it('opens an offer that no longer exists without breaking', async () => {
    history.replaceState(null, '', '#angebot=gibt-es-nicht');
    const el = await load(html`<senior-service-finder src=${SAMPLE}></senior-service-finder>`);
    await waitFor(() => text(root(el)).includes('Dieses Angebot gibt es nicht oder nicht mehr.'), 'the notice');
    expect(find(el, '.ssf-nav button', 'Zurück')).to.exist;
  });
});

describe('<senior-service-finder>: keyboard only', () => {
  beforeEach(resetPage);
  afterEach(restorePage);

  /** Tabs (or Shift+Tabs) until `match` has focus (at most 60 presses). */
  async function tabTo(el: SeniorServiceFinder, match: (node: Element) => boolean, backwards = false): Promise<Element> {
    for (let i = 0; i < 60; i += 1) {
      if (backwards) await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      if (backwards) await sendKeys({ up: 'Shift' });
      const node = focused(el);
      if (node && match(node)) return node;
    }
    throw new Error(`focus never reached the target; last: ${focused(el)?.outerHTML.slice(0, 120)}`);
  }

  it('finds, filters, opens, saves and goes back without a mouse', async () => {
    // Start from a button on the page before the finder.
    const before = document.body.insertBefore(document.createElement('button'), document.body.firstChild);
    before.textContent = 'vorher';
    const el = await load();
    before.focus();
    // Into the search box, type, Enter.
    await tabTo(el, (node) => node.id.endsWith('-query'));
    await sendKeys({ type: 'Tagespflege' });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => cardNames(el).includes('Tagespflege Sodingen'), 'the results');
    // Switch a filter with Space.
    await tabTo(el, (node) => text(node).includes('Heute geöffnet'));
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(find(el, '.ssf-toggle', 'Heute geöffnet').getAttribute('aria-pressed')).to.equal('true');
    // Open the card with Enter.
    await tabTo(el, (node) => text(node) === 'Tagespflege Sodingen');
    await sendKeys({ press: 'Enter' });
    await detailShown(el);
    expect(text(focused(el))).to.equal('Tagespflege Sodingen');
    // Save it, then back.
    await tabTo(el, (node) => text(node) === 'Merken');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text(find(el, '.ssf-toolbar a', 'Merkliste'))).to.equal('Merkliste (1)');
    await tabTo(el, (node) => text(node).includes('Zurück'), true);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text(focused(el))).to.equal('Tagespflege Sodingen');
    before.remove();
  });
});
