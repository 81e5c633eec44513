import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/senior-service-finder/define.js';
import type { SeniorServiceFinder } from '../../../src/components/senior-service-finder/senior-service-finder.js';
import { renderLoaded } from '../../helpers/widget.js';
import { mock } from '../../helpers/mock-api.js';
import { SAMPLE, cardNames, find, foundCount, press, resetPage, restorePage, root, text, waitFor } from './helpers.js';

/** Where the last load ran: the element's User Timing measure says ("worker" or "page"). */
const loadedWhere = () => (performance.getEntriesByName('senior-service-finder:load').at(-1) as PerformanceMeasure | undefined)?.detail as string | undefined;

/** Searches on the results: tile, then words, as a person does. */
async function searchFor(el: SeniorServiceFinder, words: string): Promise<void> {
  await press(el, find(el, '.ssf-tile', 'Alle Angebote'));
  const box = root(el).querySelector<HTMLInputElement>('[id$="-query"]')!;
  box.value = words;
  box.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

describe('<senior-service-finder>: where the data work runs', () => {
  beforeEach(() => {
    resetPage();
    performance.clearMeasures('senior-service-finder:load');
  });
  afterEach(restorePage);

  it('loads, indexes and finds in its module worker', async () => {
    const { el } = await renderLoaded<SeniorServiceFinder>(html`<senior-service-finder no-hash src=${SAMPLE}></senior-service-finder>`);
    expect(loadedWhere()).to.equal('worker');
    expect(text(find(el, '.ssf-tile', 'Alle Angebote'))).to.include('39 Angebote');
    await searchFor(el, 'Demnz');
    expect(cardNames(el)).to.deep.equal(['Demenz-Café „Vergissmeinnicht“']);
  });

  it('stops its worker when removed, and loads again when put back', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(Worker.prototype, 'terminate')!;
    const terminate = descriptor.value as (this: Worker) => void;
    let stopped = 0;
    Worker.prototype.terminate = function (this: Worker) {
      stopped += 1;
      terminate.call(this);
    };
    try {
      const { el } = await renderLoaded<SeniorServiceFinder>(html`<senior-service-finder no-hash src=${SAMPLE}></senior-service-finder>`);
      const parent = el.parentElement!;
      el.remove();
      expect(stopped).to.equal(1);
      const loadedAgain = new Promise((resolve) => el.addEventListener('widget-loaded', resolve, { once: true }));
      parent.append(el);
      await loadedAgain;
      expect(text(find(el, '.ssf-tile', 'Alle Angebote'))).to.include('39 Angebote');
      await searchFor(el, 'Demnz');
      expect(cardNames(el)).to.deep.equal(['Demenz-Café „Vergissmeinnicht“']);
    } finally {
      Object.defineProperty(Worker.prototype, 'terminate', descriptor);
    }
  });

  describe('where no worker can start', () => {
    const original = window.Worker;
    afterEach(() => {
      window.Worker = original;
    });

    it('does the same on the page when the Worker constructor throws (a CSP without worker-src)', async () => {
      window.Worker = class {
        constructor() {
          throw new DOMException('blocked', 'SecurityError');
        }
      } as unknown as typeof Worker;
      const { el } = await renderLoaded<SeniorServiceFinder>(html`<senior-service-finder no-hash src=${SAMPLE}></senior-service-finder>`);
      expect(loadedWhere()).to.equal('page');
      expect(text(find(el, '.ssf-tile', 'Alle Angebote'))).to.include('39 Angebote');
      await searchFor(el, 'Demnz');
      expect(cardNames(el)).to.deep.equal(['Demenz-Café „Vergissmeinnicht“']);
      await press(el, find(el, '.ssf-toggle', 'Kostenlos'));
      expect(foundCount(el)).to.be.at.most(1);
    });

    it('does the same on the page when the worker file cannot load', async () => {
      window.Worker = class extends original {
        constructor(_url: string | URL, options?: WorkerOptions) {
          super('/no/such/finder.worker.js', options);
        }
      };
      const { el } = await renderLoaded<SeniorServiceFinder>(html`<senior-service-finder no-hash src=${SAMPLE}></senior-service-finder>`);
      expect(loadedWhere()).to.equal('page');
      await press(el, find(el, '.ssf-tile', 'Pflege'));
      expect(foundCount(el)).to.equal(9);
    });

    it('does the same on the page when the data cannot be sent to a worker', async () => {
      const data = (await (await fetch(SAMPLE)).json()) as { contents: Array<Record<string, unknown>> };
      // A function in the data (a page's own helper object): it cannot be copied to a worker, and is ignored.
      data.contents[0]!['format'] = () => 'x';
      const { el } = await renderLoaded<SeniorServiceFinder>(html`<senior-service-finder no-hash .data=${data}></senior-service-finder>`);
      expect(loadedWhere()).to.equal('page');
      expect(text(find(el, '.ssf-tile', 'Alle Angebote'))).to.include('39 Angebote');
    });
  });

  it('offers the tiles and the search box while the data still loads, and shows their results when it is there', async () => {
    const { url } = await mock({ file: 'sample/hsds/services.json', delayMs: 800 });
    const el = await fixture<SeniorServiceFinder>(html`<senior-service-finder no-hash .src=${url}></senior-service-finder>`);
    expect(text(root(el).querySelector('[role="status"].hw-loading'))).to.equal('Die Angebote werden geladen …');
    const tile = find(el, '.ssf-tile', 'Pflege');
    // No count yet: it would be wrong.
    expect(text(tile)).to.equal('Pflege');
    const box = root(el).querySelector<HTMLInputElement>('[id$="-query"]')!;
    box.value = 'Tagespflege';
    box.dispatchEvent(new Event('input'));
    await press(el, find(el, 'button[type="submit"]', 'Angebote anzeigen'));
    expect(text(root(el).querySelector('h2'))).to.equal('Ergebnisse');
    await waitFor(() => foundCount(el) > 0, 'the results once loaded', 8000);
    expect(cardNames(el)[0]).to.equal('Tagespflege Sodingen');
  });
});
