import { LoadError } from '../core/errors.js';
import { fetchJson } from '../core/fetch.js';
import { isRecord, safeUrl } from '../core/sanitize.js';
import type { RequestOptions } from './client.js';
import { isDeleted } from './normalise.js';

/*
 * OParl's external lists: paged forwards through `links.next`, or walked backwards from `links.last` when the
 * newest entries matter (servers sort oldest first), first among those created since an instant when asked,
 * with the empty-list answers real servers give.
 */

type Json = Record<string, unknown>;

/** One page of an external list, with its links (those naming the page itself left out). */
export interface ListPage {
  items: Json[];
  next: string | undefined;
  prev: string | undefined;
  last: string | undefined;
  /** The list's first page and this page's own address, as the server writes them. */
  first: string | undefined;
  self: string | undefined;
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
    if (isEmptyListAnswer(error)) return { items: [], next: undefined, prev: undefined, last: undefined, first: undefined, self: undefined };
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
    first: link('first'),
    self: link('self'),
  };
}

/** Entries read by walking a list, and whether the walk reached its start (nothing older is left to read). */
interface Walk {
  items: Json[];
  complete: boolean;
}

/** Reads forwards through `links.next` from a first page already read; stops after `maxPages`. */
async function readForwards(url: string, first: ListPage, options: RequestOptions, maxPages: number): Promise<Walk> {
  const items = [...first.items];
  const seen = new Set<string>([url]);
  let next = first.next;
  for (let page = 1; next && !seen.has(next) && page < maxPages; page += 1) {
    seen.add(next);
    const result: ListPage = await fetchListPage(next, options);
    items.push(...result.items);
    next = result.next;
  }
  return { items, complete: !next || seen.has(next) };
}

/** All entries of a list, following `links.next`; stops after `maxPages` so a widget never crawls a server. */
export async function fetchList(url: string, options: RequestOptions & { maxPages?: number } = {}): Promise<Json[]> {
  const first = await fetchListPage(url, options);
  return (await readForwards(url, first, options, options.maxPages ?? 20)).items;
}

/** Walks a list from `links.last` through `links.prev` until `enough`, given its first page already read. */
async function walkFromEnd(url: string, first: ListPage, enough: (items: Json[]) => boolean, options: RequestOptions, maxPages: number): Promise<Walk> {
  if (!first.next) return { items: first.items, complete: true };
  if (!first.last) return readForwards(url, first, options, maxPages);
  const items: Json[] = [];
  // The first page under the addresses the server gives it: a list asked for with a filter it ignores names
  // its first page without the filter, and many servers write `?page=1`.
  const firstPage = new Set([url, first.first ?? url, first.self ?? url]);
  const seen = new Set<string>(firstPage);
  let pageUrl: string | undefined = first.last;
  for (let page = 1; pageUrl && page < maxPages; page += 1) {
    if (seen.has(pageUrl)) break;
    seen.add(pageUrl);
    const result: ListPage = await fetchListPage(pageUrl, options);
    items.push(...result.items);
    if (enough(items)) return { items, complete: false };
    pageUrl = result.prev;
  }
  // Walked back to the first page (already loaded) or ran out of links.
  const reachedStart = !pageUrl || firstPage.has(pageUrl);
  if (reachedStart) {
    // The first page may have been read again under another address (`?page=1`): keep its entries once.
    const read = new Set(items.map((item) => item['id']));
    items.push(...first.items.filter((item) => !read.has(item['id'])));
  }
  return { items, complete: reachedStart };
}

/** A list's address with OParl's `created_since` filter. */
export function withCreatedSince(url: string, since: Date): string {
  // `Z` rather than `+00:00` and the colons as they are: Somacos answers 404 to an encoded `%3A` or `%2B`,
  // other servers read a raw `+` as a space; `Z` and `:` suit both.
  const instant = since.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return `${url}${url.includes('?') ? '&' : '?'}created_since=${instant}`;
}

/** Statuses of the filtered request that suggest the server refused the filter rather than failed. */
const FILTER_REFUSED = new Set([400, 404, 422]);

const createdBefore = (item: Json, since: Date) => typeof item['created'] === 'string' && Date.parse(item['created']) < since.getTime();

/**
 * The newest entries of a list from those created since `since`, or undefined when the whole list has to be
 * read: the filter was refused, or what was created since then is not enough (nothing, or too little).
 */
async function readCreatedSince(url: string, since: Date, enough: (items: Json[]) => boolean, options: RequestOptions, maxPages: number): Promise<Json[] | undefined> {
  const filteredUrl = withCreatedSince(url, since);
  let first: ListPage;
  try {
    first = await fetchListPage(filteredUrl, options);
  } catch (error) {
    if (error instanceof LoadError && error.kind === 'http' && error.status !== undefined && FILTER_REFUSED.has(error.status)) return undefined;
    throw error;
  }
  const walk = await walkFromEnd(filteredUrl, first, enough, options, maxPages);
  // A server that ignores the filter answers with the whole list, whose first page holds older entries: that
  // walk was the whole list's, as without the filter.
  const wholeList = first.items.some((item) => createdBefore(item, since));
  // Stopped at maxPages: the whole list, read from its end, would not get further.
  if (enough(walk.items) || wholeList || !walk.complete) return walk.items;
  return undefined;
}

const DAY_MS = 86_400_000;

/*
 * How far back a meeting list (meetings.ts, committee.ts) is first read by creation (`createdSince` below):
 * about 16 months. Councils enter a year's meetings at once, up to a year ahead, and a committee may not have
 * met for three months (summer, the turn of the year); the window must still hold its last past meeting,
 * which ends the walk. A longer window only makes a busy list span more pages.
 */
const RECENT_MEETINGS_DAYS = 500;

/** The start of that window: a UTC midnight, so that the list's URL stays the same all day for HTTP caches. */
export function recentMeetingsSince(now: number): Date {
  return new Date((Math.floor(now / DAY_MS) - RECENT_MEETINGS_DAYS) * DAY_MS);
}

export interface ListFromEndOptions extends RequestOptions {
  maxPages?: number;
  /**
   * Ask first for the entries created since then (`created_since`, which OParl servers must support on every
   * list). Lists are sorted by creation, so these are the newest pages, and a short answer saves reading the
   * first page only for its `links.last`. When they are not enough, the whole list is read as without it.
   */
  createdSince?: Date | undefined;
}

/**
 * Entries of a list, newest first as far as the server's order allows: lists are sorted oldest first, so
 * start from `links.last` and walk `links.prev` until `enough` says so. Without a last link, read forwards.
 */
export async function fetchListFromEnd(url: string, enough: (items: Json[]) => boolean, options: ListFromEndOptions = {}): Promise<Json[]> {
  const maxPages = options.maxPages ?? 10;
  if (options.createdSince) {
    const recent = await readCreatedSince(url, options.createdSince, enough, options, maxPages);
    if (recent) return recent;
  }
  const first = await fetchListPage(url, options);
  return (await walkFromEnd(url, first, enough, options, maxPages)).items;
}
