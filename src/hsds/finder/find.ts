import { remember } from '../remember.js';
import { herneClock, hoursOn, openingStatus, type DayNumber, type HerneClock, type OpeningStatus, type ScheduleContext } from '../schedule.js';
import { holidayOn } from './holidays.js';
import type { Catalogue, FeatureFilter, Offer } from './catalogue.js';
import type { OfferIndex } from './search.js';
import type { FinderState } from './state.js';
import type { InLocales } from './texts.js';

/*
 * Finding: search words, topic, place and filters applied to the catalogue, with the count each filter would
 * leave, and the way out of an empty result. Pure; the clock comes in as an instant.
 */

/** The schedule context of an offer: closed on NRW public holidays unless it says otherwise. */
export function scheduleContext(offer: Offer): ScheduleContext {
  return offer.openOnHolidays ? {} : { isClosedDay: (day: DayNumber) => holidayOn(day) !== undefined };
}

/**
 * Opening facts at one instant, computed once per offer and kept (the finder makes a new one each minute). The
 * instant's day and minute in Herne are looked up once, when a first offer needs them (not when the element
 * first renders: a page's first time-zone lookup sets up the browser's Intl data, a long task on a slow phone).
 */
export class OpeningFacts {
  readonly instant: number;
  #clock: HerneClock | undefined;
  /** Short dates of days more than a week ahead, as the engine made them for its answers (texts.ts). */
  readonly dates = new Map<DayNumber, InLocales<string>>();
  readonly status = remember((offer: Offer): OpeningStatus => openingStatus(offer.service.rules, this.clock, scheduleContext(offer)));
  /** Today's opening hours in minutes. */
  readonly hoursToday = remember((offer: Offer): Array<[number, number]> => hoursOn(offer.service.rules, this.today, scheduleContext(offer)));

  constructor(instant: number) {
    this.instant = instant;
  }

  /** What the engine found out about this instant: its day and minute in Herne, and the dates it wrote. */
  learn(clock: HerneClock, dates: ReadonlyArray<readonly [DayNumber, InLocales<string>]>): void {
    this.#clock ??= clock;
    for (const [day, text] of dates) this.dates.set(day, text);
  }

  /** The instant's day and minute in Herne. */
  get clock(): HerneClock {
    this.#clock ??= herneClock(this.instant);
    return this.#clock;
  }

  get today(): DayNumber {
    return this.clock.day;
  }
}

/** Whether an offer passes one filter. */
export function passes(offer: Offer, filter: string, facts: OpeningFacts): boolean {
  if (filter === 'jetzt') return facts.status(offer).open;
  if (filter === 'heute') return facts.hoursToday(offer).length > 0;
  if (filter.startsWith('sprache-')) return offer.languages.includes(filter.slice(8));
  return offer.features.has(filter as FeatureFilter);
}

/** What an empty result can drop to show something again. */
export type Relaxation = ({ kind: 'filter'; filter: string } | { kind: 'place' | 'topic' | 'query' }) & {
  count: number;
  /** The state with that step taken. */
  next: FinderState;
};

export interface FindResult {
  offers: Offer[];
  /** For each filter: how many of the current results also pass it (for an active one: all of them). */
  counts: Map<string, number>;
  /** Set when nothing was found: the step back and how many offers it would show. */
  relaxation?: Relaxation;
}

/**
 * The offers a state shows, best match first when there are search words, else by name. Search words need the
 * index; without one they are ignored (the finder loads it before it shows results for words).
 */
export function findOffers(catalogue: Catalogue, state: FinderState, facts: OpeningFacts, filterKeys: readonly string[], index?: OfferIndex): FindResult {
  const scores = index?.search(state.query);
  const base = narrow(catalogue, state, scores);
  const offers: Offer[] = [];
  const counts = new Map(filterKeys.map((key) => [key, 0]));
  for (const offer of base) {
    if (!state.filters.every((filter) => passes(offer, filter, facts))) continue;
    offers.push(offer);
    for (const key of filterKeys) if (passes(offer, key, facts)) counts.set(key, counts.get(key)! + 1);
  }
  if (scores) offers.sort((a, b) => scores.get(b.id)! - scores.get(a.id)!);
  if (offers.length) return { offers, counts };
  return { offers, counts, relaxation: relax(catalogue, state, facts, index) };
}

function narrow(catalogue: Catalogue, state: FinderState, scores: Map<string, number> | undefined): Offer[] {
  return catalogue.offers.filter(
    (offer) =>
      (!scores || scores.has(offer.id)) &&
      (!state.topic || offer.topics.includes(state.topic)) &&
      (!state.place || offer.wholeCity || offer.places.has(state.place)),
  );
}

/** The step an empty result takes back: the last filter, else the place, the topic, the words. */
function stepBack(state: FinderState): [Relaxation['kind'], FinderState] | undefined {
  if (state.filters.length) return ['filter', { ...state, filters: state.filters.slice(0, -1) }];
  if (state.place) return ['place', { ...state, place: undefined }];
  if (state.topic) return ['topic', { ...state, topic: undefined }];
  if (state.query.trim()) return ['query', { ...state, query: '', all: true }];
  return undefined;
}

function relax(catalogue: Catalogue, state: FinderState, facts: OpeningFacts, index: OfferIndex | undefined): Relaxation | undefined {
  const step = stepBack(state);
  if (!step) return undefined;
  const [kind, next] = step;
  const count = narrow(catalogue, next, index?.search(next.query)).filter((offer) => next.filters.every((key) => passes(offer, key, facts))).length;
  return kind === 'filter' ? { kind, filter: state.filters.at(-1)!, count, next } : { kind, count, next };
}
