import { LoadError } from './errors.js';

/** Options for {@link fetchJson}. */
export interface FetchJsonOptions {
  /** Aborts this caller's wait; the request itself stops once no caller waits for it any more. */
  signal?: AbortSignal | undefined;
  /** Time-out per attempt in milliseconds (default 15 000). */
  timeoutMs?: number | undefined;
  /** Further attempts after a 429, 502, 503 or 504 answer (default 2). */
  retries?: number | undefined;
  /** How long a successful answer is reused, in milliseconds (default 60 000; 0 turns the cache off). */
  cacheTtlMs?: number | undefined;
}

/** Statuses that mean "try again later" rather than "this will not work". */
const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);
const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_RETRIES = 2;
const DEFAULT_CACHE_TTL_MS = 60_000;
/** A server asking us to wait longer than this gets an error now instead of a frozen widget. */
const MAX_RETRY_DELAY_MS = 10_000;
const BACKOFF_BASE_MS = 300;
const MAX_CACHE_ENTRIES = 200;

interface InFlight {
  readonly promise: Promise<unknown>;
  readonly controller: AbortController;
  waiting: number;
  settled: boolean;
}

interface SharedState {
  readonly inFlight: Map<string, InFlight>;
  readonly cache: Map<string, { readonly value: unknown; readonly expires: number }>;
}

/*
 * The state lives on globalThis under a registered symbol, so that several bundles of the library on one
 * page (say meeting-agenda.js and resolution-card.js from the CDN) share requests and cache.
 */
const STATE_KEY = Symbol.for('herne-widgets.fetch.v1');
const state: SharedState = ((globalThis as Record<symbol, unknown>)[STATE_KEY] as SharedState | undefined) ??
  ((globalThis as Record<symbol, unknown>)[STATE_KEY] = { inFlight: new Map(), cache: new Map() } satisfies SharedState);

/**
 * Fetches a URL and parses its JSON body.
 *
 * Identical requests in flight are shared, successful answers are kept briefly for every widget on the page,
 * overloaded servers (429/502/503/504) are retried with back-off that honours `Retry-After`, and every failure
 * becomes a {@link LoadError} with a kind. The caller's abort rejects with the signal's reason, as `fetch` does.
 * The returned value is shared: treat it as read-only.
 */
export function fetchJson(url: string, options: FetchJsonOptions = {}): Promise<unknown> {
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(abortReason(signal));
  let key = '';
  try {
    key = absoluteUrl(url);
  } catch {
    // handled below: an address that does not parse is as unusable as a javascript: one
  }
  if (!/^https?:/.test(key)) return Promise.reject(new LoadError('network', `Keine http(s)-Adresse: ${url}`, { url }));

  const ttl = options.cacheTtlMs ?? DEFAULT_CACHE_TTL_MS;
  const cached = state.cache.get(key);
  if (cached && ttl > 0) {
    if (cached.expires > Date.now()) return Promise.resolve(cached.value);
    state.cache.delete(key);
  }

  let entry = state.inFlight.get(key);
  if (!entry) {
    const controller = new AbortController();
    const created: InFlight = {
      controller,
      waiting: 0,
      settled: false,
      promise: load(key, controller.signal, options).then((value) => {
        if (ttl > 0) remember(key, value, ttl);
        return value;
      }),
    };
    created.promise
      .finally(() => {
        created.settled = true;
        if (state.inFlight.get(key) === created) state.inFlight.delete(key);
      })
      // Nobody may be listening any more (all callers aborted); that is not an unhandled rejection.
      .catch(() => undefined);
    state.inFlight.set(key, created);
    entry = created;
  }
  return waitFor(entry, key, signal);
}

/** Forgets cached answers (all, or those of one URL); requests in flight are left alone. */
export function clearFetchCache(url?: string): void {
  if (url === undefined) state.cache.clear();
  else state.cache.delete(absoluteUrl(url));
}

function waitFor(entry: InFlight, key: string, signal: AbortSignal | undefined): Promise<unknown> {
  entry.waiting += 1;
  return new Promise((resolve, reject) => {
    let done = false;
    const finish = () => {
      if (done) return false;
      done = true;
      signal?.removeEventListener('abort', onAbort);
      entry.waiting -= 1;
      return true;
    };
    const onAbort = () => {
      if (!finish()) return;
      if (entry.waiting === 0 && !entry.settled) {
        // The last caller left: stop the request and let the next caller start afresh.
        entry.controller.abort();
        if (state.inFlight.get(key) === entry) state.inFlight.delete(key);
      }
      reject(abortReason(signal!));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    entry.promise.then(
      (value) => finish() && resolve(value),
      (error: unknown) => finish() && reject(error),
    );
  });
}

async function load(url: string, signal: AbortSignal, options: FetchJsonOptions): Promise<unknown> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const retries = options.retries ?? DEFAULT_RETRIES;
  for (let attempt = 0; ; attempt += 1) {
    const { status, text, retryAfter } = await attemptRequest(url, signal, timeoutMs);
    if (status >= 200 && status < 300) return parseJson(text, url, status);
    if (RETRYABLE_STATUS.has(status) && attempt < retries) {
      const delay = retryAfter ?? backoff(attempt);
      if (delay <= MAX_RETRY_DELAY_MS) {
        await sleep(delay, signal);
        continue;
      }
    }
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    throw new LoadError('http', `HTTP ${status}: ${url}`, { url, status, body });
  }
}

/** One request with its own time-out, which also covers reading the body (a stalled body must not hang). */
async function attemptRequest(url: string, signal: AbortSignal, timeoutMs: number): Promise<{ status: number; text: string; retryAfter: number | undefined }> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const forwardAbort = () => controller.abort();
  signal.addEventListener('abort', forwardAbort, { once: true });
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      headers: { Accept: 'application/json' },
      // Public data needs no cookies; never send the visitor's cookies to an endpoint.
      credentials: 'omit',
    });
    const text = await response.text();
    return { status: response.status, text, retryAfter: parseRetryAfter(response.headers.get('Retry-After')) };
  } catch (error) {
    if (signal.aborted) throw abortReason(signal);
    if (timedOut) throw new LoadError('timeout', `${timeoutMs} ms: ${url}`, { url, cause: error });
    throw new LoadError('network', url, { url, cause: error });
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', forwardAbort);
  }
}

function parseJson(text: string, url: string, status: number): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new LoadError('invalid-json', `kein gültiges JSON: ${url}`, { url, status, cause: error });
  }
}

/** `Retry-After` as seconds or as an HTTP date, in milliseconds. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function backoff(attempt: number): number {
  return BACKOFF_BASE_MS * 2 ** attempt + Math.round(Math.random() * BACKOFF_BASE_MS);
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortReason(signal));
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

function remember(key: string, value: unknown, ttl: number): void {
  state.cache.delete(key);
  state.cache.set(key, { value, expires: Date.now() + ttl });
  // Maps iterate in insertion order, so the first key is the oldest.
  while (state.cache.size > MAX_CACHE_ENTRIES) state.cache.delete(state.cache.keys().next().value as string);
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('Der Vorgang wurde abgebrochen.', 'AbortError');
}

/** Resolves a possibly relative URL against the page. */
export function absoluteUrl(url: string): string {
  return new URL(url, globalThis.document?.baseURI).href;
}
