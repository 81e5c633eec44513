import { FEATURE_FILTERS, TOPICS, placeByCode, type Topic } from './catalogue.js';

/*
 * The finder's state and its form in the URL hash, so that a social worker can send a prepared list as a link:
 * `#thema=pflege&ort=wanne.crange&filter=jetzt,stufenlos&suche=Tagespflege`. Keys the finder does not know
 * are kept as they were; values it does not know are dropped (a link from an older version still opens).
 */

export type View = 'start' | 'results' | 'detail' | 'saved';

export interface FinderState {
  query: string;
  topic?: Topic;
  /** A district or quarter code ("wanne", "wanne.crange"). */
  place?: string;
  /** Active filters in the order they were switched on; the last is the one an empty result offers to drop. */
  filters: string[];
  /** The offer shown in detail. */
  offer?: string;
  /** The Merkliste is open (the detail of an offer may be open on top of it). */
  saved: boolean;
  /** Every offer, without topic or words. */
  all: boolean;
}

export const EMPTY_STATE: FinderState = { query: '', filters: [], saved: false, all: false };

const KEY = { query: 'suche', topic: 'thema', place: 'ort', filters: 'filter', offer: 'angebot', saved: 'merkliste', all: 'alle' } as const;
const OWN_KEYS = new Set<string>(Object.values(KEY));

/** "jetzt", "heute", the feature filters, and "sprache-xx" for a language. */
export function isFilterKey(key: string): boolean {
  return key === 'jetzt' || key === 'heute' || (FEATURE_FILTERS as readonly string[]).includes(key) || /^sprache-[a-z]{2,3}$/.test(key);
}

/** Which screen a state shows: start (level 1), results or Merkliste (level 2), detail (level 3). */
export function viewOf(state: FinderState): View {
  if (state.offer) return 'detail';
  if (state.saved) return 'saved';
  return state.query.trim() || state.topic || state.place || state.filters.length || state.all ? 'results' : 'start';
}

const params = (hash: string) => new URLSearchParams(hash.replace(/^#/, ''));

export function readHash(hash: string): FinderState {
  const values = params(hash);
  const topic = values.get(KEY.topic);
  const place = values.get(KEY.place);
  const offer = values.get(KEY.offer)?.trim();
  return {
    query: (values.get(KEY.query) ?? '').slice(0, 200),
    ...(topic && (TOPICS as readonly string[]).includes(topic) ? { topic: topic as Topic } : {}),
    ...(place && placeByCode(place) ? { place } : {}),
    filters: [...new Set((values.get(KEY.filters) ?? '').split(',').filter(isFilterKey))],
    ...(offer ? { offer: offer.slice(0, 200) } : {}),
    saved: values.get(KEY.saved) === '1',
    all: values.get(KEY.all) === '1',
  };
}

/** The hash for a state, keeping the page's own keys of `current`; "" when nothing is left. */
export function writeHash(state: FinderState, current = ''): string {
  const values = params(current.includes('=') ? current : '');
  for (const key of [...values.keys()]) if (OWN_KEYS.has(key)) values.delete(key);
  const set = (key: string, value: string | undefined | false) => value && values.set(key, value);
  set(KEY.topic, state.topic);
  set(KEY.place, state.place);
  set(KEY.filters, state.filters.join(','));
  set(KEY.query, state.query.trim());
  set(KEY.all, state.all && '1');
  set(KEY.saved, state.saved && '1');
  set(KEY.offer, state.offer);
  const text = values.toString();
  return text ? `#${text}` : '';
}
