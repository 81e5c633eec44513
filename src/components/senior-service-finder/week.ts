import { formatDate, type Locale } from '../../core/i18n.js';
import { hoursOn, type DayNumber, type ScheduleRule } from '../../hsds/schedule.js';
import type { DetailMessages } from './detail.messages.js';
import { holidayOn } from '../../hsds/finder/holidays.js';
import { dayDate } from '../../hsds/finder/texts.js';
import { spansText } from './hours.js';
import type { Offer } from '../../hsds/finder/catalogue.js';
import type { FinderMessages } from './senior-service-finder.messages.js';

/*
 * The weekly hours in words for the detail view: "Montag bis Donnerstag: 9–12 und 15–17 Uhr", "Jeden 2. Mittwoch
 * im Monat: 15–17 Uhr", "Am Freitag, 25. Dezember geschlossen (1. Weihnachtstag)."
 */

const longDate = (day: DayNumber, locale: Locale) => formatDate(dayDate(day), locale, { weekday: 'long', day: 'numeric', month: 'long' });
const fullDate = (day: DayNumber, locale: Locale) => formatDate(dayDate(day), locale, { day: 'numeric', month: 'numeric', year: 'numeric' });

const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0];

/** The weekly hours in words, one line per group of days or per special rule; expired rules are left out. */
export function weekLines(offer: Offer, today: DayNumber, m: FinderMessages, t: DetailMessages, locale: Locale): string[] {
  const { rules, scheduleTexts } = offer.service;
  const current = rules.filter((rule) => rule.to === undefined || rule.to >= today);
  const isWeekly = (rule: ScheduleRule) => rule.freq === 'WEEKLY' && rule.interval === 1 && (rule.from === undefined || rule.from <= today);
  const lines: string[] = [];
  // Regular weekly hours: the spans of each weekday, equal neighbours joined ("Montag bis Donnerstag").
  const weekly = current.filter(isWeekly);
  let group: { first: number; last: number; text: string } | undefined;
  const flush = () => {
    if (group) {
      const days = group.first === group.last ? t.weekdays[group.first]! : t.dayRange(t.weekdays[group.first]!, t.weekdays[group.last]!);
      lines.push(`${days}: ${group.text}`);
    }
    group = undefined;
  };
  for (const weekday of WEEK_ORDER) {
    const own = weekly.filter((rule) => rule.days.some((day) => day.weekday === weekday));
    const spans = own
      .map((rule): [number, number] => [rule.opens, rule.closes > 1440 ? rule.closes - 1440 : rule.closes])
      .sort((a, b) => a[0] - b[0]);
    const until = own.map((rule) => rule.to).filter((to): to is number => to !== undefined);
    const text = spans.length ? spansText(spans, m, locale) + (until.length ? `, ${t.validTo(fullDate(Math.min(...until), locale))}` : '') : '';
    if (text && group?.text === text && group.last === WEEK_ORDER[WEEK_ORDER.indexOf(weekday) - 1]) group.last = weekday;
    else {
      flush();
      if (text) group = { first: weekday, last: weekday, text };
    }
  }
  flush();
  for (const rule of current.filter((rule) => !isWeekly(rule))) {
    const weekdays = rule.days.map((day) => t.weekdays[day.weekday]!);
    let phrases: string[];
    if (rule.freq === 'DAILY') phrases = [t.daily];
    else if (rule.freq === 'WEEKLY') phrases = [rule.interval > 1 ? t.everyWeeks(rule.interval, weekdays.join(` ${m.and} `)) : weekdays.join(', ')];
    else phrases = [...rule.days.map((day) => t.monthly(day.nth ?? 1, t.weekdays[day.weekday]!)), ...rule.monthDays.map((day) => t.monthDay(day))];
    const validity = [
      rule.from !== undefined && rule.from > today ? t.validFrom(fullDate(rule.from, locale)) : '',
      rule.to !== undefined ? t.validTo(fullDate(rule.to, locale)) : '',
    ].filter(Boolean);
    const span = spansText([[rule.opens, rule.closes > 1440 ? rule.closes - 1440 : rule.closes]], m, locale);
    for (const phrase of phrases) lines.push(`${phrase}: ${span}${validity.length ? ` (${validity.join(', ')})` : ''}`);
  }
  return [...lines, ...scheduleTexts];
}

/** Closed on public holidays, and the next two weeks' holidays on which it would otherwise open. */
export function holidayLines(offer: Offer, today: DayNumber, t: DetailMessages, locale: Locale): string[] {
  if (offer.openOnHolidays || !offer.service.rules.length) return [];
  const lines = [t.holidaysClosed];
  for (let day = today; day < today + 14; day += 1) {
    const holiday = holidayOn(day);
    if (holiday && hoursOn(offer.service.rules, day).length) lines.push(t.closedOnHoliday(longDate(day, locale), t.holidays[holiday]));
  }
  return lines;
}
