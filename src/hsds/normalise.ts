import { asArray, cleanNumber, cleanText, isRecord } from '../core/sanitize.js';
import { parseSchedule, type ScheduleRule } from './schedule.js';

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

/** ISO 639-2/3 codes with a 639-1 code, for the languages likely in Herne ("tur" → "tr"). */
const LANGUAGE_ALIASES = new Map(
  'deu:de ger:de eng:en tur:tr rus:ru pol:pl ara:ar ukr:uk kur:ku kmr:ku ell:el gre:el ita:it fas:fa per:fa srp:sr hrv:hr bos:bs ron:ro rum:ro bul:bg fra:fr fre:fr spa:es por:pt sqi:sq alb:sq vie:vi ces:cs cze:cs'
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

export const records = (value: unknown): HsdsRecord[] => asArray(value).filter(isRecord);

/**
 * Descriptions may contain HTML or Markdown (HSDS field guidance). They are shown as text, never as markup: tags
 * are dropped and a few entities decoded so that nobody reads "<p>"; the result is still only text.
 */
export function plainText(value: unknown): string | undefined {
  const text = cleanText(value, { multiline: true });
  return (
    text &&
    cleanText(
      text
        .replace(/<(?:br|\/p|\/li|\/div|\/h\d)\s*\/?>/gi, '\n')
        .replace(/<\/?[a-z][^>]*>/gi, '')
        .replace(/&(nbsp|amp|lt|gt|quot|#39);/g, (_, name: string) => ({ nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name]!),
      { multiline: true },
    )
  );
}

export function readLanguages(value: unknown): HsdsLanguage[] {
  return records(value).flatMap((raw) => {
    const rawCode = cleanText(raw['code'])?.toLowerCase();
    const code = rawCode && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(rawCode) ? (LANGUAGE_ALIASES.get(rawCode) ?? rawCode.split('-')[0]) : undefined;
    const name = cleanText(raw['name']);
    return code || name ? [{ ...(code && { code }), ...(name && { name }) }] : [];
  });
}

export function readAttributes(value: unknown): HsdsAttribute[] {
  return records(value).flatMap((raw) => {
    const term = isRecord(raw['taxonomy_term']) ? raw['taxonomy_term'] : {};
    const type = (cleanText(raw['link_type']) ?? cleanText(term['taxonomy']) ?? '').toLowerCase();
    const label = cleanText(raw['label']) ?? cleanText(term['name']) ?? cleanText(raw['value']);
    const code = (cleanText(term['code']) ?? cleanText(raw['value']) ?? label)?.toLowerCase();
    return code ? [{ type, code, ...(label && { label }) }] : [];
  });
}

/** The evaluable rules and the words of one list of schedule rows. */
function readSchedules(value: unknown): { rules: ScheduleRule[]; texts: string[] } {
  const parsed = records(value).map(parseSchedule);
  return { rules: parsed.flatMap((p) => p.rule ?? []), texts: parsed.flatMap((p) => (p.rule ? [] : (p.text ?? []))) };
}

/** The locations of a service with the service-at-location record each came in. */
export const locationsOf = (raw: HsdsRecord): Array<[HsdsRecord, HsdsRecord]> =>
  records(raw['service_at_locations']).flatMap((sal) => (isRecord(sal['location']) ? [[sal['location'], sal]] : []));

/** The physical address of a location (the first one that is not only postal). */
export function addressOf(location: HsdsRecord): HsdsRecord | undefined {
  const addresses = records(location['addresses']);
  return addresses.find((a) => cleanText(a['address_type']) !== 'postal') ?? addresses[0];
}

function readPlace(location: HsdsRecord, atLocation: HsdsRecord): HsdsPlace {
  const address = addressOf(location) ?? {};
  const latitude = cleanNumber(location['latitude']);
  const longitude = cleanNumber(location['longitude']);
  const street = cleanText(address['address_1']);
  return {
    names: ['region', 'address_2', 'city'].flatMap((key) => cleanText(address[key]) ?? []),
    ...(street && { street }),
    ...(latitude !== undefined && longitude !== undefined && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180 && { latitude, longitude }),
    attributes: [
      ...readAttributes(location['attributes']),
      ...readAttributes(atLocation['attributes']),
      ...records(location['accessibility']).flatMap((a) => readAttributes(a['attributes'])),
    ],
  };
}

/** One service; undefined when it cannot be shown (broken), 'hidden' when it must not be (inactive, defunct). */
export function readService(raw: unknown): HsdsService | 'hidden' | undefined {
  if (!isRecord(raw)) return undefined;
  const id = cleanText(raw['id']);
  const name = cleanText(raw['name']);
  if (!id || !name) return undefined;
  const status = cleanText(raw['status'])?.toLowerCase();
  if (status === 'inactive' || status === 'defunct') return 'hidden';
  const locations = locationsOf(raw);
  // The service's own hours, else the first location's: its service-at-location hours, else the building's.
  let hours = readSchedules(raw['schedules']);
  for (const [location, atLocation] of locations) {
    if (hours.rules.length || hours.texts.length) break;
    hours = readSchedules(atLocation['schedules']);
    if (!hours.rules.length && !hours.texts.length) hours = readSchedules(location['schedules']);
  }
  const description = plainText(raw['description']);
  const fees = plainText(raw['fees_description']);
  return {
    id,
    name,
    temporarilyClosed: status === 'temporarily closed',
    ...(description && { description }),
    ...(fees && { fees }),
    costs: records(raw['cost_options']).map((c) => {
      const amount = cleanNumber(c['amount']);
      const currency = cleanText(c['currency'])?.toUpperCase();
      const option = cleanText(c['option']);
      const about = cleanText(c['amount_description']);
      return {
        ...(amount !== undefined && amount >= 0 && { amount }),
        ...(currency && /^[A-Z]{3}$/.test(currency) && { currency }),
        ...(option && { option }),
        ...(about && { description: about }),
      };
    }),
    rules: hours.rules,
    scheduleTexts: hours.texts,
    places: locations.map(([location, atLocation]) => readPlace(location, atLocation)),
    areas: records(raw['service_areas']).flatMap((area) => cleanText(area['name']) ?? []),
    languages: [
      ...readLanguages(raw['languages']),
      ...locations.flatMap(([location]) => readLanguages(location['languages'])),
      ...records(raw['phones']).flatMap((phone) => readLanguages(phone['languages'])),
    ].filter((language, i, all) => all.findIndex((other) => (other.code ?? other.name) === (language.code ?? language.name)) === i),
    attributes: readAttributes(raw['attributes']),
    source: raw,
  };
}

/**
 * Services from whatever a source sent: an HSDS page (`contents`), a bare array, or one service. Throws a
 * TypeError only when the value is none of these.
 */
export function readServices(json: unknown): HsdsReadResult & { page?: { number?: number; total?: number; last: boolean } } {
  const page = isRecord(json) ? json : undefined;
  const list = Array.isArray(json) ? json : Array.isArray(page?.['contents']) ? (page['contents'] as unknown[]) : page && 'name' in page ? [page] : undefined;
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
  return { services, skipped, page: { ...(number !== undefined && { number }), ...(total !== undefined && { total }), last: page['last_page'] === true || !list.length } };
}
