import { now } from '../../core/clock.js';
import type { ConsentConfig, ConsentRecord } from './types.js';

/*
 * Writing a record, in the lazy part: a new choice, or a current one stored again with a new fingerprint.
 * Reading is in record.ts (and, for the fast path, in consent-banner.ts, which spells the name out).
 */

/** The cookie and the localStorage key of the record. */
export const RECORD_NAME = 'herne_consent';

/** A random id for the record: 128 random bits (getRandomValues works in insecure contexts too, randomUUID does not). */
export function randomId(): string {
  return crypto.getRandomValues(new Uint32Array(4)).join('-');
}

/** Whether a choice can outlive this page view: cookies or localStorage work. */
export function canStore(): boolean {
  try {
    if (navigator.cookieEnabled && typeof document.cookie === 'string') return true;
  } catch {
    /* cookies blocked */
  }
  try {
    localStorage.getItem(RECORD_NAME);
    return true;
  } catch {
    return false;
  }
}

/** The domains a cookie of this page may have been set for: the host and each parent but the top level. */
function cookieDomains(): string[] {
  const parts = location.hostname.split('.');
  return ['', ...parts.slice(0, -1).map((_, index) => parts.slice(index).join('.'))];
}

/** Deletes the first-party cookies with these names (a trailing `*` matches a prefix), for every domain they may carry. */
export function deleteCookies(names: readonly string[]): void {
  let present: string[];
  try {
    present = document.cookie.split(/;\s*/).map((pair) => pair.split('=')[0]!);
  } catch {
    return;
  }
  const matches = (name: string) => names.some((wanted) => (wanted.endsWith('*') ? name.startsWith(wanted.slice(0, -1)) : name === wanted));
  for (const name of present.filter(matches)) {
    for (const domain of cookieDomains()) document.cookie = `${name}=; max-age=0; path=/${domain && `; domain=${domain}`}`;
  }
}

/**
 * Stores a record as a first-party cookie (SameSite=Lax, Secure on https, the configured domain, expiring with
 * the record) and in localStorage, deletes the listed cookies of every refused service, and sends a new record
 * (`isNew`; not one stored again with a new fingerprint) to the configured endpoint. Storage that throws is
 * skipped: the choice then holds for this page view.
 */
export function writeRecord(record: ConsentRecord, config: ConsentConfig, isNew = true): void {
  const name = RECORD_NAME;
  const text = JSON.stringify(record);
  const maxAge = Math.round((record.expires - now()) / 1000);
  const domain = config.cookieDomain ? `; domain=${config.cookieDomain}` : '';
  const secure = location.protocol === 'https:' ? '; secure' : '';
  try {
    document.cookie = `${name}=${encodeURIComponent(text)}; max-age=${maxAge}; path=/; samesite=lax${domain}${secure}`;
  } catch {
    /* cookies blocked */
  }
  try {
    localStorage.setItem(name, text);
  } catch {
    /* storage blocked */
  }
  deleteCookies(config.services.filter((service) => !service.essential && !record.choices[service.id]).flatMap((service) => service.cookies.map((cookie) => cookie.name)));
  if (isNew && config.endpoint) {
    try {
      navigator.sendBeacon(new URL(config.endpoint, location.href).href, text);
    } catch {
      /* a log must never break the choice */
    }
  }
}
