import { LoadError, isAbortError } from '../core/errors.js';
import { fetchJson, type FetchJsonOptions } from '../core/fetch.js';
import { berlinParts, fromBerlinTime } from '../core/i18n.js';
import type { MeetingInfo } from './types.js';

/*
 * Reading OParl objects over HTTP, and linked objects that may fail without failing the page. Lists are in
 * lists.ts and the choice of a committee's meeting in committee.ts: they load only where they are used.
 */

export type RequestOptions = Pick<FetchJsonOptions, 'signal' | 'timeoutMs'>;

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

/** The instant a meeting counts as over: its end, else the end of its day in Berlin. */
export function meetingOver(meeting: Pick<MeetingInfo, 'start' | 'end'>): number | undefined {
  if (!meeting.start) return undefined;
  if (meeting.end) return meeting.end.getTime();
  const { year, month, day } = berlinParts(meeting.start);
  return fromBerlinTime(year, month, day, 23, 59, 59).getTime();
}
