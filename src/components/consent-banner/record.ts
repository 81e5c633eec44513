import { now } from '../../core/clock.js';
import { RECORD_NAME } from './config.js';
import type { ConsentConfig, ConsentRecord } from './types.js';

/*
 * Part of the small core: reading the stored choice. Writing it is in store.ts, which loads with the dialog,
 * because only a person choosing writes.
 */

export const DAY_MS = 864e5;
export const DEFAULT_VALIDITY_DAYS = 180;

/**
 * Whether a record still answers the configuration: not expired (it carries the validity it was given with)
 * and, unless it allows nothing, made under the current revision and covering every service. A refusal is not
 * asked again when the revision rises or a service is added, because asking again would push towards consent;
 * everything new stays off.
 */
export function isCurrent(record: ConsentRecord, config: ConsentConfig): boolean {
  return (
    record.v === 1 &&
    now() < record.expires &&
    (!Object.values(record.choices).includes(true) ||
      (record.revision >= config.revision && config.services.every((service) => service.essential || service.id in record.choices)))
  );
}

/**
 * The choice that applies: the newer of the cookie and the localStorage entry, if current. Broken, foreign and
 * expired ones count as no choice; storage that throws (cookies disabled, private modes) too.
 */
export function readRecord(config: ConsentConfig): ConsentRecord | undefined {
  let found: ConsentRecord | undefined;
  for (const read of [() => new RegExp(`(?:^|; )${RECORD_NAME}=([^;]+)`).exec(document.cookie)![1], () => localStorage.getItem(RECORD_NAME)]) {
    try {
      const record = JSON.parse(decodeURIComponent(read()!)) as ConsentRecord;
      if (isCurrent(record, config) && !(found && found.given > record.given)) found = record;
    } catch {
      /* missing, broken, foreign, or storage that throws */
    }
  }
  return found;
}
