import { asArray, cleanText } from '../core/sanitize.js';
import { expectObject } from './normalise.js';

/** A person as far as a widget names them: the display name only (no contact data, no picture). */
export interface OParlPersonInfo {
  id: string;
  name: string | undefined;
}

/** An OParl Person: `name`, else title, given and family name put together. */
export function normalisePerson(raw: unknown, url?: string): OParlPersonInfo {
  const { json, id } = expectObject(raw, 'Person', url);
  const parts = [...asArray(json['title']), json['givenName'], json['familyName']].map((part) => cleanText(part)).filter(Boolean);
  return { id, name: cleanText(json['name']) ?? (parts.join(' ') || undefined) };
}
