import { calendarFileName, calendarOf, meetingEvent, saveCalendar } from '../meeting-agenda/ics.js';
import type { MeetingSummary } from '../../oparl/types.js';

/*
 * Calendar files of a meeting list, loaded only when someone asks for one: a meeting's own file, or one file
 * with all meetings shown. The events are the agenda's (same UID, so importing both updates one event).
 */

export interface CalendarEntry {
  meeting: MeetingSummary & { start: Date };
  /** The committee's name: the event's title. */
  title: string;
}

export function meetingsCalendar(entries: readonly CalendarEntry[], labels: { calendarCancelled: string; calendarOpenEnd: string }, now: Date): string {
  return calendarOf(entries.map(({ meeting, title }) => meetingEvent(meeting, title, labels, now)));
}

export function downloadMeetings(
  root: Node,
  entries: readonly CalendarEntry[],
  labels: { calendarCancelled: string; calendarOpenEnd: string; downloadAllFile: string },
  now: Date,
): void {
  const [single] = entries;
  const name = entries.length === 1 && single ? calendarFileName(single.title, single.meeting.start) : `${labels.downloadAllFile}.ics`;
  saveCalendar(root, meetingsCalendar(entries, labels, now), name);
}
