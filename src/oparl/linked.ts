import { fetchLinked, type Linked } from './client.js';

/*
 * The one loader for the OParl objects a widget links to (the agenda's paper chips, the card's meeting,
 * committee, paper and Beratungsfolge). Free of Lit and the DOM: the element tells it when to stop and start
 * again and re-renders when it reports a change.
 */

/** A linked object as a widget sees it: still loading, or one of the states of `fetchLinked`. */
export type Slot<T> = { state: 'loading' } | Linked<T>;

/** Reads a fetched answer into the object a widget shows; throws when the answer is not such an object. */
export type Reader<T> = (raw: unknown, url: string) => T;

/** Requests of one widget in flight at most: a long agenda or Beratungsfolge must not flood a council server. */
export const MAX_IN_FLIGHT = 4;

/** What the loader needs from the widget that uses it. */
export interface LinkedLoaderOptions {
  /** Called after an object has loaded or failed, to render again. */
  onChange: () => void;
  /** Time-out of each request in milliseconds, read when the request starts. */
  timeoutMs: () => number;
  /** Requests in flight at most (default MAX_IN_FLIGHT). */
  limit?: number;
}

/**
 * Loads linked objects by URL, each once (`get` again returns the same slot), at most `limit` at a time, in the
 * order they were asked for. Requests start one task after the first ask, so that a render which asks for
 * several objects completes first. Every request goes through the page's shared fetch cache, so widgets on
 * one page share answers. A URL is read with the reader of its first ask.
 */
export class LinkedLoader {
  private readonly options: LinkedLoaderOptions;
  private slots = new Map<string, Slot<unknown>>();
  private queue: string[] = [];
  private readers = new Map<string, Reader<unknown>>();
  private inFlight = 0;
  private controller = new AbortController();
  private paused = false;
  private scheduled = false;

  constructor(options: LinkedLoaderOptions) {
    this.options = options;
  }

  /** The object at `url` (undefined when there is no url); queues it on first ask. */
  get<T>(url: string | undefined, read: Reader<T>): Slot<T> | undefined {
    if (url === undefined) return undefined;
    const known = this.slots.get(url) as Slot<T> | undefined;
    if (known) return known;
    const slot: Slot<T> = { state: 'loading' };
    this.slots.set(url, slot);
    this.readers.set(url, read);
    this.queue.push(url);
    this.schedule();
    return slot;
  }

  /** The object at `url` as far as it is known, without asking for it. */
  peek(url: string | undefined): Slot<unknown> | undefined {
    return url === undefined ? undefined : this.slots.get(url);
  }

  /** Objects the widget already has (handed over by a host, or its own main object): nobody fetches them again. */
  seed(values: readonly ({ id: string } | undefined)[]): void {
    for (const value of values) {
      if (value) this.slots.set(value.id, { state: 'ok', value });
    }
  }

  /** True while anything is loading. */
  get busy(): boolean {
    return [...this.slots.values()].some((slot) => slot.state === 'loading');
  }

  /** How many objects could not be loaded (members only, not found, failed). */
  get unavailable(): number {
    return [...this.slots.values()].filter((slot) => slot.state !== 'ok' && slot.state !== 'loading').length;
  }

  /** Forgets everything (another meeting or object is shown); requests in flight are aborted. */
  reset(): void {
    this.abort();
    this.slots = new Map();
    this.readers = new Map();
  }

  /**
   * Stops (the widget left the page): requests in flight are aborted and what was loading is forgotten, so that
   * the next ask after `resume` starts it again. What has loaded stays.
   */
  pause(): void {
    this.paused = true;
    this.abort();
    for (const [url, slot] of this.slots) {
      if (slot.state === 'loading') this.slots.delete(url);
    }
  }

  /** Starts again after `pause` (the widget is back on the page). */
  resume(): void {
    this.paused = false;
    this.pump();
  }

  private abort(): void {
    this.controller.abort(new DOMException('Das Element wurde von der Seite entfernt.', 'AbortError'));
    this.controller = new AbortController();
    this.queue = [];
    this.inFlight = 0;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setTimeout(() => {
      this.scheduled = false;
      this.pump();
    });
  }

  /** Starts queued requests while fewer than the limit are running. */
  private pump(): void {
    const limit = this.options.limit ?? MAX_IN_FLIGHT;
    while (!this.paused && this.inFlight < limit && this.queue.length > 0) {
      const url = this.queue.shift()!;
      const read = this.readers.get(url);
      if (!read || this.slots.get(url)?.state !== 'loading') continue;
      this.inFlight += 1;
      const { signal } = this.controller;
      void this.load(url, read, signal).finally(() => {
        // A reset or pause in between started a new count.
        if (signal !== this.controller.signal) return;
        this.inFlight -= 1;
        this.pump();
      });
    }
  }

  private async load(url: string, read: Reader<unknown>, signal: AbortSignal): Promise<void> {
    try {
      const result = await fetchLinked(url, read, { signal, timeoutMs: this.options.timeoutMs() });
      if (signal.aborted) return;
      this.slots.set(url, result);
      this.options.onChange();
    } catch {
      // Aborted: the widget changed or left the page, and nobody waits for this answer.
    }
  }
}
