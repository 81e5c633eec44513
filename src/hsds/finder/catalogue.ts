import type { HsdsAttribute, HsdsService } from '../normalise.js';
import { slugify } from '../../core/sanitize.js';
import { remember } from '../remember.js';
import { fold } from './fold.js';
import type { InLocales } from './texts.js';

/*
 * The Herne profile of HSDS: which topics, places and features the finder knows, and how an HSDS service shows
 * them (attribute codes, service areas, address fields). Documented in README.md, "Data format".
 */

/** The topic tiles, in the order shown. Codes are `taxonomy_term.code` values (taxonomy "herne-senioren"). */
export const TOPICS = [
  'alltag',
  'wohnen',
  'beratung',
  'pflege',
  'gesundheit',
  'gemeinschaft',
  'freizeit',
  'selbsthilfe',
  'sicherheit',
  'mobilitaet',
  'informationen',
] as const;
export type Topic = (typeof TOPICS)[number];

/** Filters that a service either has or not; "jetzt" and "heute" depend on the clock and are added by the finder. */
export const FEATURE_FILTERS = ['kostenlos', 'stufenlos', 'aufzug', 'wc', 'schleife', 'hausbesuch', 'telefon', 'angehoerige'] as const;
export type FeatureFilter = (typeof FEATURE_FILTERS)[number];

/** The attribute codes (Herne profile, and English equivalents) that stand for each filter. */
export const FEATURE_CODES: Readonly<Record<FeatureFilter, readonly string[]>> = {
  kostenlos: ['kostenlos', 'kostenfrei', 'free'],
  stufenlos: ['stufenlos', 'stufenloser-zugang', 'step-free'],
  aufzug: ['aufzug', 'lift', 'elevator'],
  wc: ['wc', 'barrierefreies-wc', 'accessible-toilet'],
  schleife: ['induktionsschleife', 'hearing-loop'],
  hausbesuch: ['hausbesuch', 'home-visit'],
  telefon: ['telefon', 'telefonberatung', 'phone'],
  angehoerige: ['angehoerige', 'relatives'],
};
/** The attribute code that keeps a service open on public holidays (most close). */
const OPEN_ON_HOLIDAYS = 'feiertags-geoeffnet';

/** The four districts (Stadtbezirke) and their quarters (Stadtteile), in the order the place list shows them. */
export const DISTRICTS: ReadonlyArray<{ name: string; quarters: readonly string[] }> = [
  { name: 'Herne-Mitte', quarters: ['Herne-Mitte', 'Baukau-Ost', 'Holsterhausen', 'Herne-Süd'] },
  { name: 'Wanne', quarters: ['Wanne', 'Crange', 'Baukau-West'] },
  { name: 'Eickel', quarters: ['Eickel', 'Röhlinghausen', 'Wanne-Süd'] },
  { name: 'Sodingen', quarters: ['Sodingen', 'Börnig', 'Holthausen', 'Horsthausen'] },
];

/** URL-friendly code: "Röhlinghausen" → "roehlinghausen"; remembered, as the same codes come back thousands of times. */
export const slug = remember(slugify);

export interface Place {
  /** "wanne" for a district, "wanne.crange" for a quarter. */
  code: string;
  name: string;
  /** The district's code (itself for a district). */
  district: string;
}

/** Districts, each followed by its quarters. */
export const PLACE_LIST: readonly Place[] = DISTRICTS.flatMap(({ name, quarters }) => {
  const code = slug(name);
  return [{ code, name, district: code }, ...quarters.map((quarter) => ({ code: `${code}.${slug(quarter)}`, name: quarter, district: code }))];
});
const PLACE_BY_CODE = new Map(PLACE_LIST.map((place) => [place.code, place]));
export const placeByCode = (code: string | undefined): Place | undefined => (code ? PLACE_BY_CODE.get(code) : undefined);

/** Names that mean "all of Herne" in a service area. */
const WHOLE_CITY = /^(ganz |stadt |stadtgebiet )?herne$/i;

/** Places by folded name; "wanne" names a district and a quarter. */
const PLACES_BY_NAME = new Map<string, Place[]>();
for (const place of PLACE_LIST) PLACES_BY_NAME.set(fold(place.name), [...(PLACES_BY_NAME.get(fold(place.name)) ?? []), place]);
/** The place a text names (remembered): an address means the quarter, a service area the district. */
const placeNamed = (preferQuarter: boolean) =>
  remember((text: string): Place | undefined => {
    const matches = PLACES_BY_NAME.get(fold(text.trim())) ?? [];
    return matches.find((place) => place.code.includes('.') === preferQuarter) ?? matches[0];
  });
const quarterNamed = placeNamed(true);
const districtNamed = placeNamed(false);

/** One offer as the finder uses it: the HSDS service and what the Herne profile reads from it. */
export interface Offer {
  id: string;
  service: HsdsService;
  topics: readonly Topic[];
  /** Where it is: a quarter, or a district when the address names only that. */
  place?: Place;
  /** Codes of every district and quarter where the offer is or that it serves. */
  places: Set<string>;
  /** Serves all of Herne (meals on wheels, phone advice). */
  wholeCity: boolean;
  features: ReadonlySet<FeatureFilter>;
  /** ISO 639-1 codes of the languages other than German. */
  languages: string[];
  openOnHolidays: boolean;
  /** Lower-case name for sorting. */
  sortKey: string;
  /** The amounts of its costs with an amount ("12,50 €"), in the order of `service.costs`, made by the engine (engine.ts, texts.ts). */
  prices?: InLocales<string[]>;
}

/** The first sentence of a description, at most about 160 characters: the plain one-line summary of a card. */
export function summarise(text: string | undefined): string | undefined {
  if (!text) return undefined;
  // The first sentence of the first line ("." matches no line break), else the whole line.
  const first = /^.+?[.!?](?=\s|$)/.exec(text)?.[0] ?? /^[^\n]*/.exec(text)![0];
  if (first.length <= 160) return first;
  return `${first.slice(0, 157).replace(/\s+\S*$/, '')} …`;
}

/** The attribute codes of the offer being read (one set, cleared for each offer: 2,000 offers, no 2,000 sets). */
const codes = new Set<string>();
/** Feature sets by their filters' names: a few combinations shared by all offers (read, never changed). */
const FEATURE_SETS = new Map<string, ReadonlySet<FeatureFilter>>();

/** One shared set for each combination of features. */
function featureSet(features: readonly FeatureFilter[]): ReadonlySet<FeatureFilter> {
  const key = features.join(' ');
  let set = FEATURE_SETS.get(key);
  if (!set) {
    set = new Set(features);
    FEATURE_SETS.set(key, set);
  }
  return set;
}

/** Free of charge: every cost is 0, or the fees text starts by saying so. */
function isFree(service: HsdsService): boolean {
  if (service.costs.length && service.costs.every((cost) => cost.amount === 0)) return true;
  return /^(kostenlos|kostenfrei|gebührenfrei|gratis|free)\b/i.test(service.fees ?? '');
}

export function toOffer(service: HsdsService): Offer {
  codes.clear();
  let place: Place | undefined;
  const places = new Set<string>();
  let wholeCity = false;
  const add = (found: Place | undefined, wholeDistrict: boolean) => {
    if (!found) return;
    places.add(found.code).add(found.district);
    if (wholeDistrict && found.code === found.district) for (const p of PLACE_LIST) if (p.district === found.code) places.add(p.code);
  };
  // Where it is: district attributes, then address fields; the first that names a place is the place.
  const locate = (text: string) => {
    const at = quarterNamed(text);
    place ??= at;
    add(at, false);
  };
  const read = (attributes: readonly HsdsAttribute[]) => {
    for (const { code, type, label } of attributes) {
      codes.add(slug(code));
      if (type === 'district' && label) locate(label);
    }
  };
  read(service.attributes);
  for (const { attributes } of service.places) read(attributes);
  for (const { names } of service.places) names.forEach(locate);
  for (const area of service.areas) {
    if (WHOLE_CITY.test(area.trim())) wholeCity = true;
    add(districtNamed(area), true);
  }
  const free = isFree(service);
  const features = featureSet(FEATURE_FILTERS.filter((filter) => (filter === 'kostenlos' && free) || FEATURE_CODES[filter].some((code) => codes.has(code))));
  const languages: string[] = [];
  for (const { code } of service.languages) if (code && code !== 'de' && !languages.includes(code)) languages.push(code);
  return {
    id: service.id,
    service,
    topics: TOPICS.filter((topic) => codes.has(topic)),
    place,
    places,
    wholeCity,
    features,
    languages,
    openOnHolidays: codes.has(OPEN_ON_HOLIDAYS),
    sortKey: fold(service.name),
  };
}

/** Everything the finder needs from one load: the offers and what the filters can offer. */
export interface Catalogue {
  offers: Offer[];
  byId: Map<string, Offer>;
  /** Languages (other than German) that at least one offer speaks, most frequent first. */
  languages: string[];
  /** The names of `languages` in each of the finder's languages, made by the engine (engine.ts, texts.ts). */
  languageNames?: InLocales<Record<string, string>>;
  skipped: number;
  incomplete: boolean;
}

/** By name, as folded for sorting. */
function bySortKey(a: Offer, b: Offer): number {
  if (a.sortKey === b.sortKey) return 0;
  return a.sortKey < b.sortKey ? -1 : 1;
}

/** What a load tells beside the services: entries it could not read, and whether pages are missing. */
export interface LoadFacts {
  skipped: number;
  incomplete: boolean;
}

export function buildCatalogue(services: readonly HsdsService[], extra: LoadFacts): Catalogue {
  return catalogueOf(services.map(toOffer), extra);
}

/** The catalogue of offers read already (sorted here by name). */
export function catalogueOf(unsorted: Offer[], extra: LoadFacts): Catalogue {
  const offers = unsorted.sort(bySortKey);
  const counts = new Map<string, number>();
  for (const offer of offers) for (const code of offer.languages) counts.set(code, (counts.get(code) ?? 0) + 1);
  return {
    offers,
    byId: new Map(offers.map((offer) => [offer.id, offer])),
    languages: [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || (a < b ? -1 : 1)),
    ...extra,
  };
}
