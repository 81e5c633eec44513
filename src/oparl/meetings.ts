/**
 * Which meetings a meeting list shows, and how they are read (issue 14): from an OParl Organization or Body
 * (its meeting list walked backwards from the last page, only as far as needed) or from the mirror's index
 * files. OParl has no date filter on meetings, only one on creation (`created_since`), which asks for the
 * newest pages first; upcoming/past and from/to are decided here on the client.
 */
import { LoadError, isAbortError } from '../core/errors.js';
import { fetchJson } from '../core/fetch.js';
import { fromBerlinTime } from '../core/i18n.js';
import { cleanText, safeUrl } from '../core/sanitize.js';
import { fetchLinked, meetingOver, type RequestOptions } from './client.js';
import { isPlaceholderMeeting } from './decision.js';
import { fetchListFromEnd, recentMeetingsSince } from './lists.js';
import { expectObject, normaliseEach, normaliseMeetingSummary, normaliseOrganization } from './normalise.js';
import type { MeetingInfo, MeetingSummary } from './types.js';

type Json = Record<string, unknown>;

/** `type` of the mirror's index files (see the mirror's README). */
export const MEETING_INDEX_TYPE = 'https://schema.herne.de/herne-widgets/meeting-index/1';

export type MeetingsShown = 'upcoming' | 'past' | 'both';

/** True for a mirror index file (recognised by its `type`, not by its URL). */
export function isMeetingIndex(json: unknown): json is { type: string; data: unknown[]; feed?: unknown } {
  if (typeof json !== 'object' || json === null) return false;
  const record = json as Record<string, unknown>;
  return record['type'] === MEETING_INDEX_TYPE && Array.isArray(record['data']);
}

/** A meeting as a list shows it: without its agenda (which opens on its own), plus what the list says of it. */
export interface ListedMeeting extends MeetingSummary {
  /** The server's meetingState says the meeting was moved ("verschoben", "verlegt", "Termin geändert"). */
  rescheduled: boolean;
  /** A "Sammeldatum" placeholder, no real meeting: no status, no calendar entry (see isPlaceholderMeeting). */
  placeholder: boolean;
}

// OParl has no field for a moved meeting; RIS products write it into the free-text meetingState.
const RESCHEDULED_STATE = /verschoben|verlegt|geändert|neuer termin|rescheduled|postponed/i;

export function normaliseListedMeeting(raw: unknown, url?: string): ListedMeeting {
  const meeting = normaliseMeetingSummary(raw, url);
  const json = raw as Json;
  const state = cleanText(json['meetingState']);
  const items = json['agendaItem'];
  const hasAgenda = Array.isArray(items) && items.length > 0;
  return {
    ...meeting,
    rescheduled: !meeting.cancelled && state !== undefined && RESCHEDULED_STATE.test(state),
    placeholder: !hasAgenda && isPlaceholderMeeting({ ...meeting, agenda: [] }),
  };
}

export type ListStatus = 'cancelled' | 'running' | 'rescheduled';

/** The status an entry shows, if any: cancelled before running before moved. */
export function listStatus(meeting: ListedMeeting, at: number): ListStatus | undefined {
  if (meeting.cancelled) return 'cancelled';
  const over = meetingOver(meeting);
  if (meeting.start && over !== undefined && meeting.start.getTime() <= at && at < over) return 'running';
  return meeting.rescheduled ? 'rescheduled' : undefined;
}

export interface MeetingSelection<M extends Dated = MeetingInfo> {
  /** Soonest first. */
  upcoming: M[];
  /** Newest first. */
  past: M[];
}

export interface SelectOptions {
  now: Date;
  count: number;
  show: MeetingsShown;
  from?: Date | undefined;
  to?: Date | undefined;
}

/** What placing a meeting in time needs. */
type Dated = Pick<MeetingInfo, 'start' | 'end'>;

/** A meeting counts as upcoming until it is over (a running one is still "next"). */
const isUpcoming = (meeting: Dated & { start: Date }, now: Date) => (meetingOver(meeting) ?? meeting.start.getTime()) >= now.getTime();

function inRange(meeting: Dated, from: Date | undefined, to: Date | undefined): meeting is Dated & { start: Date } {
  if (!meeting.start) return false;
  if (from && meeting.start < from) return false;
  if (to && meeting.start > to) return false;
  return true;
}

/**
 * Up to `count` upcoming and/or past meetings around `now`, inside `from`..`to` when given. Meetings without
 * a start are left out, since they cannot be placed in time. With show=upcoming the last past meeting is
 * kept, for "no meetings planned – the last one was …".
 */
export function selectMeetings<M extends Dated>(meetings: M[], options: SelectOptions): MeetingSelection<M> {
  const { now, count, show, from, to } = options;
  const dated = meetings.filter((meeting): meeting is M & { start: Date } => inRange(meeting, from, to));
  const upcoming = dated.filter((meeting) => isUpcoming(meeting, now)).sort((a, b) => a.start.getTime() - b.start.getTime());
  const past = dated.filter((meeting) => !isUpcoming(meeting, now)).sort((a, b) => b.start.getTime() - a.start.getTime());
  return {
    upcoming: show === 'past' ? [] : upcoming.slice(0, count),
    past: show === 'upcoming' ? past.slice(0, 1) : past.slice(0, count),
  };
}

/**
 * Whether the pages read so far (newest pages first) hold what the list shows, so that no older page is
 * needed: lists are sorted oldest first, so once a page reaches past meetings every later one is known.
 * Upcoming: a past one (the soonest upcoming ones sit just after it; it is also "the last one" when none is
 * planned), however many upcoming ones the later pages held. Past and both: `count` past ones. A meeting
 * before `from` ends the walk too.
 */
export function enoughMeetings(items: Json[], options: SelectOptions): boolean {
  const { now, count, show, from, to } = options;
  let past = 0;
  for (const item of items) {
    const start = typeof item['start'] === 'string' ? Date.parse(item['start']) : NaN;
    if (Number.isNaN(start)) continue;
    if (from && start < from.getTime()) return true;
    if (to && start > to.getTime()) continue;
    const end = typeof item['end'] === 'string' ? Date.parse(item['end']) : NaN;
    if ((Number.isNaN(end) ? start : end) < now.getTime()) past += 1;
  }
  if (show === 'upcoming') return past > 0;
  return past >= count;
}

/** A `from`/`to` attribute as an instant: a bare day is the start (or, for `to`, the end) of that day in Berlin. */
export function parseDay(value: string | undefined, endOfDay: boolean): Date | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (day) {
    const [year, month, date] = [Number(day[1]), Number(day[2]), Number(day[3])];
    return endOfDay ? fromBerlinTime(year, month, date, 23, 59, 59) : fromBerlinTime(year, month, date);
  }
  const instant = Date.parse(text);
  return Number.isNaN(instant) ? undefined : new Date(instant);
}

export type MeetingSource = { kind: 'organization' | 'body' | 'index'; url: string };

export interface MeetingListData extends MeetingSelection<ListedMeeting> {
  /** Committee names by Organization URL, for the meetings shown. */
  committees: Map<string, string>;
  /** The iCalendar feed named by a mirror index file. */
  feed: string | undefined;
  /** Something the list would show could not be loaded (committee names, the other index file). */
  partial: boolean;
}

function normaliseAll(entries: unknown[]): ListedMeeting[] {
  return normaliseEach(entries, (entry) => normaliseListedMeeting(entry));
}

/** The other index file beside this one: past.json for upcoming.json and back. */
export function siblingIndex(url: string): string | undefined {
  const match = /(upcoming|past)\.json(?=$|[?#])/.exec(url);
  if (!match) return undefined;
  const other = match[1] === 'upcoming' ? 'past' : 'upcoming';
  return `${url.slice(0, match.index)}${other}.json${url.slice(match.index + match[0].length)}`;
}

async function readIndex(url: string, options: RequestOptions): Promise<{ data: unknown[]; feed: string | undefined }> {
  const raw = await fetchJson(url, options);
  if (!isMeetingIndex(raw)) throw new LoadError('invalid-data', `${url} ist keine Sitzungsübersicht des Spiegels.`, { url });
  return { data: raw.data, feed: safeUrl(raw.feed) };
}

/** Both index files when both are shown, or the past one when none is planned ("the last one"). */
async function loadIndex(url: string, select: SelectOptions, options: RequestOptions) {
  const first = await readIndex(url, options);
  let meetings = normaliseAll(first.data);
  let partial = false;
  const sibling = siblingIndex(url);
  const needsSibling = select.show === 'both' || selectMeetings(meetings, select).upcoming.length === 0;
  if (sibling && needsSibling) {
    try {
      meetings = [...meetings, ...normaliseAll((await readIndex(sibling, options)).data)];
    } catch (error) {
      if (isAbortError(error)) throw error;
      partial = select.show === 'both';
    }
  }
  return { meetings, feed: first.feed, partial };
}

async function loadFromList(listUrl: string | undefined, select: SelectOptions, options: RequestOptions, owner: string): Promise<ListedMeeting[]> {
  if (!listUrl) throw new LoadError('invalid-data', 'Keine Liste der Sitzungen angegeben.', { url: owner });
  const since = recentMeetingsSince(select.now.getTime());
  // Meetings up to a `to` before the window were created before it too: the filter would find none of them.
  const createdSince = select.to && select.to < since ? undefined : since;
  const entries = await fetchListFromEnd(listUrl, (items) => enoughMeetings(items, select), { ...options, createdSince });
  return normaliseAll(entries);
}

/** Names of the committees of the shown meetings; failures leave a gap and mark the list partial. */
async function committeeNames(meetings: ListedMeeting[], known: Map<string, string>, options: RequestOptions): Promise<{ names: Map<string, string>; partial: boolean }> {
  const names = new Map(known);
  const wanted = [...new Set(meetings.flatMap((meeting) => meeting.organizationUrls))].filter((url) => !names.has(url));
  const results = await Promise.all(wanted.map((url) => fetchLinked(url, normaliseOrganization, options)));
  let partial = false;
  results.forEach((result, index) => {
    if (result.state === 'ok' && result.value.name) names.set(wanted[index]!, result.value.name);
    else partial = true;
  });
  return { names, partial };
}

/**
 * Loads what a meeting list shows. An Organization costs its own request (for its name and list), then the
 * meetings created in the last 16 months (`created_since`): one request when they fit one page and hold
 * what `enoughMeetings` wants; else their last page and older ones as needed, or, when they are not enough
 * or the server refused the filter, the whole list from its end (its first page for `links.last`, the last
 * page, older ones as needed). A Body adds one request per committee shown (shared with every widget on the
 * page).
 */
export async function loadMeetingList(source: MeetingSource, select: SelectOptions, options: RequestOptions): Promise<MeetingListData> {
  let meetings: ListedMeeting[];
  let feed: string | undefined;
  let partial = false;
  const known = new Map<string, string>();
  if (source.kind === 'index') {
    ({ meetings, feed, partial } = await loadIndex(source.url, select, options));
  } else if (source.kind === 'organization') {
    const organization = normaliseOrganization(await fetchJson(source.url, options), source.url);
    if (organization.name) {
      known.set(organization.id, organization.name);
      known.set(source.url, organization.name);
    }
    meetings = await loadFromList(organization.meetingListUrl, select, options, source.url);
  } else {
    const { json } = expectObject(await fetchJson(source.url, options), 'Body', source.url);
    meetings = await loadFromList(safeUrl(json['meeting']), select, options, source.url);
  }
  const selection = selectMeetings(meetings, select);
  const shown = [...selection.upcoming, ...selection.past];
  const { names, partial: namesMissing } = await committeeNames(shown, known, options);
  return { ...selection, committees: names, feed, partial: partial || namesMissing };
}
