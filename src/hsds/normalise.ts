import { asArray, cleanNumber, cleanText, isRecord } from '../core/sanitize.js';
import { remember } from './remember.js';
import { parseSchedule, type ScheduleRule } from './schedule.js';
import { textOf } from './text.js';

/*
 * HSDS 3.0/3.1 services (nested JSON, as `GET /services?full=true` or a static dump sends them) turned into a
 * small, safe model for listing, filtering and searching: every text through cleanText, every list an array,
 * unknown fields ignored. What only the detail view needs (contacts, how to apply, ...) is read on demand by
 * `detail.ts` from `source`. A service that cannot be shown (no id or no name, not an object) is counted.
 */

export type HsdsRecord = Record<string, unknown>;

/** A taxonomy term or free value linked to a service, a location or an accessibility record. */
export interface HsdsAttribute {
  /** `link_type`, lower case ("topic", "accessibility", ...); HSDS 3.0 defines no values, profiles do. */
  type: string;
  /** The term's `code`, else the attribute's `value`, else the term's name, lower case. */
  code: string;
  /** Words to show and to search: the attribute's label, the term's name or the value. */
  label?: string;
}

export interface HsdsLanguage {
  /** ISO 639-1 where one exists ("tr"), else the code as sent. */
  code?: string;
  name?: string;
}

export interface HsdsCost {
  amount?: number;
  currency?: string;
  option?: string;
  description?: string;
}

/** Where a service is: what lists and maps need. */
export interface HsdsPlace {
  /** Address fields that may name a quarter or district (`region`, `address_2`, `city`). */
  names: string[];
  /** The first address line ("Hauptstraße 241"). */
  street?: string;
  latitude?: number;
  longitude?: number;
  attributes: HsdsAttribute[];
}

export interface HsdsService {
  id: string;
  name: string;
  temporarilyClosed: boolean;
  description?: string;
  fees?: string;
  costs: HsdsCost[];
  /** The hours: the service's own schedules, else those of its first location that has any. */
  rules: ScheduleRule[];
  /** Schedule rows that could not be evaluated, in their own words. */
  scheduleTexts: string[];
  places: HsdsPlace[];
  /** Names of the areas a service without a fixed place serves ("Ganz Herne", "Wanne"). */
  areas: string[];
  languages: HsdsLanguage[];
  attributes: HsdsAttribute[];
  /** The raw record, for the detail view. */
  source: HsdsRecord;
}

/** What a list of raw services became. */
export interface HsdsReadResult {
  services: HsdsService[];
  /** Entries that could not be read (broken, duplicate id). Inactive or defunct services are not counted. */
  skipped: number;
}

/**
 * A language code as ISO 639-1 where one exists: the browser's own CLDR data maps "tur" and "deu-AT" to "tr" and
 * "de"; anything that is no language tag is no code. Remembered: a list repeats the same few codes.
 */
const languageCode = remember((raw: string): string | undefined => {
  try {
    const { language } = new Intl.Locale(raw);
    return /^[a-z]{2,3}$/.test(language) ? language : undefined;
  } catch {
    return undefined;
  }
});

const NO_RECORDS: readonly HsdsRecord[] = Object.freeze([]);

/**
 * The objects in a value that should be a list (a single object counts as a list of one). A list of objects
 * only, the usual case, is returned as it is: read, never changed.
 */
export function records(value: unknown): readonly HsdsRecord[] {
  if (Array.isArray(value)) {
    let i = 0;
    while (i < value.length && isRecord(value[i])) i += 1;
    if (i === value.length) return value as HsdsRecord[];
  }
  if (value === null || value === undefined || value === '') return NO_RECORDS;
  const list: HsdsRecord[] = [];
  for (const item of asArray(value)) if (isRecord(item)) list.push(item);
  return list;
}

/**
 * Descriptions may contain HTML or Markdown (HSDS field guidance). They are shown as text, never as markup: tags
 * are dropped and a few entities decoded so that nobody reads "<p>"; the result is still only text.
 */
export function plainText(value: unknown): string | undefined {
  const text = textOf(value, true);
  // Most descriptions are plain text already; only those with tags or entities need the second pass.
  if (!text || !/[<&]/.test(text)) return text;
  return cleanText(
    text
      .replace(/<(?:br|\/p|\/li|\/div|\/h\d)\s*\/?>/gi, '\n')
      .replace(/<\/?[a-z][^>]*>/gi, '')
      .replace(/&(nbsp|amp|lt|gt|quot|#39);/g, (_, name: string) => ({ nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name]!),
    { multiline: true },
  );
}

/*
 * The readers below fill arrays in loops rather than with flatMap and spreads: a city's list of 2,000 services
 * has some 100,000 of these small objects, and fewer temporary arrays keep loading within its budget.
 */

/** Adds the languages of a list to `into`, each code (or name) once. */
export function readLanguages(value: unknown, into: HsdsLanguage[] = []): HsdsLanguage[] {
  for (const raw of records(value)) {
    const rawCode = textOf(raw['code']);
    const code = rawCode && languageCode(rawCode);
    const name = textOf(raw['name']);
    if (!(code || name) || into.some((other) => (other.code ?? other.name) === (code ?? name))) continue;
    const language: HsdsLanguage = {};
    if (code) language.code = code;
    if (name) language.name = name;
    into.push(language);
  }
  return into;
}

const NO_TERM: HsdsRecord = {};

/** Adds the attributes of a list to `into`. */
export function readAttributes(value: unknown, into: HsdsAttribute[] = []): HsdsAttribute[] {
  const list = records(value);
  for (let i = 0; i < list.length; i += 1) {
    const raw = list[i]!;
    const term = isRecord(raw['taxonomy_term']) ? raw['taxonomy_term'] : NO_TERM;
    const label = textOf(raw['label']) ?? textOf(term['name']) ?? textOf(raw['value']);
    const code = (textOf(term['code']) ?? textOf(raw['value']) ?? label)?.toLowerCase();
    if (!code) continue;
    const attribute: HsdsAttribute = { type: (textOf(raw['link_type']) ?? textOf(term['taxonomy']) ?? '').toLowerCase(), code };
    if (label) attribute.label = label;
    into.push(attribute);
  }
  return into;
}

/** The evaluable rules and the words of one list of schedule rows. */
function readSchedules(value: unknown): { rules: ScheduleRule[]; texts: string[] } {
  const rules: ScheduleRule[] = [];
  const texts: string[] = [];
  for (const raw of records(value)) {
    const parsed = parseSchedule(raw);
    if (parsed.rule) rules.push(parsed.rule);
    else if (parsed.text) texts.push(parsed.text);
  }
  return { rules, texts };
}

/** The locations of a service with the service-at-location record each came in. */
export function locationsOf(raw: HsdsRecord): Array<[HsdsRecord, HsdsRecord]> {
  const pairs: Array<[HsdsRecord, HsdsRecord]> = [];
  for (const atLocation of records(raw['service_at_locations'])) if (isRecord(atLocation['location'])) pairs.push([atLocation['location'], atLocation]);
  return pairs;
}

/** The physical address of a location (the first one that is not only postal). */
export function addressOf(location: HsdsRecord): HsdsRecord | undefined {
  const addresses = records(location['addresses']);
  return addresses.find((a) => textOf(a['address_type']) !== 'postal') ?? addresses[0];
}

function readPlace(location: HsdsRecord, atLocation: HsdsRecord): HsdsPlace {
  const address = addressOf(location) ?? {};
  const place: HsdsPlace = { names: [], attributes: readAttributes(location['attributes']) };
  for (const key of ['region', 'address_2', 'city']) {
    const name = textOf(address[key]);
    if (name) place.names.push(name);
  }
  const street = textOf(address['address_1']);
  if (street) place.street = street;
  const latitude = cleanNumber(location['latitude']);
  const longitude = cleanNumber(location['longitude']);
  if (latitude !== undefined && longitude !== undefined && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180) {
    place.latitude = latitude;
    place.longitude = longitude;
  }
  readAttributes(atLocation['attributes'], place.attributes);
  for (const accessibility of records(location['accessibility'])) readAttributes(accessibility['attributes'], place.attributes);
  return place;
}

function readCost(raw: HsdsRecord): HsdsCost {
  const cost: HsdsCost = {};
  const amount = cleanNumber(raw['amount']);
  if (amount !== undefined && amount >= 0) cost.amount = amount;
  const currency = textOf(raw['currency'])?.toUpperCase();
  if (currency && /^[A-Z]{3}$/.test(currency)) cost.currency = currency;
  const option = textOf(raw['option']);
  if (option) cost.option = option;
  const description = textOf(raw['amount_description']);
  if (description) cost.description = description;
  return cost;
}

/** One service; undefined when it cannot be shown (broken), 'hidden' when it must not be (inactive, defunct). */
export function readService(raw: unknown): HsdsService | 'hidden' | undefined {
  if (!isRecord(raw)) return undefined;
  const id = textOf(raw['id']);
  const name = textOf(raw['name']);
  if (!id || !name) return undefined;
  const status = textOf(raw['status'])?.toLowerCase();
  if (status === 'inactive' || status === 'defunct') return 'hidden';
  const locations = locationsOf(raw);
  // The service's own hours, else the first location's: its service-at-location hours, else the building's.
  let hours = readSchedules(raw['schedules']);
  for (const [location, atLocation] of locations) {
    if (hours.rules.length || hours.texts.length) break;
    hours = readSchedules(atLocation['schedules']);
    if (!hours.rules.length && !hours.texts.length) hours = readSchedules(location['schedules']);
  }
  const languages = readLanguages(raw['languages']);
  for (const [location] of locations) readLanguages(location['languages'], languages);
  for (const phone of records(raw['phones'])) readLanguages(phone['languages'], languages);
  const areas: string[] = [];
  for (const area of records(raw['service_areas'])) {
    const areaName = textOf(area['name']);
    if (areaName) areas.push(areaName);
  }
  const service: HsdsService = {
    id,
    name,
    temporarilyClosed: status === 'temporarily closed',
    costs: records(raw['cost_options']).map(readCost),
    rules: hours.rules,
    scheduleTexts: hours.texts,
    places: locations.map(([location, atLocation]) => readPlace(location, atLocation)),
    areas,
    languages,
    attributes: readAttributes(raw['attributes']),
    source: raw,
  };
  const description = plainText(raw['description']);
  if (description) service.description = description;
  const fees = plainText(raw['fees_description']);
  if (fees) service.fees = fees;
  return service;
}

/** The raw services of a page (`contents`), a bare array or one service; undefined for anything else. */
export function serviceList(json: unknown): unknown[] | undefined {
  if (Array.isArray(json)) return json as unknown[];
  if (!isRecord(json)) return undefined;
  if (Array.isArray(json['contents'])) return json['contents'] as unknown[];
  return 'name' in json ? [json] : undefined;
}

/**
 * Services from whatever a source sent: an HSDS page (`contents`), a bare array, or one service. Throws a
 * TypeError only when the value is none of these.
 */
export function readServices(json: unknown): HsdsReadResult & { page?: { number?: number; total?: number; last: boolean } } {
  const page = isRecord(json) ? json : undefined;
  const list = serviceList(json);
  if (!list) throw new TypeError('Keine HSDS-Dienste: erwartet wird eine Seite mit "contents", eine Liste oder ein Dienst.');
  const services: HsdsService[] = [];
  const ids = new Set<string>();
  let skipped = 0;
  for (const raw of list) {
    const service = readService(raw);
    if (service === 'hidden') continue;
    if (!service || ids.has(service.id)) skipped += 1;
    else {
      ids.add(service.id);
      services.push(service);
    }
  }
  if (!page || list[0] === page) return { services, skipped };
  const number = cleanNumber(page['page_number']);
  const total = cleanNumber(page['total_pages']);
  // A page that says nothing about paging is the only one.
  const last = page['last_page'] === true || !list.length || (total === undefined && page['last_page'] === undefined);
  return { services, skipped, page: { ...(number !== undefined && { number }), ...(total !== undefined && { total }), last } };
}
