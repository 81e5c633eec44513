import { fromBerlinTime } from './i18n.js';

/*
 * Endpoint data is untrusted. These helpers turn whatever arrived into plain text or a safe link, or into
 * `undefined`, which the widgets show as "unknown" rather than guessing.
 */

// C0/C1 controls except tab and line feeds, zero-width and bidirectional overrides (text spoofing), BOM.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200D\u202A-\u202E\u2066-\u2069\uFEFF]/g;
/** Placeholders some servers send instead of leaving a field out. */
const PLACEHOLDER = /^(?:n\/?a|null|undefined|-)$/i;

export interface CleanTextOptions {
  /** Keep line breaks (titles with a "hier: ..." second line, resolution texts). */
  multiline?: boolean;
}

/** Plain text from an untrusted value: strings (and finite numbers) only, controls stripped, blanks absent. */
export function cleanText(value: unknown, options: CleanTextOptions = {}): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) value = String(value);
  if (typeof value !== 'string') return undefined;
  let text = value.replace(/\r\n?/g, '\n').replace(INVISIBLE, '').replace(/[\u00A0\u2007\u202F]/g, ' ');
  text = options.multiline
    ? text
        .split('\n')
        .map((line) => line.replace(/[ \t]+/g, ' ').trim())
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim()
    : text.replace(/\s+/g, ' ').trim();
  if (text === '' || PLACEHOLDER.test(text)) return undefined;
  return text;
}

export const WEB_SCHEMES: readonly string[] = ['http:', 'https:'];
export const CONTACT_SCHEMES: readonly string[] = ['http:', 'https:', 'mailto:', 'tel:'];

/**
 * A link target from an untrusted value, or undefined. Only the given schemes pass (http and https by
 * default), so `javascript:`, `data:` and friends can never become a link.
 */
export function safeUrl(value: unknown, schemes: readonly string[] = WEB_SCHEMES, base?: string): string | undefined {
  const text = cleanText(value);
  if (text === undefined || /\s/.test(text)) return undefined;
  let url: URL;
  try {
    url = base === undefined ? new URL(text) : new URL(text, base);
  } catch {
    return undefined;
  }
  if (!schemes.includes(url.protocol)) return undefined;
  if ((url.protocol === 'http:' || url.protocol === 'https:') && !url.hostname) return undefined;
  return url.href;
}

/** A finite number, from a number or a numeric string; undefined otherwise. */
export function cleanNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))) return Number(value);
  return undefined;
}

/** An array from a value that should be one (a single object where an array belongs becomes `[object]`). */
export function asArray(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (value === undefined || value === null || value === '') return [];
  return [value];
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A date-time string that parses, as a Date; anything else undefined. A bare date ("2021-12-08") becomes noon
 * UTC of that day, which is the same calendar day in Berlin, so formatting it as a date never shifts it.
 */
export function cleanDate(value: unknown): Date | undefined {
  const text = cleanText(value);
  if (text === undefined || !/^\d{4}-\d{2}-\d{2}/.test(text)) return undefined;
  const local = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?$/.exec(text);
  // A date-time without offset breaks the spec; read it as Herne's local time, not the visitor's.
  const date = local
    ? fromBerlinTime(...(local.slice(1, 7).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number]))
    : new Date(isBareDate(text) ? `${text}T12:00:00Z` : text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** True for a bare date ("2021-12-08") without a time of day: the value says the day only. */
export function isBareDate(value: unknown): boolean {
  const text = cleanText(value);
  return text !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(text);
}

const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** Lower-case ASCII words joined by dashes: "Ö 15" becomes "oe-15". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[äöüß]/g, (letter) => UMLAUTS[letter]!)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
