import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { EMPTY_STATE, readHash, viewOf, writeHash, type FinderState } from '../../hsds/finder/state.js';

/** What the navigation needs of the element. */
export interface NavigationHost extends ReactiveControllerHost {
  /** Keeps the state out of the URL hash. */
  readonly noHash: boolean;
  /** Called before each move, with the next state (the element closes the map, resets "show more"). */
  leaving(next: FinderState): void;
  /** Says the number of offers found again (the search form was sent on the results). */
  announce(immediately: boolean): void;
}

/**
 * While a person types on the results, the address follows once typing pauses rather than with each key: each
 * change of the address costs the page's main thread several milliseconds on a slow phone.
 */
const TYPING_PAUSE_MS = 500;

/** The selector of an offer's card link, where focus goes back to from its detail. */
export const cardOf = (id: string): string => `[data-id="${CSS.escape(id)}"]`;

/**
 * The finder's three levels and its history: the state, its form in the URL hash (a prepared list can be sent as
 * a link), "Zurück", the browser's back button, the finder's own links, and where focus goes after a move.
 */
export class FinderNavigation implements ReactiveController {
  state: FinderState = EMPTY_STATE;
  /** Start screen: words and place chosen but not yet sent. */
  draft = { query: '', place: '' };
  /** A selector to focus after the next render (the new screen's heading, the card an offer was opened from). */
  focusTarget: string | undefined;
  readonly #host: NavigationHost;
  /** Set while the address waits for typing to pause. */
  #typingTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: NavigationHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#host.noHash) return;
    this.state = readHash(location.hash);
    addEventListener('hashchange', this.#onLocationChange);
    addEventListener('popstate', this.#onLocationChange);
  }

  hostDisconnected(): void {
    this.#writeTypedUrl();
    removeEventListener('hashchange', this.#onLocationChange);
    removeEventListener('popstate', this.#onLocationChange);
  }

  readonly #onLocationChange = () => {
    // The browser moved: what was typed before is no longer the address to write.
    clearTimeout(this.#typingTimer);
    this.#typingTimer = undefined;
    const next = readHash(location.hash);
    if (writeHash(next) === writeHash(this.state)) return;
    const from = this.state.offer && !next.offer ? cardOf(this.state.offer) : undefined;
    this.go(next, undefined, from);
  };

  /**
   * Moves to a state: `push` adds a history entry (a new level), `false` replaces the current one, `undefined`
   * leaves the URL alone (it changed already). Focus goes to the new screen's heading, or to `focus`.
   */
  go(next: FinderState, push: boolean | undefined, focus?: string): void {
    // The entry being left keeps the words typed into it.
    if (push !== undefined) this.#writeTypedUrl();
    const changedView = viewOf(next) !== viewOf(this.state);
    this.#host.leaving(next);
    this.state = next;
    this.focusTarget = focus ?? (changedView ? 'h2' : undefined);
    this.#host.requestUpdate();
    if (push !== undefined) this.#writeUrl(push);
  }

  /** Puts the state in the address: a new history entry, or in place of the current one. */
  #writeUrl(push: boolean): void {
    if (this.#host.noHash) return;
    const url = `${location.pathname}${location.search}${writeHash(this.state, location.hash)}`;
    if (url === location.pathname + location.search + location.hash) return;
    if (push) history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }

  /** Writes the address now if it waits for typing to pause. */
  #writeTypedUrl(): void {
    if (this.#typingTimer === undefined) return;
    clearTimeout(this.#typingTimer);
    this.#typingTimer = undefined;
    this.#writeUrl(false);
  }

  /** The link to a state. */
  href(state: FinderState): string {
    return writeHash(state) || '#';
  }

  /** Follows one of the finder's own links without leaving the page (opening it in a new tab still works). */
  readonly follow = (event: MouseEvent): void => {
    if (event.button || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    this.go(readHash(new URL((event.currentTarget as HTMLAnchorElement).href).hash), true);
  };

  /** One level up: from an offer to its list (focus on its card), from a list to the start. */
  readonly back = (): void => {
    const { state } = this;
    if (state.offer) this.go({ ...state, offer: undefined }, true, cardOf(state.offer));
    else this.go(state.saved ? { ...state, saved: false } : EMPTY_STATE, true);
  };

  /** Back to the start, the search form emptied. */
  readonly newSearch = (): void => {
    this.draft = { query: '', place: '' };
    this.go(EMPTY_STATE, true, 'h2');
  };

  /** Words or place changed: a draft on the start screen, applied at once on the results. */
  readonly onField = (event: Event): void => {
    const field = event.target as HTMLInputElement | HTMLSelectElement;
    const key = field.type === 'search' ? 'query' : 'place';
    if (viewOf(this.state) === 'start') {
      this.draft = { ...this.draft, [key]: field.value };
      this.#host.requestUpdate();
      return;
    }
    if (key === 'place') {
      this.go({ ...this.state, place: field.value || undefined }, false);
      return;
    }
    // Typing: the list follows each key, the address once typing pauses.
    this.go({ ...this.state, query: field.value }, undefined);
    clearTimeout(this.#typingTimer);
    this.#typingTimer = setTimeout(() => {
      this.#typingTimer = undefined;
      this.#writeUrl(false);
    }, TYPING_PAUSE_MS);
  };

  readonly onSubmit = (event: Event): void => {
    event.preventDefault();
    const { query, place } = this.draft;
    // On the results the words already apply as typed: say the count again.
    if (viewOf(this.state) !== 'start') this.#host.announce(true);
    else this.go({ ...EMPTY_STATE, query, place: place || undefined, all: !query.trim() && !place }, true);
  };

  /** Switches a filter on or off (the list changes in place: no history entry). */
  toggleFilter(key: string): void {
    const { filters } = this.state;
    this.go({ ...this.state, filters: filters.includes(key) ? filters.filter((filter) => filter !== key) : [...filters, key] }, false);
  }
}
