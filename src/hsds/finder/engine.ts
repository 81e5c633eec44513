import { invalidData } from '../../core/errors.js';
import { fetchJson } from '../../core/fetch.js';
import { isStaticFile, loadHsds } from '../load.js';
import { readServices, serviceList, type HsdsService } from '../normalise.js';
import { catalogueOf, toOffer, type Catalogue, type LoadFacts, type Offer, type Topic } from './catalogue.js';
import { OpeningFacts, findOffers, type Relaxation } from './find.js';
import { OfferIndex, createIndex, indexedOffers } from './search.js';
import type { Locale } from '../../core/i18n.js';
import type { DayNumber, HerneClock } from '../schedule.js';
import type { FinderState } from './state.js';
import { languageName, priceText, shortDate, type InLocales } from './texts.js';

/*
 * The finder's data work, from a source to answers: load, normalise, build the catalogue and the search index,
 * find. It runs in the finder's module worker (finder.worker.ts) and, where no worker can start, on the page in
 * idle slices (`pause`); the same code either way.
 */

/** Waits before the next slice of work (the page's idle time); without one, everything runs at once (a worker). */
export type Pause = () => Promise<void>;

/** What to load. */
export interface LoadOrder {
  /** An absolute URL: a worker's own location is no base for the page's relative ones. */
  src?: string | undefined;
  /** HSDS data given as a property (a page, an array, one service). */
  data?: unknown;
  /** The time-out for each answer of the server. */
  timeoutMs: number;
  /** The words each topic is found by (its German name). */
  topicWords: Readonly<Record<Topic, string>>;
}

/** What to find: the state, the minute it is found for, and the filters to count. */
export interface FindOrder {
  state: FinderState;
  instant: number;
  filterKeys: readonly string[];
}

/** A find result by offer ids: what crosses from the worker to the page, which has the offers. */
export interface FoundIds {
  ids: string[];
  counts: Array<[string, number]>;
  relaxation?: Relaxation | undefined;
  /** The instant's day and minute in Herne, and the short dates its cards need: the page then needs no Intl (texts.ts). */
  clock: HerneClock;
  dates: Array<[DayNumber, InLocales<string>]>;
}

/*
 * The texts that need Intl, made here in both of the finder's languages and sent with the data and answers:
 * the page then makes no Intl object for its first results (texts.ts says why).
 */

/** The names of languages (ISO 639-1 codes) in each of the finder's languages. */
export function languageNamesOf(codes: readonly string[]): InLocales<Record<string, string>> {
  const names = (locale: Locale) => Object.fromEntries(codes.map((code) => [code, languageName(code, locale)]));
  return { de: names('de'), en: names('en') };
}

/** The amounts of an offer's costs with an amount ("7,90 €"), in their order; undefined without any. */
export function pricesOf(offer: Offer): InLocales<string[]> | undefined {
  const amounts = offer.service.costs.filter((cost) => cost.amount !== undefined);
  if (!amounts.length) return undefined;
  const prices = (locale: Locale) => amounts.map((cost) => priceText(cost.amount!, cost.currency, locale));
  return { de: prices('de'), en: prices('en') };
}

/** The short dates ("7.12." / "7 Dec") of the days more than a week ahead on which these offers open next. */
export function datesAhead(facts: OpeningFacts, offers: readonly Offer[]): Array<[DayNumber, InLocales<string>]> {
  const days = new Set<DayNumber>();
  for (const offer of offers) {
    const next = offer.service.rules.length ? facts.status(offer).next : undefined;
    if (next && next.day - facts.today >= 7) days.add(next.day);
  }
  return [...days].map((day) => [day, { de: shortDate(day, 'de'), en: shortDate(day, 'en') }]);
}

/** Longest slice of work between two pauses on the page (a long task is 50 ms; slow phones take 4 times longer). */
const SLICE_MS = 8;
/** Services read in one go, so that a slice can end between them. */
const SERVICES_PER_READ = 25;

/** Runs `work` over `items`, pausing after each SLICE_MS; without `pause` in one go. */
export async function eachInSlices<T>(items: readonly T[], work: (item: T) => void, pause?: Pause, signal?: AbortSignal): Promise<void> {
  if (!pause) {
    for (const item of items) work(item);
    return;
  }
  let sliceStart = performance.now();
  for (const item of items) {
    work(item);
    if (performance.now() - sliceStart > SLICE_MS) {
      await pause();
      signal?.throwIfAborted();
      sliceStart = performance.now();
    }
  }
}

/** The services of one JSON document (a page, an array, one service), read a few at a time. */
async function readInSlices(json: unknown, url: string | undefined, pause?: Pause, signal?: AbortSignal): Promise<{ services: HsdsService[] } & LoadFacts> {
  const list = serviceList(json);
  if (!list) throw invalidData('Keine HSDS-Dienste: erwartet wird eine Seite mit "contents", eine Liste oder ein Dienst.', url);
  const groups: unknown[][] = [];
  for (let start = 0; start < list.length; start += SERVICES_PER_READ) groups.push(list.slice(start, start + SERVICES_PER_READ));
  const services: HsdsService[] = [];
  const ids = new Set<string>();
  let skipped = 0;
  await eachInSlices(
    groups,
    (group) => {
      const read = readServices(group);
      skipped += read.skipped;
      for (const service of read.services) {
        // The same id twice counts as an entry that could not be read, as within one read.
        if (ids.has(service.id)) skipped += 1;
        else {
          ids.add(service.id);
          services.push(service);
        }
      }
    },
    pause,
    signal,
  );
  return { services, skipped, incomplete: false };
}

export class FinderEngine {
  catalogue: Catalogue | undefined;
  #index: Promise<OfferIndex> | undefined;
  #facts: OpeningFacts | undefined;

  /** Loads and normalises a source into the catalogue. */
  async load(order: LoadOrder, signal?: AbortSignal, pause?: Pause): Promise<Catalogue> {
    const { src, data, timeoutMs } = order;
    let read: { services: HsdsService[] } & LoadFacts;
    if (data !== undefined && data !== null) read = await readInSlices(data, undefined, pause, signal);
    else if (src && isStaticFile(src)) read = await readInSlices(await fetchJson(src, { signal, timeoutMs }), src, pause, signal);
    else if (src) read = await loadHsds(src, signal, timeoutMs);
    else throw invalidData('Keine Datenquelle.');
    const offers: Offer[] = [];
    const withTexts = (service: HsdsService) => {
      const offer = toOffer(service);
      const prices = pricesOf(offer);
      if (prices) offer.prices = prices;
      return offer;
    };
    await eachInSlices(read.services, (service) => offers.push(withTexts(service)), pause, signal);
    const catalogue = catalogueOf(offers, { skipped: read.skipped, incomplete: read.incomplete });
    catalogue.languageNames = languageNamesOf(catalogue.languages);
    this.catalogue = catalogue;
    return this.catalogue;
  }

  /** Builds the search index of the catalogue (once); resolves when searching works. */
  index(topicWords: LoadOrder['topicWords'], pause?: Pause): Promise<OfferIndex> {
    this.#index ??= (async () => {
      const mini = createIndex();
      const documents = indexedOffers(this.catalogue?.offers ?? [], (topic) => topicWords[topic]);
      await eachInSlices(documents, (document) => mini.add(document), pause);
      return new OfferIndex(mini);
    })();
    return this.#index;
  }

  /** The offers a state shows, as ids; with search words once the index is there. */
  async find({ state, instant, filterKeys }: FindOrder, topicWords: LoadOrder['topicWords']): Promise<FoundIds> {
    const catalogue = this.catalogue;
    if (!catalogue) throw new Error('Noch keine Daten geladen.');
    const index = state.query.trim() ? await this.index(topicWords) : undefined;
    if (this.#facts?.instant !== instant) this.#facts = new OpeningFacts(instant);
    const facts = this.#facts;
    const found = findOffers(catalogue, state, facts, filterKeys, index);
    return { ids: found.offers.map((offer) => offer.id), counts: [...found.counts], relaxation: found.relaxation, clock: facts.clock, dates: datesAhead(facts, found.offers) };
  }
}
