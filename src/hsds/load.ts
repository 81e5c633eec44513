import { LoadError, invalidData, isAbortError } from '../core/errors.js';
import { absoluteUrl, fetchJson } from '../core/fetch.js';
import { readServices, type HsdsReadResult, type HsdsService } from './normalise.js';

/** What loading an HSDS source gave. */
export interface HsdsLoadResult extends HsdsReadResult {
  /** A later page failed: the services of the pages before it are there, the rest is missing. */
  incomplete: boolean;
}

/** More pages than this means a server that ignores `page`; a city's senior services fit in far fewer. */
const MAX_PAGES = 60;
const PER_PAGE = 100;

/** A URL whose path ends in `.json` is a static file; anything else is an HSDS API base. */
export function isStaticFile(src: string): boolean {
  return /\.json$/i.test(new URL(absoluteUrl(src)).pathname);
}

/** The URL of one page of `GET /services` with every nested object. */
export function servicesPageUrl(base: string, page: number): string {
  const url = new URL(`${absoluteUrl(base).replace(/[?#].*$/, '').replace(/\/+$/, '')}/services`);
  url.search = new URLSearchParams({ full: 'true', page: String(page), per_page: String(PER_PAGE) }).toString();
  return url.href;
}

function read(json: unknown, url: string): ReturnType<typeof readServices> {
  try {
    return readServices(json);
  } catch (error) {
    throw invalidData((error as Error).message, url);
  }
}

/**
 * Loads every service of an HSDS source: a static JSON file (a page, an array, one service) or an API base,
 * whose `/services?full=true` pages are read until the last. When a later page fails, what arrived is kept and
 * the result says it is incomplete; when the first fails, the error is thrown. `timeoutMs` limits each answer.
 */
export async function loadHsds(src: string, signal?: AbortSignal, timeoutMs?: number): Promise<HsdsLoadResult> {
  if (isStaticFile(src)) {
    const { services, skipped } = read(await fetchJson(src, { signal, timeoutMs }), src);
    return { services, skipped, incomplete: false };
  }
  const services: HsdsService[] = [];
  const ids = new Set<string>();
  let skipped = 0;
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const url = servicesPageUrl(src, page);
    let result: ReturnType<typeof readServices>;
    try {
      result = read(await fetchJson(url, { signal, timeoutMs }), url);
    } catch (error) {
      if (page === 1 || isAbortError(error) || !(error instanceof LoadError)) throw error;
      return { services, skipped, incomplete: true };
    }
    const fresh = result.services.filter((service) => !ids.has(service.id));
    // A server that ignores `page` answers every page with the same services: stop there.
    if (!fresh.length && result.services.length) break;
    for (const service of fresh) {
      ids.add(service.id);
      services.push(service);
    }
    skipped += result.skipped;
    const { page: info } = result;
    if (!info || info.last || (info.total !== undefined && page >= info.total)) break;
  }
  return { services, skipped, incomplete: false };
}
