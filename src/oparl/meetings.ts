/**
 * Which meetings a meeting list shows, apart from fetching and rendering (issue 14). OParl has no date
 * filter on meetings, so upcoming/past and from/to are decided here on the client.
 */
import type { MeetingInfo } from './types.js';

/** `type` of the mirror's index files (see the mirror's README). */
export const MEETING_INDEX_TYPE = 'https://schema.herne.de/herne-widgets/meeting-index/1';

export type MeetingsShown = 'upcoming' | 'past' | 'both';

/** True for a mirror index file (recognised by its `type`, not by its URL). */
export function isMeetingIndex(json: unknown): json is { type: string; data: unknown[]; feed?: unknown } {
  if (typeof json !== 'object' || json === null) return false;
  const record = json as Record<string, unknown>;
  return record['type'] === MEETING_INDEX_TYPE && Array.isArray(record['data']);
}

export interface MeetingSelection {
  /** Soonest first. */
  upcoming: MeetingInfo[];
  /** Newest first. */
  past: MeetingInfo[];
}

/**
 * Up to `count` upcoming and/or past meetings around `now`, inside `from`..`to` when given. Meetings without
 * a start are left out, since they cannot be placed in time.
 */
export function selectMeetings(
  meetings: MeetingInfo[],
  options: { now: Date; count: number; show: MeetingsShown; from?: Date; to?: Date },
): MeetingSelection {
  const { now, count, show, from, to } = options;
  const dated = meetings.filter((meeting): meeting is MeetingInfo & { start: Date } => {
    if (!meeting.start) return false;
    if (from && meeting.start < from) return false;
    if (to && meeting.start > to) return false;
    return true;
  });
  const upcoming = dated
    .filter((meeting) => (meeting.end ?? meeting.start) >= now)
    .sort((a, b) => a.start.getTime() - b.start.getTime());
  const past = dated
    .filter((meeting) => (meeting.end ?? meeting.start) < now)
    .sort((a, b) => b.start.getTime() - a.start.getTime());
  return {
    upcoming: show === 'past' ? [] : upcoming.slice(0, count),
    past: show === 'upcoming' ? past.slice(0, 1) : past.slice(0, count),
  };
}
