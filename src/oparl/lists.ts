import { LoadError } from '../core/errors.js';
import { fetchJson } from '../core/fetch.js';
import { isRecord, safeUrl } from '../core/sanitize.js';
import type { RequestOptions } from './client.js';
import { isDeleted } from './normalise.js';

/*
 * OParl's external lists: paged forwards through `links.next`, or walked backwards from `links.last` when the
 * newest entries matter (servers sort oldest first), with the empty-list answers real servers give.
 */

type Json = Record<string, unknown>;

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
