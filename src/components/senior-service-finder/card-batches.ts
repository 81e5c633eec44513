import type { ReactiveControllerHost } from 'lit';
import type { ShownResult } from './results.js';

/**
 * A result list comes in this many cards at a time, each batch in a task of its own, the first at once (more
 * than a phone's screen shows). Twenty new cards laid out in one task took 75–100 ms on a phone-speed CPU, and
 * typing changes them on every key.
 */
export const CARDS_PER_TASK = 6;

/** Resolves in a later task of the page, after what the browser has waiting (input, a frame). */
export const nextTask = (): Promise<void> => new Promise<void>((resolve) => setTimeout(resolve));

/**
 * How the result cards come in: the first six of a list at once, the next six in each task after. While a new
 * list comes in after another, the places below its cards keep the list before's cards (the same elements,
 * which then get their new text).
 */
export class CardBatches {
  /** How many of the shown list's cards are in; undefined once all are. */
  cardsIn: number | undefined = CARDS_PER_TASK;
  /** While a new list's cards come in: the list before it, whose cards stay below them until then. */
  listBefore: ShownResult | undefined;
  /** The next batch, on its way (the element's updateComplete waits for it). */
  pending: Promise<void> | undefined;
  readonly #host: ReactiveControllerHost;
  /** The result list whose cards are in. */
  #listShown: ShownResult | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /** Before a render: the list it shows (undefined while none is found), or `false` off the results. */
  willShow(found: ShownResult | undefined | false): void {
    if (found === false) {
      // The next list shown comes in batches too (back from an offer, a list of another search).
      this.#listShown = this.listBefore = undefined;
      this.cardsIn = CARDS_PER_TASK;
      return;
    }
    if (!found || found === this.#listShown) return;
    this.listBefore = this.#listShown;
    this.#listShown = found;
    this.cardsIn = CARDS_PER_TASK;
  }

  /** "Show more": the places from `from` on come in batches too. */
  more(from: number): void {
    this.cardsIn = from + CARDS_PER_TASK;
  }

  /** After a render that showed a list on `places` places: the next batch a task later, if one is missing. */
  rendered(places: number): void {
    if (this.cardsIn === undefined || this.pending) return;
    this.pending = nextTask().then(() => {
      this.pending = undefined;
      const next = (this.cardsIn ?? 0) + CARDS_PER_TASK;
      if (next >= Math.min(places, this.#listShown?.offers.length ?? 0)) this.cardsIn = this.listBefore = undefined;
      else this.cardsIn = next;
      this.#host.requestUpdate();
    });
  }
}
