import { nothing, type TemplateResult } from 'lit';
import { html } from '../../core/template.js';
import type { Locale } from '../../core/i18n.js';
import type { OpeningFacts } from '../../hsds/finder/find.js';
import { todayLine } from './hours.js';
import { symbolIcon } from './icons.js';
import { placeByCode, summarise, type Offer } from '../../hsds/finder/catalogue.js';
import { languageName, priceText } from '../../hsds/finder/texts.js';
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
  /** The catalogue's language names in the finder's language, as the engine made them. */
  readonly languageNames: Readonly<Record<string, string>>;
  readonly savedIds: readonly string[];
  readonly toggleSaved: (id: string) => void;
}

const ACCESS = ['stufenlos', 'aufzug', 'wc', 'schleife'] as const;
/** A language's name ("Türkisch (Türkçe)"): the engine's, else made here (a language no offer speaks). */
export function languageText(code: string, { locale, languageNames }: CardContext): string {
  return languageNames[code] ?? languageName(code, locale);
}

/** "Hauptstraße 241 · Crange (Wanne)", or where a service without an address goes. */
export function placeText(offer: Offer, { m }: CardContext): string {
  const { place, service, wholeCity } = offer;
  const street = service.places.find((p) => p.street)?.street;
  if (place) {
    const district = placeByCode(place.district)!;
    // Names, not objects: a quarter named as its district (Herne-Mitte in Herne-Mitte) is said once.
    const where = district.name === place.name ? place.name : `${place.name} (${district.name})`;
    return street ? `${street} · ${where}` : where;
  }
  if (wholeCity || service.areas.length) return `${m.comesToYou}: ${wholeCity ? m.wholeCityServed : service.areas.join(', ')}`;
  return street ?? '';
}

export function costText(offer: Offer, { m, locale }: CardContext): string | undefined {
  if (offer.features.has('kostenlos')) return m.free;
  const prices = offer.service.costs
    .filter((cost) => cost.amount !== undefined)
    .map((cost, i) =>
      // The engine's price texts; made here only for an offer that did not come through the engine.
      [offer.prices?.[locale][i] ?? priceText(cost.amount!, cost.currency, locale), cost.description, cost.option && `(${cost.option})`].filter(Boolean).join(' '),
    );
  const text = prices.join('; ') || offer.service.fees;
  return text && `${m.costs}: ${text}`;
}

/** The offer's accessibility features in words ("Stufenloser Zugang", "Aufzug" …). */
export function accessWords(offer: Offer, { m }: CardContext): string[] {
  return ACCESS.filter((key) => offer.features.has(key)).flatMap((key) => m.filters[key] ?? []);
}

export function accessText(offer: Offer, context: CardContext): string | undefined {
  const words = accessWords(offer, context);
  return words.length ? `${context.m.accessibility}: ${words.join(', ')}` : undefined;
}

/** The plain one-line summary, made when a card shows (not for every offer when loading). */
export function summaryLine(offer: Offer): unknown {
  const summary = summarise(offer.service.description);
  return summary ? html`<p>${summary}</p>` : nothing;
}

export function saveButton(offer: Offer, { m, savedIds, toggleSaved }: CardContext): TemplateResult {
  const saved = savedIds.includes(offer.id);
  // The name in one piece: a visually hidden part would be read "Merken : …" (it is laid out as a block).
  return html`<button type="button" class="hw-button" aria-pressed=${saved} aria-label="${m.save}: ${offer.service.name}" @click=${() => toggleSaved(offer.id)}>
    ${symbolIcon(saved ? 'check' : 'star')}${m.save}
  </button>`;
}

export function hoursLine(offer: Offer, { m, locale, facts }: CardContext): TemplateResult {
  const line = todayLine(offer, facts, m, locale);
  if (!line.status) return html`<p class="ssf-meta">${line.today}</p>`;
  // The separator is a value, not template text: the minifier trims a template's leading space ("geschlossen· öffnet").
  return html`<p class="ssf-meta">${line.today}${' · '}<span class=${line.open ? 'ssf-open' : ''}>${line.status}</span></p>`;
}
