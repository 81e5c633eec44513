import type { ReactiveControllerHost } from 'lit';
import { now } from '../../core/clock.js';
import { FEATURE_FILTERS, type Catalogue } from '../../hsds/finder/catalogue.js';
import type { FoundIds } from '../../hsds/finder/engine.js';
import { OpeningFacts, type FindResult } from '../../hsds/finder/find.js';
import type { FinderState } from '../../hsds/finder/state.js';
import type { FinderBackend } from './engine-client.js';

/** A result as the page shows it: with the opening facts of the minute it was found for (the engine's clock). */
export interface ShownResult extends FindResult {
  facts: OpeningFacts;
}

/** Results kept: a person types on, and back. */
const KEPT = 20;

/**
 * The results of the finder's states, found by its data engine (in the worker) and kept by state and minute.
 * A state whose result is not there yet is asked for; the element renders again when it comes, and meanwhile
 * shows the result before it (typing does not blank the list).
 */
export class FinderResults {
  /** The engine's last find failed (the worker stopped). */
  failed = false;
  readonly #host: ReactiveControllerHost;
  readonly #results = new Map<string, ShownResult>();
  readonly #requested = new Set<string>();
  /** Finds sent and not yet answered. */
  readonly #finding = new Set<Promise<void>>();
  #shown: ShownResult | undefined;
  #facts: OpeningFacts | undefined;
  #backend: FinderBackend | undefined;
  #catalogue: Catalogue | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /** A new load: its backend and catalogue; what was found before is gone. */
  use(backend: FinderBackend | undefined, catalogue: Catalogue | undefined): void {
    this.#backend = backend;
    this.#catalogue = catalogue;
    this.#results.clear();
    this.#shown = undefined;
  }

  /** Opening facts for this minute (statuses are kept per offer within it). */
  facts(): OpeningFacts {
    const instant = now();
    const minute = (time: number) => Math.floor(time / 60_000);
    if (!this.#facts || minute(this.#facts.instant) !== minute(instant)) this.#facts = new OpeningFacts(instant);
    return this.#facts;
  }

  /** The filters offered: the clock's, the features, the eight most spoken languages, and any chosen one. */
  filterKeys(catalogue: Catalogue, state: FinderState): string[] {
    const languages = catalogue.languages.slice(0, 8).map((code) => `sprache-${code}`);
    return [...new Set(['jetzt', 'heute', ...FEATURE_FILTERS, ...languages, ...state.filters])];
  }

  /** What a result depends on: the state's words, topic, place and filters, and the minute. */
  key(state: FinderState): string {
    const { query, topic, place, filters } = state;
    return JSON.stringify([query, topic, place, filters, this.facts().instant]);
  }

  /** The state's result if the engine has answered; undefined else. */
  current(state: FinderState): ShownResult | undefined {
    return this.#results.get(this.key(state));
  }

  /** The state's result, asked for when missing; the one shown before it meanwhile. */
  found(catalogue: Catalogue, state: FinderState): ShownResult | undefined {
    const key = this.key(state);
    const result = this.#results.get(key);
    if (result) this.#shown = result;
    else this.#find(catalogue, state, key);
    return result ?? this.#shown;
  }

  /** Resolves when every find sent so far is answered (undefined when none is on its way). */
  pending(): Promise<unknown> | undefined {
    return this.#finding.size ? Promise.all(this.#finding) : undefined;
  }

  #find(catalogue: Catalogue, state: FinderState, key: string): void {
    const backend = this.#backend;
    if (!backend || catalogue !== this.#catalogue || this.#requested.has(key)) return;
    this.#requested.add(key);
    const facts = this.facts();
    const order = { state, instant: facts.instant, filterKeys: this.filterKeys(catalogue, state) };
    const answer = backend.find(order).then(
      (found) => {
        if (catalogue !== this.#catalogue) return;
        // The engine's clock and dates: the cards need no Intl on the page (src/hsds/finder/texts.ts).
        facts.learn(found.clock, found.dates);
        this.#results.set(key, resultOf(catalogue, found, facts));
        if (this.#results.size > KEPT) this.#results.delete(this.#results.keys().next().value!);
        this.failed = false;
        this.#host.requestUpdate();
      },
      () => {
        this.failed = true;
        this.#host.requestUpdate();
      },
    );
    const settled = answer.finally(() => {
      this.#requested.delete(key);
      this.#finding.delete(settled);
    });
    this.#finding.add(settled);
  }
}

/** The engine's answer with the page's own offers. */
function resultOf(catalogue: Catalogue, found: FoundIds, facts: OpeningFacts): ShownResult {
  const offers = found.ids.flatMap((id) => catalogue.byId.get(id) ?? []);
  return { offers, counts: new Map(found.counts), facts, ...(found.relaxation ? { relaxation: found.relaxation } : {}) };
}
