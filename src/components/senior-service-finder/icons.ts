import { svg, type SVGTemplateResult } from 'lit';
import type { Topic } from '../../hsds/finder/catalogue.js';

/** Simple line pictograms for the topic tiles; always next to their text, hidden from assistive technology. */
const PATHS: Record<Topic | 'all', string> = {
  alltag: 'M3 11l9-8 9 8M5 10v10h14V10M10 20v-6h4v6',
  wohnen: 'M5 21V3h14v18M9 7h2m2 0h2M9 11h2m2 0h2M10 21v-5h4v5',
  beratung: 'M4 4h16v11H9l-5 4z',
  pflege: 'M12 20s-8-5-8-11a4 4 0 0 1 8-1 4 4 0 0 1 8 1c0 6-8 11-8 11z',
  gesundheit: 'M9 3h6v6h6v6h-6v6H9v-6H3V9h6z',
  gemeinschaft: 'M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm8 0a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM2 20c0-6 12-6 12 0m-2-4c3-3 10-2 10 4',
  freizeit: 'M12 3l2.8 5.7 6.2.9-4.5 4.4 1 6.2-5.5-2.9-5.5 2.9 1-6.2L3 9.6l6.2-.9z',
  selbsthilfe: 'M12 21v-9m0 0C12 7 8 5 4 5c0 4 3 7 8 7zm0-2c0-4 3-6 8-6 0 4-3 6-8 6',
  sicherheit: 'M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6zm-3 9l2 2 4-4',
  mobilitaet: 'M5 4h14v13H5zm0 7h14M8 20v-3m8 3v-3',
  informationen: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 9v6m0-10v.01',
  all: 'M4 6h16M4 12h16M4 18h16',
};

export function topicIcon(topic: Topic | 'all'): SVGTemplateResult {
  return svg`<svg class="ssf-icon" viewBox="0 0 24 24" aria-hidden="true"><path d=${PATHS[topic]} /></svg>`;
}

/**
 * The small signs on buttons (Merken, filters, Zurück, the detail's actions), drawn rather than typed: symbol
 * characters such as ★ and ✓ are missing from most text fonts, so the browser searches the system's fonts for
 * them on first layout (more than 10 ms on a slow phone), and read-aloud tools may say their names.
 */
const SYMBOLS = {
  check: 'M5 12.5l4.5 4.5L19 7',
  plus: 'M12 5v14M5 12h14',
  star: PATHS.freizeit,
  close: 'M6 6l12 12M18 6L6 18',
  back: 'M19 12H5m6-6l-6 6 6 6',
  phone: 'M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2z',
  mail: 'M3 6h18v12H3zm0 0l9 7 9-7',
  route: 'M5 12h14m-6-6l6 6-6 6',
  external: 'M14 4h6v6m0-6L10 14m9 0v6H4V5h6',
} as const;

export type SymbolName = keyof typeof SYMBOLS | 'star-filled';

/** A sign beside its text, hidden from assistive technology; in the text's colour (forced colours too). */
export function symbolIcon(name: SymbolName): SVGTemplateResult {
  const path = name === 'star-filled' ? SYMBOLS.star : SYMBOLS[name];
  return svg`<svg class="ssf-symbol" data-symbol=${name} viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${path} /></svg>`;
}
