import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fetchLinked, type Linked } from '../../oparl/client.js';

/** A linked object as the card sees it: still loading, or one of the states of `fetchLinked`. */
export type Slot<T> = { state: 'loading' } | Linked<T>;

/** Requests of one card in flight at most; a long Beratungsfolge must not flood a council server. */
const MAX_IN_FLIGHT = 4;

/**
 * The objects a card links to, loaded when the render first asks for them. The first render comes from the
 * main object alone: requests start one task later, so the decision is on screen before anything else is
 * fetched. Everything goes through the shared fetch cache, so cards and the agenda on one page share requests.
 */
export class LinkedObjects implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private slots = new Map<string, Slot<unknown>>();
  private queue: (() => Promise<void>)[] = [];
  private inFlight = 0;
  private controller = new AbortController();
  timeoutMs = 15_000;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  /** The object at `url` (undefined when there is no url); starts loading it on first ask. */
  get<T>(url: string | undefined, normalise: (raw: unknown, url: string) => T): Slot<T> | undefined {
    if (url === undefined) return undefined;
    let slot = this.slots.get(url) as Slot<T> | undefined;
    if (!slot) {
      slot = { state: 'loading' };
      this.slots.set(url, slot);
      const { signal } = this.controller;
      if (this.queue.push(() => this.load(url, normalise, signal)) === 1 && this.inFlight === 0) setTimeout(this.pump);
    }
    return slot;
  }

  /** Objects the card already has (handed over by a host, or its own main object), so nobody fetches them again. */
  seed(values: ({ id: string } | undefined)[]): void {
    for (const value of values) if (value) this.slots.set(value.id, { state: 'ok', value });
  }

  /** True while anything is loading. */
  get busy(): boolean {
    return [...this.slots.values()].some((slot) => slot.state === 'loading');
  }

  /** How many objects could not be loaded. */
  get unavailable(): number {
    return [...this.slots.values()].filter((slot) => slot.state !== 'ok' && slot.state !== 'loading').length;
  }

  /** Forgets everything (another object is shown). */
  reset(): void {
    this.stop();
    this.slots = new Map();
  }

  hostConnected(): void {
    // Back on the page after a removal: render again, which asks again for what was dropped.
    if (this.slots.size) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.stop();
    for (const [url, slot] of this.slots) if (slot.state === 'loading') this.slots.delete(url);
  }

  private stop(): void {
    this.controller.abort(new DOMException('Das Element wurde von der Seite entfernt.', 'AbortError'));
    this.controller = new AbortController();
    this.queue = [];
    this.inFlight = 0;
  }

  /** Starts queued requests while fewer than MAX_IN_FLIGHT are running. */
  private pump = (): void => {
    while (this.inFlight < MAX_IN_FLIGHT && this.queue.length) {
      const { signal } = this.controller;
      this.inFlight += 1;
      void this.queue.shift()!().finally(() => {
        // A reset in between started a new count.
        if (signal !== this.controller.signal) return;
        this.inFlight -= 1;
        this.pump();
      });
    }
  };

  private async load<T>(url: string, normalise: (raw: unknown, url: string) => T, signal: AbortSignal): Promise<void> {
    try {
      const result = await fetchLinked(url, normalise, { signal, timeoutMs: this.timeoutMs });
      if (signal.aborted) return;
      this.slots.set(url, result);
      this.host.requestUpdate();
    } catch {
      // Aborted: the card changed or left the page, and nobody waits for this answer.
    }
  }
}
