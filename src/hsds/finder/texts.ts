import { formatDate, type Locale } from '../../core/i18n.js';
import { remember } from '../remember.js';
import type { DayNumber } from '../schedule.js';

/*
 * The finder's texts that need the browser's Intl: language names, prices, dates. The engine makes them with
 * the data (in the finder's worker), for both languages the finder speaks (engine.ts), and sends them with its answers: a
 * page's first Intl object of any kind sets up the browser's locale data, a long task on a slow phone (about
 * 100 ms at 4× CPU throttling), which the first result cards then need not pay. The element makes a text
 * itself only when the engine's answer has none (a language chosen in the URL that no offer speaks, a date in a
 * minute the engine has not answered for).
 */

/** Texts by the finder's language. */
export type InLocales<T> = Readonly<Record<Locale, T>>;

const languageNames = remember((key: string) => {
  const [locale, code] = key.split(' ') as [Locale, string];
  const inLanguage = (lang: string) => {
    try {
      return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
    } catch {
      return code;
    }
  };
  const shown = inLanguage(locale);
  const own = inLanguage(code);
  // A browser without data for a language names it in English ("Kurdish"): that is not its own name.
  const fallback = code !== 'en' && own === inLanguage('en');
  return own === shown || own === code || fallback ? shown : `${shown} (${own})`;
});

/** "Türkisch (Türkçe)": the language in the finder's language and in its own. */
export const languageName = (code: string, locale: Locale): string => languageNames(`${locale} ${code}`);

/** One formatter per language and currency: making one is slow, and 2,000 offers may each have a price. */
const priceFormats = remember((key: string) => {
  const [locale, currency] = key.split(' ') as [Locale, string];
  return new Intl.NumberFormat(locale, { style: 'currency', currency });
});

/** "12,50 €" / "€12.50". */
export function priceText(amount: number, currency: string | undefined, locale: Locale): string {
  return priceFormats(`${locale} ${currency ?? 'EUR'}`).format(amount);
}

/** Noon UTC of a day: the same calendar day in Herne, for formatDate. */
export const dayDate = (day: DayNumber) => new Date(day * 86_400_000 + 43_200_000);

/** "4.1." / "4 Jan": a day more than a week ahead on a result card ("öffnet am 4.1. um 9"). */
export function shortDate(day: DayNumber, locale: Locale): string {
  return formatDate(dayDate(day), locale, locale === 'de' ? { day: 'numeric', month: 'numeric' } : { day: 'numeric', month: 'short' });
}

