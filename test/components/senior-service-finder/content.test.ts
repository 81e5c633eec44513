import { expect, html } from '@open-wc/testing';
import '../../../src/components/senior-service-finder/define.js';
import type { SeniorServiceFinder } from '../../../src/components/senior-service-finder/senior-service-finder.js';
import { renderLoaded } from '../../helpers/widget.js';
import { SAMPLE, find, findAll, press, resetPage, restorePage, root, text, waitFor } from './helpers.js';

// Issue 10.4 and 10.6: what a new user read twice, or was offered in vain, and the map's numbers and notice.
const load = async (template = html`<senior-service-finder no-hash src=${SAMPLE}></senior-service-finder>`) => (await renderLoaded<SeniorServiceFinder>(template)).el;
const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

async function openOffer(el: SeniorServiceFinder, topic: string, name: string): Promise<HTMLElement> {
  await press(el, find(el, '.ssf-tile', topic));
  await press(el, find(el, '.ssf-card h4 a', name));
  return waitFor(() => root(el).querySelector<HTMLElement>('article.ssf-detail'), 'the detail view');
}

describe('<senior-service-finder>: each fact once (issue 10.4)', () => {
  beforeEach(resetPage);
  afterEach(restorePage);

  it('says "Barrierefreiheit" once, as the heading of one list', async () => {
    const el = await load();
    const detail = await openOffer(el, 'Beratung', 'Seniorenberatung Herne-Mitte');
    const section = find(el, 'article.ssf-detail section', 'Barrierefreiheit');
    expect(occurrences(text(detail), 'Barrierefreiheit')).to.equal(1);
    expect(section.querySelectorAll('ul')).to.have.length(1);
    const items = [...section.querySelectorAll('li')].map((item) => text(item));
    expect(items).to.include('Stufenloser Zugang').and.include('Aufzug');
    expect(new Set(items).size).to.equal(items.length);
  });

  it('says "Ab 60 Jahren" once under "Für wen?"', async () => {
    const el = await load();
    await openOffer(el, 'Beratung', 'Seniorenberatung Herne-Mitte');
    // The description already says "Für Menschen ab 60 Jahren …"; the age line would say it again.
    expect(occurrences(text(find(el, 'article.ssf-detail section', 'Für wen?')).toLowerCase(), 'ab 60 jahren')).to.equal(1);
  });

  it('shows the phone number once, not translated, and calls it from the button', async () => {
    const el = await load();
    const detail = await openOffer(el, 'Beratung', 'Seniorenberatung Herne-Mitte');
    const number = text(find(el, 'article.ssf-detail section', 'Telefon').querySelector('[translate="no"]'));
    expect(number).to.match(/^02323 0-\d+$/);
    expect(occurrences(text(detail), number)).to.equal(1);
    expect(find(el, '.ssf-actions a', 'Anrufen').getAttribute('href')).to.match(/^tel:\+492323\d+$/);
  });

  it('offers no filter that finds nothing: filters at (0) are disabled, chosen ones stay removable', async () => {
    const el = await load();
    await press(el, find(el, '.ssf-tile', 'Pflege'));
    const toggles = findAll<HTMLButtonElement>(el, '.ssf-toggle');
    const empty = toggles.filter((toggle) => /\(0\)$/.test(text(toggle)));
    expect(empty.length, 'the sample has filters without offers in Pflege').to.be.greaterThan(0);
    for (const toggle of empty) expect(toggle.disabled, text(toggle)).to.equal(true);
    for (const toggle of toggles.filter((one) => !empty.includes(one))) expect(toggle.disabled, text(toggle)).to.equal(false);
    // A chosen filter that narrows the list to nothing can still be taken back.
    const kostenlos = find<HTMLButtonElement>(el, '.ssf-toggle', 'Kostenlos');
    await press(el, kostenlos);
    for (const toggle of findAll<HTMLButtonElement>(el, '.ssf-toggle[aria-pressed="true"]')) expect(toggle.disabled).to.equal(false);
    await expect(el).to.be.accessible();
  });
});

describe('<senior-service-finder>: the map (issue 10.6)', () => {
  beforeEach(resetPage);
  afterEach(restorePage);

  it('numbers the cards as the map numbers its markers', async () => {
    const el = await load(html`<senior-service-finder no-hash map src=${SAMPLE}></senior-service-finder>`);
    await press(el, find(el, '.ssf-tile', 'Beratung'));
    const numbers = findAll(el, '.ssf-card').map((card) => text(card.querySelector('.ssf-number')));
    expect(numbers).to.deep.equal(numbers.map((_, index) => String(index + 1)));
    // Screen readers hear the list's own numbering; the visible one is not read twice.
    expect(findAll(el, '.ssf-card .ssf-number').every((number) => number.getAttribute('aria-hidden') === 'true')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('says, before anything loads, that the map loads tiles from OpenStreetMap (no consent banner on the page)', async () => {
    const el = await load(html`<senior-service-finder no-hash map src=${SAMPLE}></senior-service-finder>`);
    await press(el, find(el, '.ssf-tile', 'Beratung'));
    const area = find(el, '.ssf-map-area');
    expect(text(area)).to.match(/Kartenbilder von OpenStreetMap \(tile\.openstreetmap\.org\)/);
    expect(area.querySelector('.leaflet-container')).to.equal(null);
    expect(find(el, '.ssf-map-area button', 'Karte anzeigen').getAttribute('aria-describedby')).to.equal(area.querySelector('p.ssf-map-note')!.id);
  });

  it('names the host of its own tiles when the page sets map-tiles', async () => {
    const el = await load(html`<senior-service-finder no-hash map map-tiles="https://karten.herne.example/{z}/{x}/{y}.png" src=${SAMPLE}></senior-service-finder>`);
    await press(el, find(el, '.ssf-tile', 'Beratung'));
    expect(text(find(el, '.ssf-map-area'))).to.include('Kartenbilder von karten.herne.example');
  });
});

describe('<senior-service-finder>: codes are not translated (issue 8)', () => {
  beforeEach(resetPage);
  afterEach(restorePage);

  it('shows the e-mail address and the website as links with translate="no"', async () => {
    const el = await load();
    await openOffer(el, 'Beratung', 'Seniorenberatung Herne-Mitte');
    const section = find(el, 'article.ssf-detail section', 'E-Mail und Internet');
    const links = [...section.querySelectorAll('a')];
    expect(links.map((link) => [text(link), link.getAttribute('href'), link.getAttribute('translate')])).to.deep.equal([
      ['seniorenberatung-mitte@herne.example', 'mailto:seniorenberatung-mitte@herne.example', 'no'],
      ['senioren.herne.example/angebote/seniorenberatung-mitte', 'https://senioren.herne.example/angebote/seniorenberatung-mitte', 'no'],
    ]);
    expect(text(section)).to.include('E-Mail: seniorenberatung-mitte@herne.example');
    for (const link of links) expect(link.getBoundingClientRect().height).to.be.at.least(44);
  });

  it('loads the English texts of the detail view lazily, as the other texts', async () => {
    const el = await load(html`<senior-service-finder lang="en" no-hash src=${SAMPLE}></senior-service-finder>`);
    await openOffer(el, 'Advice', 'Seniorenberatung Herne-Mitte');
    await waitFor(() => text(root(el)).includes('E-mail and web'), 'the English detail texts');
    expect(text(find(el, 'article.ssf-detail'))).to.include('Opening hours').and.not.include('Öffnungszeiten');
  });
});
