// @ts-check
// iCalendar (RFC 5545) feeds of mirrored meetings: stable UIDs from the RIS ids, SEQUENCE counted by the mirror
// whenever a meeting's `modified` changes, LAST-MODIFIED, STATUS:CANCELLED, times in Europe/Berlin with its
// VTIMEZONE, text escaped and lines folded at 75 octets.
import { createHash } from 'node:crypto';

const BERLIN_TIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Berlin',
  'X-LIC-LOCATION:Europe/Berlin',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

const berlinParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
});

/** 20211208T160000 in Europe/Berlin local time. @param {Date} date */
export function berlinLocal(date) {
  /** @type {Record<string, string>} */
  const parts = {};
  for (const part of berlinParts.formatToParts(date)) parts[part.type] = part.value;
  return `${parts.year}${parts.month}${parts.day}T${parts.hour}${parts.minute}${parts.second}`;
}

/** 20211208T150000Z. @param {Date} date */
export function utcStamp(date) {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Escapes TEXT values (backslash, semicolon, comma, newlines). @param {string} text */
export function escapeText(text) {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line into lines of at most 75 octets, never splitting a UTF-8 character. @param {string} line */
export function foldLine(line) {
  const pieces = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character);
    const limit = pieces.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      pieces.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

/** A stable UID for a meeting: the same RIS id gives the same UID on every run and every mirror. @param {string} id */
export function meetingUid(id) {
  return `${createHash('sha256').update(id).digest('hex').slice(0, 32)}@herne-widgets`;
}

/**
 * @typedef {{ id: string, originalId: string, name?: string, start?: string, end?: string, cancelled?: boolean,
 *   modified?: string, created?: string, location?: string, web?: string, sequence: number }} FeedMeeting
 */

/** The calendar's opening lines, up to its time zone (a feed is written in pieces). @param {string} calendarName */
export function calendarHead(calendarName) {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Stadt Herne//herne-widgets mirror//DE', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendarName)}`, 'X-WR-TIMEZONE:Europe/Berlin', ...BERLIN_TIMEZONE];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

export const CALENDAR_END = 'END:VCALENDAR\r\n';

/** A date without a time of day, "2027-01-14" (OParl asks for date-times; some servers send these). */
const BARE_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The day of a start that gives no time of day, as 20270114: a bare date ("2027-01-14") or midnight in Berlin,
 * as the widgets read them (src/oparl/normalise.ts); undefined for a start with a time.
 * @param {string} raw
 * @param {Date} start
 */
function dayWithoutTime(raw, start) {
  if (BARE_DATE.test(raw)) return raw.replaceAll('-', '');
  const local = berlinLocal(start);
  return local.endsWith('T000000') ? local.slice(0, 8) : undefined;
}

/** The day after 20270114 (DTEND of an all-day event is exclusive). @param {string} day */
function nextDay(day) {
  const next = new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(4, 6)) - 1, Number(day.slice(6, 8)) + 1));
  return next.toISOString().slice(0, 10).replaceAll('-', '');
}

/**
 * One VEVENT, folded, or '' for a meeting without a valid start. A start without a time of day is an all-day
 * event, not one at a time the server never gave.
 * @param {FeedMeeting} meeting
 */
export function calendarEvent(meeting) {
  if (!meeting.start) return '';
  // A bare date as noon UTC: a valid instant on that day in every zone (its time is not written).
  const start = new Date(BARE_DATE.test(meeting.start) ? `${meeting.start}T12:00:00Z` : meeting.start);
  if (Number.isNaN(start.getTime())) return '';
  const day = dayWithoutTime(meeting.start, start);
  const endDate = meeting.end ? new Date(meeting.end) : undefined;
  const end = endDate && !Number.isNaN(endDate.getTime()) && endDate > start ? endDate : new Date(start.getTime() + 2 * 3600_000);
  const modified = meeting.modified ? new Date(meeting.modified) : undefined;
  const stamp = modified && !Number.isNaN(modified.getTime()) ? modified : start;
  const when = day
    ? [`DTSTART;VALUE=DATE:${day}`, `DTEND;VALUE=DATE:${nextDay(day)}`]
    : [`DTSTART;TZID=Europe/Berlin:${berlinLocal(start)}`, `DTEND;TZID=Europe/Berlin:${berlinLocal(end)}`];
  const lines = ['BEGIN:VEVENT', `UID:${meetingUid(meeting.originalId)}`, `DTSTAMP:${utcStamp(stamp)}`, `LAST-MODIFIED:${utcStamp(stamp)}`,
    `SEQUENCE:${meeting.sequence}`, ...when,
    `SUMMARY:${escapeText(meeting.name ?? 'Sitzung')}`, `STATUS:${meeting.cancelled ? 'CANCELLED' : 'CONFIRMED'}`];
  if (meeting.location) lines.push(`LOCATION:${escapeText(meeting.location)}`);
  if (meeting.web && /^https?:\/\//.test(meeting.web)) lines.push(`URL:${meeting.web}`);
  lines.push('END:VEVENT');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/**
 * A whole calendar in one string (for small feeds and tests; the mirror writes feeds piece by piece).
 * @param {string} calendarName
 * @param {FeedMeeting[]} meetings
 * @returns {string}
 */
export function buildCalendar(calendarName, meetings) {
  return calendarHead(calendarName) + meetings.map(calendarEvent).join('') + CALENDAR_END;
}
