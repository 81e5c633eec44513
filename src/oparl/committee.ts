import { LoadError } from '../core/errors.js';
import { fetchJson } from '../core/fetch.js';
import { meetingOver, type RequestOptions } from './client.js';
import { fetchListFromEnd, recentMeetingsSince } from './lists.js';
import { normaliseEach, normaliseMeeting, normaliseOrganization } from './normalise.js';
import type { MeetingInfo, OParlOrganizationInfo } from './types.js';

type Json = Record<string, unknown>;

/** Which meeting of a committee is shown, and why. */
export type MeetingChoice = 'next' | 'latest';

/**
 * The committee's next meeting (running ones count; a cancelled one only when no other is planned), else its
 * latest past one. Meetings without a start cannot be placed in time and are skipped.
 */
export function chooseMeeting(meetings: MeetingInfo[], now: number): { meeting: MeetingInfo; choice: MeetingChoice } | undefined {
  const dated = meetings.filter((meeting) => meeting.start !== undefined);
  const upcoming = dated.filter((meeting) => meetingOver(meeting)! > now).sort((a, b) => a.start!.getTime() - b.start!.getTime());
  const next = upcoming.find((meeting) => !meeting.cancelled) ?? upcoming[0];
  if (next) return { meeting: next, choice: 'next' };
  const past = dated.filter((meeting) => meetingOver(meeting)! <= now).sort((a, b) => b.start!.getTime() - a.start!.getTime());
  const latest = past.find((meeting) => !meeting.cancelled) ?? past[0];
  return latest ? { meeting: latest, choice: 'latest' } : undefined;
}

/** The committee and the meeting to show for it; `meeting` is undefined when it has published none. */
export async function fetchCommitteeMeeting(
  organizationUrl: string,
  now: number,
  options: RequestOptions,
): Promise<{ organization: OParlOrganizationInfo; meeting: MeetingInfo | undefined; choice: MeetingChoice | undefined }> {
  const organization = normaliseOrganization(await fetchJson(organizationUrl, options), organizationUrl);
  if (!organization.meetingListUrl) {
    throw new LoadError('invalid-data', 'Das Gremium hat keine Liste seiner Sitzungen.', { url: organizationUrl });
  }
  const hasPast = (items: Json[]) => items.some((item) => {
    const start = typeof item['start'] === 'string' ? Date.parse(item['start']) : NaN;
    return start < now;
  });
  const entries = await fetchListFromEnd(organization.meetingListUrl, hasPast, { ...options, createdSince: recentMeetingsSince(now) });
  const meetings = normaliseEach(entries, (entry) => normaliseMeeting(entry));
  const chosen = chooseMeeting(meetings, now);
  return { organization, meeting: chosen?.meeting, choice: chosen?.choice };
}
