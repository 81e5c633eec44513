import { nothing, type TemplateResult } from 'lit';
import { formatFileSize, type Locale } from '../../core/i18n.js';
import { html } from '../../core/template.js';
import type { Slot } from '../../oparl/linked.js';
import type { OParlDocument } from '../../oparl/types.js';
import type { ResolutionMessages } from './resolution-card.messages.js';

/*
 * What the first render (resolution-card.ts) and the parts that render after it (details.ts) share. Bundled
 * with the element; the lazy chunk imports it from there.
 */

/** What the parts that render after the first render need of the card. */
export interface View {
  messages: ResolutionMessages;
  locale: Locale;
  /** The heading level `offset` below the card's title. */
  level: (offset: number) => number;
  /** An id for one of the card's elements, unique on the page. */
  id: (name: string) => string;
}

export const ok = <V>(slot: Slot<V> | undefined): V | undefined => (slot?.state === 'ok' ? slot.value : undefined);
export const given = <V>(value: V | undefined): Slot<V> | undefined => (value === undefined ? undefined : { state: 'ok', value });

/** Decoration beside a decision in words (`aria-hidden`). */
export const ICONS: Record<string, string> = {
  adopted: '✓',
  'adopted-amended': '✓',
  rejected: '✗',
  partially: '◐',
  noted: 'i',
  referred: '→',
  postponed: '⏸',
  withdrawn: '–',
  'no-vote': '–',
  recommended: '↗',
  unknown: '?',
  none: '…',
};

export const heading = (level: number, id: string, text: string): TemplateResult =>
  html`<div role="heading" aria-level=${level} id=${id} class="rc-heading">${text}</div>`;

/** A link to a file, with its type and size: "Vorlage 2021/0790 (PDF, 1,2 kB)". */
export const fileLink = (file: OParlDocument, locale: Locale): TemplateResult => {
  const details = [file.typeLabel, formatFileSize(file.size, locale)].filter(Boolean).join(', ');
  return html`<a href=${file.url!} rel="noopener noreferrer">${file.name}${details ? html` <span class="rc-meta">(${details})</span>` : nothing}</a>`;
};
