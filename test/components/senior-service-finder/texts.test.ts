import { expect, html } from '@open-wc/testing';
import '../../../src/components/senior-service-finder/define.js';
import type { SeniorServiceFinder } from '../../../src/components/senior-service-finder/senior-service-finder.js';
import { renderLoaded } from '../../helpers/widget.js';
import { SAMPLE, press, resetPage, restorePage, root, text } from './helpers.js';

/*
 * The texts that need Intl (language names, prices, dates more than a week ahead) come from the finder's engine:
 * a page's first Intl object sets up the browser's locale data, a long task on a slow phone (issue 11). A file
 * of its own: each test file has a page of its own, and Intl formatters are kept once made.
 */

/** Where the last load ran: the element's User Timing measure says ("worker" or "page"). */
const loadedWhere = () => (performance.getEntriesByName('senior-service-finder:load').at(-1) as PerformanceMeasure | undefined)?.detail as string | undefined;

/** Counts the Intl objects the page makes until `restore`: the first one sets up the browser's locale data. */
function watchIntl(): { made: string[]; restore: () => void } {
  const made: string[] = [];
  const intl = Intl as unknown as Record<string, unknown>;
  const names = ['DateTimeFormat', 'NumberFormat', 'DisplayNames', 'PluralRules', 'Collator', 'ListFormat', 'RelativeTimeFormat'];
  const originals = names.map((name) => intl[name]);
  for (const name of names) {
    intl[name] = new Proxy(intl[name] as object, {
      construct(target, args, newTarget) {
        made.push(name);
        return Reflect.construct(target as new (...values: unknown[]) => object, args, newTarget) as object;
      },
    });
  }
  return { made, restore: () => names.forEach((name, i) => (intl[name] = originals[i])) };
}

/** The filters and cards of "all offers", as a person reads them. */
async function allOffersText(el: SeniorServiceFinder): Promise<string> {
  await press(el, [...root(el).querySelectorAll<HTMLElement>('.ssf-tile')].at(-1)!);
  return `${text(root(el).querySelector('.ssf-filters'))} | ${text(root(el).querySelector('.ssf-results'))}`;
}

describe('<senior-service-finder>: language names, prices and dates come from the engine', () => {
  beforeEach(() => {
    resetPage();
    performance.clearMeasures('senior-service-finder:load');
  });
  afterEach(restorePage);
  const original = window.Worker;
  afterEach(() => {
    window.Worker = original;
  });

  it('makes no Intl object on the page for the first results (the worker writes those texts)', async () => {
    const intl = watchIntl();
    try {
      const { el } = await renderLoaded<SeniorServiceFinder>(html`<senior-service-finder no-hash src=${SAMPLE}></senior-service-finder>`);
      const shown = await allOffersText(el);
      expect(loadedWhere()).to.equal('worker');
      // The texts are there: a language's name, a price, a date more than a week ahead.
      expect(shown).to.include('Türkisch (Türkçe)');
      expect(shown.replace(/\s/g, ' ')).to.match(/\d,\d\d €/);
      expect(shown).to.match(/öffnet am \d+\.\d+\. um/);
      expect(intl.made).to.deep.equal([]);
    } finally {
      intl.restore();
    }
  });

  it('writes the same texts on the page where no worker can start, in German and in English', async () => {
    for (const lang of ['de', 'en']) {
      window.Worker = original;
      const inWorker = await renderLoaded<SeniorServiceFinder>(html`<senior-service-finder lang=${lang} no-hash src=${SAMPLE}></senior-service-finder>`);
      const fromWorker = await allOffersText(inWorker.el);
      expect(loadedWhere()).to.equal('worker');
      window.Worker = class {
        constructor() {
          throw new DOMException('blocked', 'SecurityError');
        }
      } as unknown as typeof Worker;
      resetPage();
      const onPage = await renderLoaded<SeniorServiceFinder>(html`<senior-service-finder lang=${lang} no-hash src=${SAMPLE}></senior-service-finder>`);
      const fromPage = await allOffersText(onPage.el);
      expect(loadedWhere()).to.equal('page');
      expect(fromPage, lang).to.equal(fromWorker);
      expect(fromWorker).to.include(lang === 'de' ? 'Türkisch (Türkçe)' : 'Turkish (Türkçe)');
      expect(fromWorker).to.match(lang === 'de' ? /öffnet am \d+\.\d+\. um/ : /opens on \d+ [A-Z][a-z]+ at/);
    }
  });
});
