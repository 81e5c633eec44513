import { LoadError, isAbortError } from '../core/errors.js';
import { fetchJson, type FetchJsonOptions } from '../core/fetch.js';
import { berlinParts, fromBerlinTime } from '../core/i18n.js';
import { isRecord, safeUrl } from '../core/sanitize.js';
import { isDeleted, normaliseMeeting, normaliseOrganization } from './normalise.js';
import type { MeetingInfo, OParlOrganizationInfo } from './types.js';

/*
 * Reading OParl over HTTP: objects, paged lists (forwards through `links.next`, or backwards from
 * `links.last` when the newest entries matter), and linked objects that may fail without failing the page.
 */

export type RequestOptions = Pick<FetchJsonOptions, 'signal' | 'timeoutMs'>;
type Json = Record<string, unknown>;

/** A linked object that may be missing: the rest of the widget renders anyway, with a note. */
export type Linked<T> =
  | { state: 'ok'; value: T }
  /** 401/403: members only ("nicht öffentlich verfügbar"). */
  | { state: 'restricted'; error: LoadError }
  /** 404/410 or a deleted object. */
  | { state: 'missing'; error: LoadError }
  | { state: 'failed'; error: LoadError };

/** Fetches and normalises a linked object; failures become a state instead of an exception (aborts still throw). */
export async function fetchLinked<T>(url: string, normalise: (raw: unknown, url: string) => T, options: RequestOptions): Promise<Linked<T>> {
  try {
    return { state: 'ok', value: normalise(await fetchJson(url, options), url) };
  } catch (error) {
    if (isAbortError(error)) throw error;
    const loadError = error instanceof LoadError ? error : new LoadError('invalid-data', String(error), { url, cause: error });
    if (loadError.kind === 'http' && (loadError.status === 401 || loadError.status === 403)) return { state: 'restricted', error: loadError };
    if ((loadError.kind === 'http' && (loadError.status === 404 || loadError.status === 410)) || /gelöscht/.test(loadError.message)) {
      return { state: 'missing', error: loadError };
    }
    return { state: 'failed', error: loadError };
  }
}

/** One page of an external list, with its links. */
export interface ListPage {
  items: Json[];
  next: string | undefined;
  prev: string | undefined;
  last: string | undefined;
}

/** A 404 whose body is an error object stands for an empty list on some servers (Sternberg: code 802). */
function isEmptyListAnswer(error: unknown): boolean {
  if (!(error instanceof LoadError) || error.kind !== 'http' || error.status !== 404 || !isRecord(error.body)) return false;
  const body = error.body;
  return body['code'] === 802 || typeof body['error'] === 'string' || (typeof body['type'] === 'string' && /\/Error$/.test(body['type']));
}

export async function fetchListPage(url: string, options: RequestOptions): Promise<ListPage> {
  let raw: unknown;
  try {
    raw = await fetchJson(url, options);
  } catch (error) {
    if (isEmptyListAnswer(error)) return { items: [], next: undefined, prev: undefined, last: undefined };
    throw error;
  }
  let entries: unknown[];
  let links: Json = {};
  if (Array.isArray(raw)) entries = raw; // a bare array instead of a list object
  else if (isRecord(raw) && Array.isArray(raw['data'])) {
    entries = raw['data'];
    links = isRecord(raw['links']) ? raw['links'] : {};
  } else if (isRecord(raw) && typeof raw['id'] === 'string') entries = [raw]; // a single object instead of a list
  else throw new LoadError('invalid-data', `Die Liste ${url} hat kein erkennbares Format.`, { url });
  const link = (name: string) => {
    const target = safeUrl(links[name]);
    return target === url ? undefined : target;
  };
  return {
    items: entries.filter((entry): entry is Json => isRecord(entry) && !isDeleted(entry)),
    next: link('next'),
    prev: link('prev'),
    last: link('last'),
  };
}

/** All entries of a list, following `links.next`; stops after `maxPages` so a widget never crawls a server. */
export async function fetchList(url: string, options: RequestOptions & { maxPages?: number } = {}): Promise<Json[]> {
  const items: Json[] = [];
  const seen = new Set<string>();
  let next: string | undefined = url;
  for (let page = 0; next && !seen.has(next) && page < (options.maxPages ?? 20); page += 1) {
    seen.add(next);
    const result: ListPage = await fetchListPage(next, options);
    items.push(...result.items);
    next = result.next;
  }
  return items;
}

/**
 * Entries of a list, newest first as far as the server's order allows: lists are sorted oldest first, so
 * start from `links.last` and walk `links.prev` until `enough` says so. Without a last link, read forwards.
 */
export async function fetchListFromEnd(
  url: string,
  enough: (items: Json[]) => boolean,
  options: RequestOptions & { maxPages?: number } = {},
): Promise<Json[]> {
  const maxPages = options.maxPages ?? 10;
  const first = await fetchListPage(url, options);
  if (!first.next) return first.items;
  if (!first.last) return fetchList(url, { ...options, maxPages });
  const items: Json[] = [];
  const seen = new Set<string>([url]);
  let pageUrl: string | undefined = first.last;
  for (let page = 1; pageUrl && page < maxPages; page += 1) {
    if (seen.has(pageUrl)) break;
    seen.add(pageUrl);
    const result: ListPage = await fetchListPage(pageUrl, options);
    items.push(...result.items);
    if (enough(items)) return items;
    pageUrl = result.prev;
  }
  // Walked back to the first page (already loaded) or ran out of links.
  if (!pageUrl || pageUrl === url) items.push(...first.items);
  return items;
}

/** Which meeting of a committee is shown, and why. */
export type MeetingChoice = 'next' | 'latest';

/** The instant a meeting counts as over: its end, else the end of its day in Berlin. */
export function meetingOver(meeting: MeetingInfo): number | undefined {
  if (!meeting.start) return undefined;
  if (meeting.end) return meeting.end.getTime();
  const { year, month, day } = berlinParts(meeting.start);
  return fromBerlinTime(year, month, day, 23, 59, 59).getTime();
}

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
  const entries = await fetchListFromEnd(organization.meetingListUrl, hasPast, options);
  const meetings: MeetingInfo[] = [];
  for (const entry of entries) {
    try {
      meetings.push(normaliseMeeting(entry));
    } catch {
      // One broken meeting in the list does not hide the others.
    }
  }
  const chosen = chooseMeeting(meetings, now);
  return { organization, meeting: chosen?.meeting, choice: chosen?.choice };
}
