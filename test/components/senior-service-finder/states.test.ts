import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/senior-service-finder/define.js';
import type { SeniorServiceFinder } from '../../../src/components/senior-service-finder/senior-service-finder.js';
import { mock } from '../../helpers/mock-api.js';
import { renderFailed, renderLoaded } from '../../helpers/widget.js';
import { SAMPLE, cardNames, find, findAll, press, resetPage, restorePage, root, text, waitFor } from './helpers.js';

describe('<senior-service-finder> states', () => {
  beforeEach(resetPage);
  afterEach(restorePage);

  it('shows a polite loading message while the data loads', async () => {
    const { url } = await mock({ file: 'sample/hsds/services.json', delayMs: 1500 });
    const el = await fixture<SeniorServiceFinder>(html`<senior-service-finder no-hash .src=${url}></senior-service-finder>`);
    const status = root(el).querySelector('[role="status"].hw-loading')!;
    expect(text(status)).to.equal('Die Angebote werden geladen …');
    expect(root(el).querySelector('.hw-state')!.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('renders in steps of their own tasks: toolbar and loading message first, then the tiles and search box', async () => {
    const { url } = await mock({ file: 'sample/hsds/services.json', delayMs: 1500 });
    const el = document.createElement('senior-service-finder');
    el.noHash = true;
    el.src = url;
    // What the finder shows at the end of each task that changed it (a MutationObserver reports once per task).
    const steps: string[] = [];
    const observer = new MutationObserver(() => {
      const shown = { toolbar: '.ssf-toolbar', loading: '[role="status"].hw-loading', tiles: '.ssf-tile', search: 'input[type="search"]' };
      steps.push(Object.entries(shown).flatMap(([name, selector]) => (el.querySelector(selector) ? [name] : [])).join(' '));
    });
    observer.observe(el, { childList: true, subtree: true });
    document.body.append(el);
    try {
      // The page's task that put the finder in does not render it as well.
      expect(el.childElementCount).to.equal(0);
      await el.updateComplete;
      expect(steps.slice(0, 2)).to.deep.equal(['toolbar loading', 'toolbar loading tiles search']);
      expect(text(find(el, '.ssf-tile', 'Pflege'))).to.equal('Pflege');
    } finally {
      observer.disconnect();
      el.remove();
    }
  });

  it('keeps the start screen\'s search box, its focus and what the person typed when the data comes', async () => {
    const { url } = await mock({ file: 'sample/hsds/services.json', delayMs: 1500 });
    const el = await fixture<SeniorServiceFinder>(html`<senior-service-finder no-hash .src=${url}></senior-service-finder>`);
    const input = await waitFor(() => el.querySelector<HTMLInputElement>('input[type="search"]'), 'the search box while the data loads');
    expect(el.querySelector('.ssf-tile .ssf-meta'), 'no counts yet: the data is still loading').to.equal(null);
    input.focus();
    input.value = 'Pfleg';
    input.dispatchEvent(new Event('input'));
    await waitFor(() => el.querySelector('.ssf-tile .ssf-meta'), 'the tiles with their counts (the data is there)', 8000);
    expect(el.querySelector('input[type="search"]'), 'the same element').to.equal(input);
    expect(document.activeElement).to.equal(input);
    expect(input.value).to.equal('Pfleg');
  });

  it('keeps the results\' search box and its focus when the data comes', async () => {
    location.hash = '#suche=Pflege';
    const { url } = await mock({ file: 'sample/hsds/services.json', delayMs: 1500 });
    const el = document.createElement('senior-service-finder');
    el.src = url;
    document.body.append(el);
    try {
      const input = await waitFor(() => el.querySelector<HTMLInputElement>('input[type="search"]'), 'the search box while the data loads');
      expect(el.querySelector('.ssf-card')).to.equal(null);
      input.focus();
      await waitFor(() => el.querySelector('.ssf-card'), 'the results', 8000);
      expect(el.querySelector('input[type="search"]'), 'the same element').to.equal(input);
      expect(document.activeElement).to.equal(input);
      expect(input.value).to.equal('Pflege');
    } finally {
      el.remove();
    }
  });

  it('puts the first result list in six cards a task, the first six at once; updateComplete waits for all', async () => {
    location.hash = '#alle=1';
    const el = document.createElement('senior-service-finder');
    el.src = SAMPLE;
    // How many cards the finder shows at the end of each task that changed its list.
    const counts: number[] = [];
    const observer = new MutationObserver(() => {
      const cards = el.querySelectorAll('.ssf-card').length;
      if (cards && cards !== counts.at(-1)) counts.push(cards);
    });
    observer.observe(el, { childList: true, subtree: true });
    document.body.append(el);
    try {
      await waitFor(() => el.querySelectorAll('.ssf-card').length > 0, 'the first cards', 8000);
      await el.updateComplete;
      expect(counts).to.deep.equal([6, 12, 18, 20]);
      expect(el.querySelectorAll('.ssf-card')).to.have.length(20);
      expect(text(root(el).querySelector('.ssf-more'))).to.equal('Weitere Angebote zeigen (noch 19)');
    } finally {
      observer.disconnect();
      el.remove();
    }
  });

  it('puts a new list in as the person types: its first six cards at once, the cards of the list before below them until the rest come, in the same card elements', async () => {
    location.hash = '#alle=1';
    const el = document.createElement('senior-service-finder');
    el.src = SAMPLE;
    document.body.append(el);
    try {
      await waitFor(() => el.querySelectorAll('.ssf-card').length > 0, 'the first cards', 8000);
      await el.updateComplete;
      const before = cardNames(el);
      const elements = findAll(el, '.ssf-card');
      expect(before).to.have.length(20);
      // The card names at the end of each task that changed them (a MutationObserver reports once per task).
      const steps: string[][] = [];
      const observer = new MutationObserver(() => {
        const names = cardNames(el);
        if (names.join('|') !== steps.at(-1)?.join('|')) steps.push(names);
      });
      observer.observe(el, { childList: true, subtree: true, characterData: true });
      const input = find<HTMLInputElement>(el, 'input[type="search"]');
      input.value = 'Beratung';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      observer.disconnect();
      const after = cardNames(el);
      expect(after.length, 'the search finds more than six').to.be.greaterThan(6);
      expect(after.slice(0, 6), 'a list of its own').to.not.deep.equal(before.slice(0, 6));
      const kept = Math.min(after.length, 20) - 6;
      expect(steps[0], 'its first six at once, the list before below them').to.deep.equal([...after.slice(0, 6), ...before.slice(6, 6 + kept)]);
      expect(steps.at(-1)).to.deep.equal(after);
      expect(steps.length, 'the rest in tasks of their own').to.be.greaterThan(1);
      // The places' elements stay: typing changes the cards' text, it does not build them again.
      expect(findAll(el, '.ssf-card').every((card, index) => card === elements[index])).to.equal(true);
    } finally {
      el.remove();
    }
  });

  it('shows the filters with the first results and their counts, never with counts not yet known', async () => {
    location.hash = '#alle=1';
    const el = document.createElement('senior-service-finder');
    el.src = SAMPLE;
    // Each task's screen: are filter buttons there, and result cards?
    const steps: { filters: number; cards: number; counts: string[] }[] = [];
    const observer = new MutationObserver(() => {
      const toggles = findAll(el, '.ssf-toggle');
      steps.push({ filters: toggles.length, cards: el.querySelectorAll('.ssf-card').length, counts: toggles.map((toggle) => text(toggle)) });
    });
    observer.observe(el, { childList: true, subtree: true });
    document.body.append(el);
    try {
      await waitFor(() => el.querySelectorAll('.ssf-card').length > 0, 'the first cards', 8000);
      await el.updateComplete;
      // While the engine finds the first result, the filter section is its heading alone: no "Kostenlos (0)".
      expect(steps.filter((step) => step.filters > 0 && step.cards === 0)).to.deep.equal([]);
      expect(text(find(el, '.ssf-filters h3'))).to.equal('Auswahl eingrenzen');
      expect(text(find(el, '.ssf-toggle', 'Kostenlos'))).to.match(/^Kostenlos \([1-9]\d*\)$/);
    } finally {
      observer.disconnect();
      el.remove();
    }
  });

  it('shows the three ways in on the start screen, with counts', async () => {
    const { el, event } = await renderLoaded<SeniorServiceFinder>(html`<senior-service-finder no-hash src=${SAMPLE}></senior-service-finder>`);
    expect(event.count).to.equal(39);
    expect(text(root(el).querySelector('h2'))).to.equal('Angebote für ältere Menschen in Herne');
    const tiles = findAll(el, '.ssf-tile');
    expect(tiles).to.have.length(12);
    expect(text(tiles[3])).to.equal('Pflege 9 Angebote');
    expect(tiles[3]!.getAttribute('href')).to.equal('#thema=pflege');
    expect(text(tiles[11])).to.equal('Alle Angebote 39 Angebote');
    expect(find(el, 'label', 'Suchbegriff').getAttribute('for')).to.match(/^hw\d+-query$/);
    expect(find(el, 'label', 'Stadtteil').getAttribute('for')).to.match(/^hw\d+-place$/);
    const options = findAll<HTMLOptionElement>(el, '[id$="-place"] option').map((o) => text(o));
    expect(options.slice(0, 3)).to.deep.equal(['Ganz Herne', 'Herne-Mitte, ganzer Stadtbezirk', 'Herne-Mitte']);
    expect(options).to.include.members(['Röhlinghausen', 'Börnig', 'Crange', 'Wanne-Süd']);
    // The first screen needs no way back.
    expect(findAll(el, '.ssf-nav button')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('says plainly that no data source is set', async () => {
    const el = await fixture<SeniorServiceFinder>(html`<senior-service-finder no-hash></senior-service-finder>`);
    expect(text(root(el))).to.include('Es ist keine Datenquelle angegeben.');
    await expect(el).to.be.accessible();
  });

  it('says when no offers are listed at all', async () => {
    const { url } = await mock({ body: { total_pages: 1, page_number: 1, last_page: true, contents: [] } });
    const { el } = await renderLoaded<SeniorServiceFinder>(html`<senior-service-finder no-hash src=${url}></senior-service-finder>`);
    expect(text(root(el))).to.include('Zurzeit sind keine Angebote eingetragen.');
    await expect(el).to.be.accessible();
  });

  it('shows a half-broken page: the readable services and how many could not be read', async () => {
    const good = (await (await fetch(SAMPLE)).json()).contents.slice(0, 3);
    const { url } = await mock({ body: { contents: [...good, { id: 'x' }, 'kaputt', { name: 42, id: [] }, null] } });
    const { el } = await renderLoaded<SeniorServiceFinder>(html`<senior-service-finder no-hash src=${url}></senior-service-finder>`);
    expect(text(find(el, '.ssf-notice'))).to.equal('4 Einträge konnten nicht gelesen werden und fehlen in der Liste.');
    expect(text(find(el, '.ssf-tile', 'Alle Angebote'))).to.include('3 Angebote');
    await expect(el).to.be.accessible();
  });

  it('keeps the pages that loaded when a later page fails, and says the list is incomplete', async () => {
    const { el } = await renderLoaded<SeniorServiceFinder>(html`<senior-service-finder no-hash src="/sample/hsds/api/fail-from-page-2"></senior-service-finder>`);
    expect(text(find(el, '.ssf-notice'))).to.equal('Es konnten nicht alle Angebote geladen werden. Die Liste ist unvollständig.');
    expect(text(find(el, '.ssf-tile', 'Alle Angebote'))).to.include('10 Angebote');
  });

  it('reads every page of an HSDS API', async () => {
    const { el, event } = await renderLoaded<SeniorServiceFinder>(html`<senior-service-finder no-hash src="/sample/hsds/api/"></senior-service-finder>`);
    expect(event.count).to.equal(39);
    expect(root(el).querySelector('.ssf-notice')).to.equal(null);
  });

  for (const [name, answer, cause] of [
    ['an HTTP error', { status: 500, body: { error: 'kaputt' } }, 'Der Server meldet eine Störung (Fehler 500).'],
    ['a 404', { status: 404 }, 'Die Daten wurden auf dem Server nicht gefunden (Fehler 404).'],
    ['malformed JSON', { body: '{"contents": [{"id": "1", "name": "A"' }, 'Die Antwort des Servers ist beschädigt und kann nicht gelesen werden.'],
    ['JSON that is no HSDS', { body: { hello: 'world' } }, 'Die Antwort des Servers hat nicht das erwartete Format.'],
  ] as const) {
    it(`explains ${name} in plain German with "Erneut versuchen"`, async () => {
      const { url } = await mock(answer);
      const { el, event } = await renderFailed<SeniorServiceFinder>(html`<senior-service-finder no-hash .src=${url}></senior-service-finder>`);
      const alert = root(el).querySelector('[role="alert"]')!;
      expect(text(alert)).to.include('Die Angebote konnten nicht geladen werden.');
      expect(text(alert)).to.include(cause);
      expect(text(alert.querySelector('button'))).to.equal('Erneut versuchen');
      expect(event.kind).to.be.a('string');
      await expect(el).to.be.accessible();
    });
  }

  it('gives up on a server that does not answer, after `timeout` seconds', async () => {
    const { url } = await mock({ hang: true });
    const { el, event } = await renderFailed<SeniorServiceFinder>(html`<senior-service-finder no-hash timeout="1" .src=${url}></senior-service-finder>`);
    expect(event.kind).to.equal('timeout');
    expect(text(root(el).querySelector('[role="alert"]'))).to.include('Der Server hat nicht rechtzeitig geantwortet.');
    await expect(el).to.be.accessible();
  });

  it('loads again after "Erneut versuchen"', async () => {
    const { url } = await mock({ file: 'sample/hsds/services.json', failTimes: 3, failStatus: 503, retryAfter: 0 });
    const { el } = await renderFailed<SeniorServiceFinder>(html`<senior-service-finder no-hash .src=${url}></senior-service-finder>`);
    await press(el, find(el, 'button', 'Erneut versuchen'));
    await waitFor(() => root(el).querySelector('.ssf-tile'), 'the start screen');
    expect(root(el).querySelector('[role="alert"]')).to.equal(null);
  });

  it('accepts the HSDS data as a property, and rejects what is not HSDS without breaking', async () => {
    const data = await (await fetch(SAMPLE)).json();
    const { el } = await renderLoaded<SeniorServiceFinder>(html`<senior-service-finder no-hash .data=${data.contents}></senior-service-finder>`);
    expect(findAll(el, '.ssf-tile')).to.have.length(12);
    const { el: broken } = await renderFailed<SeniorServiceFinder>(html`<senior-service-finder no-hash .data=${'kaputt'}></senior-service-finder>`);
    expect(text(root(broken).querySelector('[role="alert"]'))).to.include('nicht das erwartete Format');
  });

  it('speaks English when its language is English', async () => {
    const { el } = await renderLoaded<SeniorServiceFinder>(html`<senior-service-finder lang="en" no-hash src=${SAMPLE}></senior-service-finder>`);
    await waitFor(() => text(root(el).querySelector('h2')) === 'Services for older people in Herne', 'English');
    expect(text(find(el, '.ssf-tile', 'Care'))).to.equal('Care 9 services');
    expect(text(find(el, 'label', 'Search term'))).to.equal('Search term');
    await press(el, find(el, '.ssf-tile', 'Care'));
    await waitFor(() => text(root(el).querySelector('[id$="-count"]')) === '9 services found', 'English results');
    const openNow = find(el, '.ssf-toggle', 'Open now');
    expect(text(openNow)).to.match(/^Open now \(\d+\)$/);
    expect(openNow.querySelector('svg[data-symbol]')?.getAttribute('data-symbol')).to.equal('plus');
    await expect(el).to.be.accessible();
  });
});

describe('<senior-service-finder> with hostile data', () => {
  beforeEach(resetPage);
  afterEach(restorePage);

  const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
  const hostile = {
    id: 'evil" onmouseover="x',
    name: `Böse ${evil}`,
    description: `<p>Text ${evil}</p> &lt;b&gt;fett&lt;/b&gt;`,
    url: 'javascript:window.__pwned=1',
    email: 'x@y.de?body=<script>',
    alert: evil,
    application_process: evil,
    eligibility_description: { toString: 'nope' },
    fees_description: evil,
    status: 'active',
    phones: [{ number: 'javascript:alert(1)' }, { number: '02323 0-1 <b>2</b>3', description: evil }],
    schedules: [{ freq: 'WEEKLY', byday: 'MO', opens_at: '<b>', closes_at: evil, description: evil }],
    service_areas: [{ name: evil }],
    languages: [{ code: '"><img src=x>', name: evil }],
    cost_options: [{ amount: 'NaN', currency: '<€>', amount_description: evil }],
    required_documents: [{ document: evil }],
    attributes: [{ link_type: 'topic', taxonomy_term: { code: 'pflege', name: evil } }],
    service_at_locations: [
      {
        location: {
          name: evil,
          latitude: 'north',
          transportation: evil,
          addresses: [{ address_1: evil, city: 'Herne', region: evil, postal_code: '44623' }],
          accessibility: [{ description: evil, url: 'data:text/html,<script>alert(1)</script>' }],
        },
      },
    ],
  };

  it('renders every text inert and lets only http(s), mailto and tel through', async () => {
    const { el } = await renderLoaded<SeniorServiceFinder>(html`<senior-service-finder no-hash .data=${[hostile]}></senior-service-finder>`);
    await press(el, find(el, '.ssf-tile', 'Pflege'));
    expect(text(find(el, '.ssf-card'))).to.include('Böse <img src=x');
    await press(el, find(el, '.ssf-card h4 a'));
    await waitFor(() => root(el).querySelector('article.ssf-detail'), 'the detail view');
    const shadow = root(el);
    expect(shadow.querySelectorAll('img, script, iframe, object, embed')).to.have.length(0);
    expect(text(shadow.querySelector('h2'))).to.equal(`Böse ${evil}`.replace(/\s+/g, ' '));
    for (const link of shadow.querySelectorAll('a[href]')) {
      const href = link.getAttribute('href')!;
      expect(/^(https?:|mailto:|tel:|#)/.test(href), href).to.be.true;
    }
    // Only the digits of "02323 0-1 <b>2</b>3" are dialled.
    expect(shadow.querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:+4923230123');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    await expect(el).to.be.accessible();
  });
});
