import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../../core/i18n.js';
import type { OpeningFacts } from './finder.js';
import { todayLine } from './hours.js';
import { placeByCode, type Offer } from './profile.js';
import type { FinderMessages } from './senior-service-finder.messages.js';

/*
 * The pieces of an offer that the result cards, the detail view and the Merkliste share: where it is, what it
 * costs, accessibility in words, today's hours, the "Merken" toggle.
 */

/** What the pieces need: texts, language, the clock's opening facts, the Merkliste. */
export interface CardContext {
  readonly m: FinderMessages;
  readonly locale: Locale;
  readonly facts: OpeningFacts;
  readonly savedIds: readonly string[];
  readonly toggleSaved: (id: string) => void;
}

const ACCESS = ['stufenlos', 'aufzug', 'wc', 'schleife'] as const;
const languageNames = new Map<string, string>();

/** "Türkisch (Türkçe)": the language in the page's language and in its own. */
export function languageName(code: string, locale: Locale): string {
  const key = `${locale}:${code}`;
  let name = languageNames.get(key);
  if (!name) {
    const inLanguage = (lang: string) => {
      try {
        return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
      } catch {
        return code;
      }
    };
    const shown = inLanguage(locale);
    const own = inLanguage(code);
    languageNames.set(key, (name = own === shown || own === code ? shown : `${shown} (${own})`));
  }
  return name;
}

/** "Hauptstraße 241 · Crange (Wanne)", or where a service without an address goes. */
export function placeText(offer: Offer, { m }: CardContext): string {
  const { place, service, wholeCity } = offer;
  const street = service.places.find((p) => p.street)?.street;
  if (place) {
    const district = placeByCode(place.district)!;
    const where = district === place ? place.name : `${place.name} (${district.name})`;
    return street ? `${street} · ${where}` : where;
  }
  if (wholeCity || service.areas.length) return `${m.comesToYou}: ${wholeCity ? m.wholeCityServed : service.areas.join(', ')}`;
  return street ?? '';
}

export function costText(offer: Offer, { m, locale }: CardContext): string | undefined {
  if (offer.features.has('kostenlos')) return m.free;
  const prices = offer.service.costs
    .filter((cost) => cost.amount !== undefined)
    .map((cost) =>
      [new Intl.NumberFormat(locale, { style: 'currency', currency: cost.currency ?? 'EUR' }).format(cost.amount!), cost.description, cost.option && `(${cost.option})`]
        .filter(Boolean)
        .join(' '),
    );
  const text = prices.join('; ') || offer.service.fees;
  return text && `${m.costs}: ${text}`;
}

export function accessText(offer: Offer, { m }: CardContext): string | undefined {
  const words = ACCESS.filter((key) => offer.features.has(key)).map((key) => m.filters[key]);
  return words.length ? `${m.accessibility}: ${words.join(', ')}` : undefined;
}

export function saveButton(offer: Offer, { m, savedIds, toggleSaved }: CardContext): TemplateResult {
  const saved = savedIds.includes(offer.id);
  return html`<button type="button" class="button" aria-pressed=${saved} @click=${() => toggleSaved(offer.id)}>
    <span class="check" aria-hidden="true">${saved ? '✓' : '☆'}</span>${m.save}<span class="visually-hidden">: ${offer.service.name}</span>
  </button>`;
}

export function hoursLine(offer: Offer, { m, locale, facts }: CardContext): TemplateResult {
  const line = todayLine(offer, facts, m, locale);
  return html`<p class="meta">${line.today}${line.status ? html` · <span class=${line.open ? 'open' : ''}>${line.status}</span>` : nothing}</p>`;
}
