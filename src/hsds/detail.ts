import { CONTACT_SCHEMES, cleanDate, cleanNumber, cleanText, isRecord, safeUrl } from '../core/sanitize.js';
import { addressOf, locationsOf, plainText, records, type HsdsRecord } from './normalise.js';

/*
 * What only the detail view of a service needs, read from the raw HSDS record when a person opens it: how to
 * get in touch, how to apply, for whom, the addresses and accessibility in words, when it was last checked.
 * Same rules as the list normaliser: text through cleanText, links only http(s), mailto and tel.
 */

export interface HsdsPhone {
  /** The number as shown. */
  number: string;
  /** A `tel:` link, when the number has digits enough. */
  href?: string;
  description?: string;
}

export interface HsdsAddress {
  name?: string;
  /** The address as lines ("Hauptstraße 241", "44649 Herne"). */
  lines: string[];
  transportation?: string;
}

export interface HsdsServiceDetail {
  url?: string;
  /** A `mailto:` link. */
  email?: string;
  phones: HsdsPhone[];
  organization?: string;
  alert?: string;
  interpretation?: string;
  applicationProcess?: string;
  eligibility?: string;
  minimumAge?: number;
  maximumAge?: number;
  documents: string[];
  addresses: HsdsAddress[];
  /** Accessibility in words (`accessibility[].description` and `details`). */
  accessibility: string[];
  /** `assured_date`, else `last_modified`: when someone last checked the entry. */
  checked?: Date;
}

/** A phone number as shown and as a `tel:` link; a national German number gets +49 so it dials from anywhere. */
export function readPhone(raw: HsdsRecord): HsdsPhone | undefined {
  // Some exports wrap numbers in quotes ("\"+44 1234 234567\"").
  const number = cleanText(raw['number'])?.replace(/["']/g, '').trim();
  // Fewer than three digits is no phone number ("siehe Website", "javascript:alert(1)").
  if (!number || (number.match(/\d/g)?.length ?? 0) < 3) return undefined;
  let dial = number.replace(/[^\d+]/g, '').replace(/^00/, '+');
  if (dial.startsWith('0')) dial = `+49${dial.slice(1)}`;
  const extension = cleanNumber(raw['extension']);
  const href = /^\+?\d{3,20}$/.test(dial) ? safeUrl(`tel:${dial}`, CONTACT_SCHEMES) : undefined;
  const description = cleanText(raw['description']);
  return { number: extension === undefined ? number : `${number} (${extension})`, ...(href && { href }), ...(description && { description }) };
}

export function readServiceDetail(raw: HsdsRecord): HsdsServiceDetail {
  const text = (key: string) => plainText(raw[key]);
  const locations = locationsOf(raw);
  const email = cleanText(raw['email']);
  const phones: HsdsPhone[] = [];
  for (const phone of [
    ...records(raw['phones']),
    ...locations.flatMap(([location, atLocation]) => [...records(atLocation['phones']), ...records(location['phones'])]),
    ...records(raw['contacts']).flatMap((contact) => records(contact['phones'])),
  ]) {
    const read = readPhone(phone);
    if (read && !phones.some((other) => other.number === read.number)) phones.push(read);
  }
  const optional = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));
  return {
    ...optional('url', safeUrl(raw['url'])),
    ...optional('email', email && /^[^\s@"<>]+@[^\s@"<>]+\.[^\s@"<>]+$/.test(email) ? safeUrl(`mailto:${email}`, CONTACT_SCHEMES) : undefined),
    phones,
    ...optional('organization', isRecord(raw['organization']) ? cleanText(raw['organization']['name']) : undefined),
    ...optional('alert', text('alert')),
    ...optional('interpretation', text('interpretation_services')),
    ...optional('applicationProcess', text('application_process')),
    ...optional('eligibility', text('eligibility_description')),
    ...optional('minimumAge', cleanNumber(raw['minimum_age'])),
    ...optional('maximumAge', cleanNumber(raw['maximum_age'])),
    documents: records(raw['required_documents']).flatMap((d) => plainText(d['document']) ?? []),
    addresses: locations.flatMap(([location]) => {
      const address = addressOf(location);
      if (!address) return [];
      const street = [cleanText(address['address_1']), cleanText(address['address_2'])].filter(Boolean).join(', ');
      const town = [cleanText(address['postal_code']), cleanText(address['city'])].filter(Boolean).join(' ');
      const lines = [street, town].filter(Boolean);
      return lines.length ? [{ lines, ...optional('name', cleanText(location['name'])), ...optional('transportation', cleanText(location['transportation'])) }] : [];
    }),
    accessibility: locations.flatMap(([location]) => records(location['accessibility']).flatMap((a) => [plainText(a['description']), plainText(a['details'])].filter((t): t is string => !!t))),
    ...optional('checked', cleanDate(raw['assured_date']) ?? cleanDate(raw['last_modified'])),
  };
}
