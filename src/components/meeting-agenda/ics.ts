import { berlinParts, TIME_ZONE } from '../../core/i18n.js';
import { slugify } from '../../core/sanitize.js';
import type { MeetingInfo, MeetingSummary } from '../../oparl/types.js';

/*
 * An iCalendar (RFC 5545) file for one meeting, made in the browser: times in Europe/Berlin with the zone's
 * rules included, UID from the OParl id (so re-importing updates the event), STATUS:CANCELLED when cancelled,
 * text escaped and lines folded at 75 octets.
 */

export interface CalendarEvent {
  /** The OParl id of the meeting: the event's UID. */
  uid: string;
  summary: string;
  start: Date;
  /** Undefined when the end is unknown (the event then has no end; calendars show its start). */
  end: Date | undefined;
  /** Only the day is known: an all-day event. */
  dateOnly: boolean;
  location: string | undefined;
  description: string | undefined;
  url: string | undefined;
  cancelled: boolean;
  /** When the data last changed; later changes get a higher SEQUENCE so calendars apply them. */
  modified: Date | undefined;
  /** The time the file is made (DTSTAMP). */
  now: Date;
}

// Europe/Berlin's rules since 1996 (last Sunday of March and of October), for calendars that need them spelled out.
const BERLIN_VTIMEZONE =
  `BEGIN:VTIMEZONE\nTZID:${TIME_ZONE}\nBEGIN:DAYLIGHT\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nTZNAME:CEST\nDTSTART:19700329T020000\n` +
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nEND:DAYLIGHT\nBEGIN:STANDARD\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nTZNAME:CET\n' +
  'DTSTART:19701025T030000\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nEND:STANDARD\nEND:VTIMEZONE';

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** Berlin calendar day "20211208", with the wall-clock time "T160000" unless only the day is wanted. */
function berlinStamp(date: Date, dayOnly = false): string {
  const p = berlinParts(date);
  const day = `${pad(p.year, 4)}${pad(p.month)}${pad(p.day)}`;
  return dayOnly ? day : `${day}T${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`;
}

const utcStamp = (date: Date) => date.toISOString().replace(/[-:]|\.\d{3}/g, '');

/** RFC 5545 3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT values. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** RFC 5545 3.1: lines longer than 75 octets continue on the next line after CRLF and a space; UTF-8 characters are never split. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let currentBytes = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (currentBytes + bytes > limit) {
      parts.push(current);
      current = '';
      currentBytes = 0;
    }
    current += char;
    currentBytes += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** Minutes since 2000: grows with every change of the meeting, as SEQUENCE must. */
function sequenceFrom(modified: Date | undefined): number {
  if (!modified) return 0;
  return Math.max(0, Math.floor((modified.getTime() - Date.UTC(2000, 0, 1)) / 60_000));
}

export function calendarFile(event: CalendarEvent): string {
  return calendarOf([event]);
}

/** One calendar with several events (a meeting list's download); the time zone is included once when needed. */
export function calendarOf(events: readonly CalendarEvent[]): string {
  const lines: string[] = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Stadt Herne//herne-widgets//DE', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (events.some((event) => !event.dateOnly)) lines.push(...BERLIN_VTIMEZONE.split('\n'));
  for (const event of events) lines.push(...eventLines(event));
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

function eventLines(event: CalendarEvent): string[] {
  const lines: string[] = ['BEGIN:VEVENT', `UID:${escapeText(event.uid)}`, `DTSTAMP:${utcStamp(event.now)}`];
  if (event.dateOnly) {
    lines.push(`DTSTART;VALUE=DATE:${berlinStamp(event.start, true)}`);
    const next = new Date(event.start.getTime() + 36 * 3_600_000); // any instant on the next Berlin day
    lines.push(`DTEND;VALUE=DATE:${berlinStamp(next, true)}`);
  } else {
    lines.push(`DTSTART;TZID=${TIME_ZONE}:${berlinStamp(event.start)}`);
    if (event.end) lines.push(`DTEND;TZID=${TIME_ZONE}:${berlinStamp(event.end)}`);
  }
  lines.push(`SUMMARY:${escapeText(event.summary)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.url) lines.push(`URL:${event.url}`);
  if (event.modified) lines.push(`LAST-MODIFIED:${utcStamp(event.modified)}`);
  lines.push(`SEQUENCE:${sequenceFrom(event.modified)}`, `STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`, 'TRANSP:OPAQUE', 'END:VEVENT');
  return lines;
}

/** A file name from the committee and the day: "sitzung-2021-12-08-rat-der-stadt-herne.ics". */
export function calendarFileName(title: string, start: Date): string {
  const p = berlinParts(start);
  const slug = slugify(title);
  // Long committee names are cut at a word boundary.
  const short = slug.length <= 60 ? slug : slug.slice(0, 61).replace(/-[^-]*$/, '');
  return `sitzung-${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}${short ? `-${short}` : ''}.ics`;
}

/** The calendar event of a meeting, titled with its committee. */
export function meetingEvent(
  meeting: MeetingSummary & { start: Date },
  title: string,
  labels: { calendarCancelled: string; calendarOpenEnd: string },
  now: Date,
): CalendarEvent {
  return {
    uid: meeting.id,
    summary: meeting.cancelled ? `${labels.calendarCancelled}: ${title}` : title,
    start: meeting.start,
    end: meeting.end,
    dateOnly: meeting.dateOnly,
    location: meeting.location?.lines.join(', '),
    description: [meeting.name, meeting.end || meeting.dateOnly ? undefined : labels.calendarOpenEnd, meeting.web].filter(Boolean).join('\n') || undefined,
    url: meeting.web,
    cancelled: meeting.cancelled,
    modified: meeting.modified,
    now,
  };
}

/** Hands a calendar file to the browser as a download. */
export function saveCalendar(root: Node, text: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  link.download = fileName;
  link.hidden = true;
  root.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/**
 * Makes the meeting's calendar file and hands it to the browser as a download. Loaded only when someone asks
 * for it, so the agenda's first render does not carry this code.
 */
export function downloadMeetingCalendar(
  root: Node,
  meeting: MeetingInfo & { start: Date },
  title: string,
  labels: { calendarCancelled: string; calendarOpenEnd: string },
  now: Date,
): void {
  saveCalendar(root, calendarFile(meetingEvent(meeting, title, labels, now)), calendarFileName(title, meeting.start));
}
