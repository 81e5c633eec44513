import type { Locale } from '../../core/i18n.js';
import { dayDate, shortDate } from '../../hsds/finder/texts.js';
import type { DayNumber } from '../../hsds/schedule.js';
import type { OpeningFacts } from '../../hsds/finder/find.js';
import type { Offer } from '../../hsds/finder/catalogue.js';
import type { FinderMessages } from './senior-service-finder.messages.js';

/* Today's opening hours in words, for the result cards: "Heute 9–12 und 15–17 Uhr · öffnet Mo 9 Uhr". */


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

/** "4.1.": the engine's date for the facts' minute, else made here. */
const dateText = (day: DayNumber, facts: OpeningFacts, locale: Locale) => facts.dates.get(day)?.[locale] ?? shortDate(day, locale);

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
  const when = ahead < 7 ? `${[m.todayWord, m.tomorrow][ahead] ?? m.weekdaysShort[dayDate(day).getUTCDay()]} ${time}` : m.onDate(dateText(day, facts, locale), time);
  return { today, status: m.opens(when), open: false };
}
