import { berlinParts } from '../core/i18n.js';
import { cleanNumber } from '../core/sanitize.js';
import { remember } from './remember.js';
import { textOf } from './text.js';

/*
 * HSDS schedules as rules that can be evaluated, and the evaluator: which hours apply on a day, whether a
 * service is open at an instant, when it opens next. Pure; "now" and holidays are passed in.
 *
 * Times are wall-clock times in Herne (Europe/Berlin). HSDS's numeric `timezone` offset cannot express summer
 * and winter time, and its own examples write "09:00:00Z" for "9am", so offsets after `opens_at`/`closes_at`
 * are accepted and ignored: "09:00Z" means 9 o'clock in Herne all year.
 */

/** A calendar day as whole days since 1970-01-01 (UTC arithmetic, no time zone involved). */
export type DayNumber = number;

const DAY_MS = 86_400_000;
const WEEKDAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
/** Rules with `count` are turned into an `until`; this bounds the walk (ten years of days). */
const MAX_COUNT_WALK = 3660;
/** How far ahead "opens next" looks; monthly rules need a little over a month. */
const LOOKAHEAD_DAYS = 70;

export const dayNumber = (year: number, month: number, day: number): DayNumber => Date.UTC(year, month - 1, day) / DAY_MS;

/** Year, month (1-12), day and weekday (0 = Sunday) of a day number. */
export function dayParts(day: DayNumber): { year: number; month: number; day: number; weekday: number } {
  const date = new Date(day * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), weekday: date.getUTCDay() };
}

/** A day in Herne and a minute of it. */
export interface HerneClock {
  day: DayNumber;
  minute: number;
}

/** The day and minute of the day in Herne at an instant. */
export function herneClock(instant: number): HerneClock {
  const p = berlinParts(new Date(instant));
  return { day: dayNumber(p.year, p.month, p.day), minute: p.hour * 60 + p.minute };
}

/** One weekday of `byday`, with its position in the month for monthly rules ("2WE": nth 2, "-1FR": nth -1). */
export interface RuleDay {
  weekday: number;
  nth?: number;
}

/** One HSDS schedule row that can be evaluated. */
export interface ScheduleRule {
  freq: 'DAILY' | 'WEEKLY' | 'MONTHLY';
  interval: number;
  /** Shared between rules read from the same `byday`: never changed in place. */
  days: readonly RuleDay[];
  /** `bymonthday`; negative counts from the end of the month. Shared like `days`: never changed in place. */
  monthDays: readonly number[];
  /** First day the rule may apply (`dtstart`, `valid_from`), inclusive. */
  from?: DayNumber;
  /** Last day (`until`, `valid_to`, or the day `count` runs out), inclusive. */
  to?: DayNumber;
  /** The anchor for `interval` (`dtstart`, else `valid_from`). */
  anchor?: DayNumber;
  /** Minutes after midnight; `closes` may pass 1440 for hours that run past midnight. */
  opens: number;
  closes: number;
  description?: string | undefined;
}

/** A schedule row read from HSDS: a rule when it can be evaluated, otherwise only its words. */
export interface ParsedSchedule {
  rule?: ScheduleRule;
  /** The row's own words (`description`, `notes`), shown as they are. */
  text?: string;
}

/**
 * A reader of a field's text (a missing or odd value reads as ""), remembering the answer for each distinct
 * string or number as sent, so that the thousands of "09:00" and "MO,TU" of a city's list are read once.
 */
function remembered<T>(read: (text: string) => T): (value: unknown) => T {
  const readValue = remember((value: unknown) => read(textOf(value) ?? ''));
  // Objects are not kept as keys (they would stay in memory); they read as "" or as their text anyway.
  return (value) => readValue(typeof value === 'string' || typeof value === 'number' ? value : undefined);
}

/** "09:00", "9:00:00", "09:00Z", "09:00:00+01:00" → minutes after midnight; 24:00 is 1440. */
export const parseTime = remembered((text): number | undefined => {
  const match = /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/i.exec(text);
  if (!match) return undefined;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return Number(match[2]) < 60 && minutes <= 1440 ? minutes : undefined;
});

/** An ISO date ("2026-03-29", or the date part of a date-time) as a day number. */
export const parseDay = remembered((text): DayNumber | undefined => {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const result = dayNumber(year, month, day);
  return dayParts(result).day === day && month >= 1 && month <= 12 ? result : undefined;
});

/** `bymonthday` ("1,15", "-1"): days of the month, negative from its end. */
const parseMonthDays = remembered((text): readonly number[] =>
  text
    .split(/[\s,;]+/)
    .map(Number)
    .filter((day) => Number.isInteger(day) && day !== 0 && Math.abs(day) <= 31),
);

/** The later of two optional days (`max`) or the earlier (`!max`). */
function pick(a: DayNumber | undefined, b: DayNumber | undefined, max: boolean): DayNumber | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return max ? Math.max(a, b) : Math.min(a, b);
}

const parseDays = remembered((text): readonly RuleDay[] | undefined => {
  const days: RuleDay[] = [];
  for (const part of text.toUpperCase().split(/[\s,;]+/).filter(Boolean)) {
    const match = /^([+-]?[1-5])?(SU|MO|TU|WE|TH|FR|SA)$/.exec(part);
    if (!match) return undefined;
    days.push({ weekday: WEEKDAY_CODES.indexOf(match[2]!), ...(match[1] ? { nth: Number(match[1]) } : {}) });
  }
  return days;
});

/** Reads one HSDS schedule row; tolerates every field missing or of the wrong type. */
export function parseSchedule(raw: Record<string, unknown>): ParsedSchedule {
  const description = textOf(raw['description']);
  const notes = textOf(raw['notes']);
  const text = description && notes ? `${description} ${notes}` : (description ?? notes);
  const fallback: ParsedSchedule = text ? { text } : {};
  const opens = parseTime(raw['opens_at']);
  let closes = parseTime(raw['closes_at']);
  const days = parseDays(raw['byday']);
  const monthDays = parseMonthDays(raw['bymonthday']);
  const freqText = textOf(raw['freq'])?.toUpperCase() ?? (days?.length ? 'WEEKLY' : undefined);
  if (opens === undefined || closes === undefined || !days || (freqText !== 'DAILY' && freqText !== 'WEEKLY' && freqText !== 'MONTHLY')) return fallback;
  // Equal times mean the whole day; an earlier closing time means past midnight.
  if (closes <= opens) closes += 1440;
  const start = parseDay(raw['dtstart']);
  const validFrom = parseDay(raw['valid_from']);
  const rule: ScheduleRule = { freq: freqText, interval: Math.max(1, Math.floor(cleanNumber(raw['interval']) ?? 1)), days, monthDays, opens, closes, description: text };
  const from = pick(start, validFrom, true);
  if (from !== undefined) rule.from = from;
  const to = pick(parseDay(raw['until']), parseDay(raw['valid_to']), false);
  if (to !== undefined) rule.to = to;
  const anchor = start ?? validFrom;
  if (anchor !== undefined) rule.anchor = anchor;
  // A weekly rule without weekdays repeats on the weekday it started (RFC 5545); without a start it says nothing.
  if (rule.freq === 'WEEKLY' && !days.length) {
    if (rule.anchor === undefined) return fallback;
    rule.days = [{ weekday: dayParts(rule.anchor).weekday }];
  }
  if (rule.freq === 'MONTHLY' && !days.length && !monthDays.length) {
    if (rule.anchor === undefined) return fallback;
    rule.monthDays = [dayParts(rule.anchor).day];
  }
  const count = cleanNumber(raw['count']);
  if (count !== undefined && count >= 1 && rule.from !== undefined) {
    let seen = 0;
    for (let day = rule.from; day < rule.from + MAX_COUNT_WALK && day <= (rule.to ?? Infinity); day += 1) {
      if (occursOn(rule, day) && ++seen >= count) {
        rule.to = day;
        break;
      }
    }
  }
  return text ? { rule, text } : { rule };
}

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Whether a rule's hours begin on this day. */
export function occursOn(rule: ScheduleRule, day: DayNumber): boolean {
  if ((rule.from !== undefined && day < rule.from) || (rule.to !== undefined && day > rule.to)) return false;
  const p = dayParts(day);
  const anchor = rule.anchor;
  if (rule.freq === 'DAILY') return anchor === undefined || (day - anchor) % rule.interval === 0;
  if (rule.freq === 'WEEKLY') {
    if (anchor !== undefined && rule.interval > 1) {
      // Weeks start on Monday (RFC 5545's default WKST); count whole weeks since the anchor's week.
      const monday = (d: number) => d - ((dayParts(d).weekday + 6) % 7);
      if (((monday(day) - monday(anchor)) / 7) % rule.interval !== 0) return false;
    }
    return rule.days.some((d) => d.weekday === p.weekday);
  }
  if (anchor !== undefined && rule.interval > 1) {
    const a = dayParts(anchor);
    if (((p.year - a.year) * 12 + p.month - a.month) % rule.interval !== 0) return false;
  }
  const length = daysInMonth(p.year, p.month);
  if (rule.monthDays.some((d) => (d > 0 ? d : length + d + 1) === p.day)) return true;
  return rule.days.some(
    (d) =>
      d.weekday === p.weekday &&
      (d.nth === undefined || (d.nth > 0 ? Math.ceil(p.day / 7) === d.nth : Math.floor((length - p.day) / 7) === -d.nth - 1)),
  );
}

/** What the evaluator needs besides the rules. */
export interface ScheduleContext {
  /** True on a public holiday, on which the service is closed. */
  isClosedDay?: (day: DayNumber) => boolean;
}

/** Opening intervals of a day in minutes after midnight, sorted and merged (a night's tail comes from the day before). */
export function hoursOn(rules: readonly ScheduleRule[], day: DayNumber, context: ScheduleContext = {}): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const rule of rules) {
    if (occursOn(rule, day) && !context.isClosedDay?.(day)) spans.push([rule.opens, Math.min(rule.closes, 1440)]);
    if (rule.closes > 1440 && occursOn(rule, day - 1) && !context.isClosedDay?.(day - 1)) spans.push([0, rule.closes - 1440]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  return merged;
}

/** Open or closed at an instant, and what changes next. */
export interface OpeningStatus {
  open: boolean;
  /** While open: the minute of today it closes (1440 = midnight). */
  closesAt?: number;
  /** While closed: when it opens next, within about ten weeks. */
  next?: { day: DayNumber; minute: number };
}

/** Open or closed at an instant, or at a Herne day and minute already known (which saves the time-zone lookup). */
export function openingStatus(rules: readonly ScheduleRule[], at: number | HerneClock, context: ScheduleContext = {}): OpeningStatus {
  const { day, minute } = typeof at === 'number' ? herneClock(at) : at;
  const today = hoursOn(rules, day, context);
  const current = today.find(([from, to]) => minute >= from && minute < to);
  if (current) return { open: true, closesAt: current[1] };
  const later = today.find(([from]) => from > minute);
  if (later) return { open: false, next: { day, minute: later[0] } };
  for (let ahead = day + 1; ahead <= day + LOOKAHEAD_DAYS; ahead += 1) {
    const first = hoursOn(rules, ahead, context)[0];
    if (first) return { open: false, next: { day: ahead, minute: first[0] } };
  }
  return { open: false };
}
