import { formatDate, type Locale } from '../../core/i18n.js';
import type { DayNumber } from '../../hsds/schedule.js';
import type { OpeningFacts } from '../../hsds/finder/find.js';
import type { Offer } from '../../hsds/finder/catalogue.js';
import type { FinderMessages } from './senior-service-finder.messages.js';

/* Today's opening hours in words, for the result cards: "Heute 9–12 und 15–17 Uhr · öffnet Mo 9 Uhr". */

/** Noon UTC of a day: the same calendar day in Herne, for formatDate. */
export const dayDate = (day: DayNumber) => new Date(day * 86_400_000 + 43_200_000);

/** "9", "9:30" in German (followed by "Uhr"); "9:00", "9:30" in English. */
export function clockTime(minute: number, locale: Locale): string {
  const hours = Math.floor(minute / 60);
  const minutes = minute % 60;
  return locale === 'de' && minutes === 0 ? String(hours) : `${hours}:${String(minutes).padStart(2, '0')}`;
}

/** "9–12 und 15–17 Uhr". */
export function spansText(spans: ReadonlyArray<readonly [number, number]>, m: FinderMessages, locale: Locale): string {
  return spans.map(([from, to]) => `${clockTime(from, locale)}–${clockTime(to, locale)}`).join(` ${m.and} `) + m.hoursSuffix;
}

const shortDate = (day: DayNumber, locale: Locale) =>
  formatDate(dayDate(day), locale, locale === 'de' ? { day: 'numeric', month: 'numeric' } : { day: 'numeric', month: 'short' });

/** The card's hours line: today's hours and whether it is open now, or when it opens. */
export function todayLine(offer: Offer, facts: OpeningFacts, m: FinderMessages, locale: Locale): { today: string; status?: string; open: boolean } {
  const { rules, scheduleTexts } = offer.service;
  if (!rules.length) return { today: scheduleTexts[0] ?? m.noHours, open: false };
  const spans = facts.hoursToday(offer);
  const today = spans.length ? `${m.today} ${spansText(spans, m, locale)}` : m.closedToday;
  const status = facts.status(offer);
  if (status.open) return { today, status: status.closesAt! >= 1440 ? m.openNow : m.openUntil(clockTime(status.closesAt!, locale)), open: true };
  if (!status.next) return { today, status: m.closedNow, open: false };
  const { day, minute } = status.next;
  const time = clockTime(minute, locale);
  const ahead = day - facts.today;
  // "heute 15", "morgen 9", "Mo 9" within a week, then "am 4.1. um 9".
  const when = ahead < 7 ? `${[m.todayWord, m.tomorrow][ahead] ?? m.weekdaysShort[dayDate(day).getUTCDay()]} ${time}` : m.onDate(shortDate(day, locale), time);
  return { today, status: m.opens(when), open: false };
}
