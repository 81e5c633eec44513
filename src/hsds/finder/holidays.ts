import { remember } from '../remember.js';
import { dayNumber, dayParts, type DayNumber } from '../schedule.js';

/*
 * The public holidays of North Rhine-Westphalia (Herne), on which offices and counselling services close.
 * Eleven dates from Easter and fixed days are a few lines; the tests check them against feiertagejs for many
 * years, which saves that library's 2 KB in the bundle.
 */

export type HolidayKey =
  | 'neujahr'
  | 'karfreitag'
  | 'ostermontag'
  | 'maifeiertag'
  | 'himmelfahrt'
  | 'pfingstmontag'
  | 'fronleichnam'
  | 'einheit'
  | 'allerheiligen'
  | 'weihnachten1'
  | 'weihnachten2'
  | 'reformationstag';

/** Easter Sunday (anonymous Gregorian algorithm). */
export function easterSunday(year: number): DayNumber {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return dayNumber(year, month, ((h + l - 7 * m + 114) % 31) + 1);
}

/** The NRW public holidays of a year, by day (remembered). */
export const holidaysOf = remember((year: number) => {
  const easter = easterSunday(year);
  const fixed = (month: number, day: number) => dayNumber(year, month, day);
  const days = new Map<DayNumber, HolidayKey>([
    [fixed(1, 1), 'neujahr'],
    [easter - 2, 'karfreitag'],
    [easter + 1, 'ostermontag'],
    [fixed(5, 1), 'maifeiertag'],
    [easter + 39, 'himmelfahrt'],
    [easter + 50, 'pfingstmontag'],
    [easter + 60, 'fronleichnam'],
    [fixed(10, 3), 'einheit'],
    [fixed(11, 1), 'allerheiligen'],
    [fixed(12, 25), 'weihnachten1'],
    [fixed(12, 26), 'weihnachten2'],
  ]);
  // 2017 only: the 500th anniversary of the Reformation was a public holiday everywhere in Germany.
  if (year === 2017) days.set(fixed(10, 31), 'reformationstag');
  return days;
});

/** The holiday on a day, if it is one. */
export function holidayOn(day: DayNumber): HolidayKey | undefined {
  return holidaysOf(dayParts(day).year).get(day);
}
