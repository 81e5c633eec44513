import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fetchLinked } from '../../oparl/client.js';
import type { Slot } from './parts.js';

/** Requests of one card in flight at most; a long Beratungsfolge must not flood a council server. */
const MAX_IN_FLIGHT = 4;

/**
 * The objects a card links to, loaded when the render first asks for them (details.ts, after the decision is
 * on screen), one task later, and only while the card is on the page. Everything goes through the shared
 * fetch cache, so cards and the agenda on one page share requests.
 */
export class LinkedObjects implements ReactiveController {
  private readonly host: ReactiveControllerHost & Element;
  private slots = new Map<string, Slot<unknown>>();
  private queue: (() => Promise<void>)[] = [];
  private inFlight = 0;
  private controller = new AbortController();
  timeoutMs = 15_000;
  /** Requests wait while the card is off the page (the details may arrive after it was removed). */
  private connected: boolean;

  constructor(host: ReactiveControllerHost & Element) {
    this.host = host;
    this.connected = host.isConnected;
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
    this.connected = true;
    // Back on the page after a removal: render again, which asks again for what was dropped.
    if (this.slots.size) this.host.requestUpdate();
    this.pump();
  }

  hostDisconnected(): void {
    this.connected = false;
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
    while (this.connected && this.inFlight < MAX_IN_FLIGHT && this.queue.length) {
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
