// @ts-check
// The mirror's HTTP client: Node's fetch with a time-out per request, at most `concurrency` requests at once,
// and retries with exponential back-off that honour Retry-After (429, 503 and other 5xx, network errors).

/** @typedef {{ concurrency?: number, timeoutMs?: number, retries?: number, backoffMs?: number, maxWaitMs?: number, signal?: AbortSignal }} HttpOptions */

export class HttpError extends Error {
  /** @param {string} message @param {string} url @param {number | undefined} status */
  constructor(message, url, status) {
    super(message);
    this.url = url;
    this.status = status;
  }
}

export class BrokenJsonError extends Error {
  /** @param {string} url @param {string} reason */
  constructor(url, reason) {
    super(`invalid JSON: ${reason}`);
    this.url = url;
  }
}

/** @param {HttpOptions} options */
export function createHttpClient({ concurrency = 4, timeoutMs = 30_000, retries = 4, backoffMs = 500, maxWaitMs = 120_000, signal } = {}) {
  let active = 0;
  /** @type {Array<() => void>} */
  const waiting = [];
  const stats = { requests: 0, retries: 0 };

  async function slot() {
    if (active < concurrency) {
      active += 1;
      return;
    }
    await new Promise((resolve) => waiting.push(() => resolve(undefined)));
  }
  function release() {
    const next = waiting.shift();
    if (next) next();
    else active -= 1;
  }

  /**
   * Fetches JSON; throws HttpError when the server cannot answer, BrokenJsonError when the body is no JSON.
   * @param {string} url
   * @returns {Promise<unknown>}
   */
  async function getJson(url) {
    let lastError;
    for (let attempt = 0; attempt <= retries; attempt += 1) {
      signal?.throwIfAborted();
      await slot();
      let waitMs = backoffMs * 2 ** attempt;
      try {
        stats.requests += 1;
        const timeout = AbortSignal.timeout(timeoutMs);
        const response = await fetch(url, {
          headers: { accept: 'application/json' },
          signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
        });
        const text = await response.text();
        if (response.ok) {
          try {
            return JSON.parse(text);
          } catch (error) {
            throw new BrokenJsonError(url, /** @type {Error} */ (error).message);
          }
        }
        lastError = new HttpError(`HTTP ${response.status}`, url, response.status);
        const retryable = response.status === 429 || response.status >= 500;
        if (!retryable) throw lastError;
        const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
        if (retryAfter !== undefined) waitMs = retryAfter;
      } catch (error) {
        if (error instanceof BrokenJsonError || (error instanceof HttpError && error === lastError && error.status !== undefined && error.status < 500 && error.status !== 429)) throw error;
        if (signal?.aborted) throw signal.reason;
        if (!(error instanceof HttpError)) {
          const reason = /** @type {Error} */ (error).name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : /** @type {any} */ (error).cause?.code ?? /** @type {any} */ (error).cause?.errors?.[0]?.code ?? /** @type {Error} */ (error).message;
          lastError = new HttpError(reason, url, undefined);
        }
      } finally {
        release();
      }
      if (attempt < retries) {
        stats.retries += 1;
        await sleep(Math.min(waitMs, maxWaitMs), signal);
      }
    }
    throw lastError;
  }

  return { getJson, stats };
}

/** Retry-After is seconds or an HTTP date; returns milliseconds. @param {string | null} value */
export function parseRetryAfter(value) {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** @param {number} ms @param {AbortSignal | undefined} signal */
function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, { once: true });
  });
}
