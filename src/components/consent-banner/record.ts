import { now } from '../../core/clock.js';
import { RECORD_NAME } from './store.js';
import type { ConsentConfig, ConsentRecord } from './types.js';

/*
 * Reading the stored choice, in the lazy part: the core reads only the cookie, and only for its fast path (a
 * record checked against this very configuration, see consent-banner.ts). Writing is in store.ts.
 */

/**
 * Whether a record still answers the configuration: not expired (it carries the validity it was given with)
 * and, unless it allows nothing, made under the current revision and covering every service. A refusal is not
 * asked again when the revision rises or a service is added, because asking again would push towards consent;
 * everything new stays off.
 */
export const isCurrent = (record: ConsentRecord, config: ConsentConfig): boolean =>
  record.v === 1 &&
  now() < record.expires &&
  (!Object.values(record.choices).includes(true) ||
    (record.revision >= config.revision && config.services.every((service) => service.essential || service.id in record.choices)));

/**
 * The choice that applies: the cookie's record if it is current (it is shared across subdomains and rewritten
 * with every choice), else (unless `cookieOnly`) the localStorage entry's. Broken, foreign and expired ones
 * count as no choice; storage that throws (cookies disabled, private modes) too; so does a record that does
 * not fit the configuration. Never throws.
 */
export function readRecord(config: ConsentConfig, cookieOnly = false): ConsentRecord | undefined {
  const fromCookie = currentRecord(() => new RegExp(`(?:^|; )${RECORD_NAME}=([^;]+)`).exec(document.cookie)?.[1], config);
  if (fromCookie || cookieOnly) return fromCookie;
  return currentRecord(() => localStorage.getItem(RECORD_NAME), config);
}

/** The record `read` finds, if it is current. Never throws: `read` may (storage that throws). */
function currentRecord(read: () => string | null | undefined, config: ConsentConfig): ConsentRecord | undefined {
  try {
    const stored = read();
    if (!stored) return undefined;
    const record = JSON.parse(decodeURIComponent(stored)) as ConsentRecord;
    return isCurrent(record, config) ? record : undefined;
  } catch {
    return undefined; // broken, foreign, or storage that throws
  }
}
