import { cleanText } from '../core/sanitize.js';

/*
 * cleanText with a fast path. An HSDS list of 2,000 services holds tens of thousands of short, ordinary strings
 * ("WEEKLY", "09:00", "Herne", "9–12 Uhr"); for those, cleanText's passes (line breaks, invisible characters, odd spaces,
 * runs of white space) change nothing, so they are only checked against the placeholders cleanText drops.
 */

/**
 * Printable characters without any that cleanText would remove or change (dashes and quotes of German text
 * included), single spaces inside only.
 */
const ORDINARY = /^[!-~\u00a1-\u167f\u1681-\u1fff\u2010-\u2027]+(?: [!-~\u00a1-\u167f\u1681-\u1fff\u2010-\u2027]+)*$/;
/** The same placeholders cleanText drops ("n/a", "null", "-"). */
const PLACEHOLDER = /^(?:n\/?a|null|undefined|-)$/i;

/** Exactly what cleanText(value, { multiline }) returns, faster for ordinary one-line strings. */
export function textOf(value: unknown, multiline = false): string | undefined {
  if (typeof value === 'string' && ORDINARY.test(value)) return PLACEHOLDER.test(value) ? undefined : value;
  return cleanText(value, { multiline });
}
