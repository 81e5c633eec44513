import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import { html } from '../../core/template.js';
import { now } from '../../core/clock.js';
import { findConsent } from '../../core/consent-client.js';
import { DataController, initialState } from '../../core/data-controller.js';
import { absoluteUrl } from '../../core/fetch.js';
import { WidgetElement } from '../../core/widget-element.js';
import type * as DetailModule from './detail.js';
import type { DetailHost } from './detail.js';
import { ServiceOpenedEvent, SearchChangedEvent, WatchlistChangedEvent } from './events.js';
import { OpeningFacts, type FindResult } from '../../hsds/finder/find.js';
import type { FoundIds } from '../../hsds/finder/engine.js';
import { openBackend, type FinderBackend } from './engine-client.js';
import { accessText, costText, hoursLine, languageName, placeText, saveButton, summaryLine, type CardContext } from './cards.js';
import { topicIcon } from './icons.js';
import type { MapPanel } from './map.js';
import { FEATURE_FILTERS, PLACE_LIST, TOPICS, type Catalogue, type Offer, type Topic } from '../../hsds/finder/catalogue.js';
import { finderMessages, type FinderMessages } from './senior-service-finder.messages.js';
import { finderStyles } from './senior-service-finder.styles.js';
import { EMPTY_STATE, readHash, viewOf, writeHash, type FinderState } from '../../hsds/finder/state.js';
import { readSavedIds, readStored, writeSavedIds, writeStored } from './storage.js';

/** How many result cards show at first and with each "show more". */
const PAGE = 20;
/** The result count is announced once typing pauses, not at every keystroke. */
const ANNOUNCE_DELAY_MS = 700;


/**
 * Where the map's tiles come from, in words: "OpenStreetMap (tile.openstreetmap.org)" by default (the default
 * template itself lives in the lazy map chunk), else the host of `map-tiles`.
 */
function tileSource(template: string | undefined): string {
  if (!template) return 'OpenStreetMap (tile.openstreetmap.org)';
  // Templates may carry placeholders such as {s} in the host, which URL() does not accept.
  const absolute = /^[a-z]+:\/\/([^/]+)/i.exec(template);
  return absolute?.[1] ?? location.host;
}

/**
 * @summary Finds offers for older people in Herne (HSDS 3.x): topic tiles, German-aware search, district choice,
 * filters with counts, a detail view with call, e-mail, route and website, opening hours in words, a Merkliste.
 *
 * Three levels at most: start (topics, search, place), results or Merkliste, one offer. "Zurück" and "Neue
 * Suche" are always there; the state lives in the URL hash, so a prepared list can be sent as a link.
 *
 * @tagname senior-service-finder
 *
 * @fires widget-loaded - The data loaded and rendered (`count`: the number of offers).
 * @fires widget-error - Loading failed; the widget shows the error with "Erneut versuchen".
 * @fires service-opened - The detail view of an offer opened (`serviceId`, `name`).
 * @fires search-changed - Words, topic, place or filters changed (`query`, `topic`, `place`, `filters`, `count`).
 * @fires watchlist-changed - The Merkliste changed (`serviceIds`).
 *
 * @csspart base - The wrapper of everything.
 * @csspart toolbar - Navigation, text size and the Merkliste button.
 * @csspart search - The search form (words and place).
 * @csspart tiles - The list of topic tiles.
 * @csspart tile - One topic tile.
 * @csspart filters - The filter section.
 * @csspart filter - One filter toggle.
 * @csspart count - The number of offers found.
 * @csspart results - The list of result cards.
 * @csspart card - One result card.
 * @csspart detail - The detail view of an offer.
 * @csspart actions - The call, e-mail, route and website buttons.
 * @csspart saved - The Merkliste view.
 * @csspart notice - A notice (entries that could not be read, an incomplete list).
 * @csspart map - The map container.
 * @csspart status - The loading message.
 * @csspart error - The error message.
 * @csspart retry-button - The "Erneut versuchen" button.
 *
 * @cssprop [--senior-service-finder-font-size=1.125rem] - Base text size (A); A+ and A++ are 1.25 and 1.5 times it.
 * @cssprop [--senior-service-finder-color-open=#155724] - Colour of "jetzt geöffnet" (keep 7:1 contrast).
 * @cssprop --herne-color-accent - Buttons, tiles and pressed toggles (and every other shared `--herne-*` token).
 */
export class SeniorServiceFinder extends WidgetElement {
  static override css = [...WidgetElement.css, finderStyles];
  /** @internal */
  static override catalogues = [...WidgetElement.catalogues, finderMessages];

  // Inner state is reactive but no attribute (`attribute: false`), so the manifest lists only the public API.
  static override properties = {
    src: { type: String },
    data: { attribute: false },
    staleAfterMonths: { type: Number, attribute: 'stale-after-months' },
    map: { type: Boolean },
    mapTiles: { attribute: 'map-tiles' },
    mapAttribution: { attribute: 'map-attribution' },
    mapConsent: { attribute: 'map-consent' },
    routeUrl: { attribute: 'route-url' },
    noHash: { type: Boolean, attribute: 'no-hash' },
    timeout: { type: Number },
    state: { attribute: false },
    draft: { attribute: false },
    shown: { attribute: false },
    textSize: { attribute: false },
    savedIds: { attribute: false },
    mapPanel: { attribute: false },
    detailView: { attribute: false },
    searchFailed: { attribute: false },
  };

  /** An HSDS 3.x API base URL (`/services?full=true` is read page by page) or a static `.json` file. */
  declare src: string | undefined;
  /** HSDS data as a property instead of `src`: a page of services, an array of services, or one service. */
  declare data: unknown;
  /**
   * After how many months a "Zuletzt geprüft" date gets a soft warning.
   * @default 12
   */
  declare staleAfterMonths: number;
  /**
   * Offers a map of the results; its tiles load only when asked for and consented to.
   * @default false
   */
  declare map: boolean;
  /** Tile URL template of the map (default OpenStreetMap). */
  declare mapTiles: string | undefined;
  /** Attribution shown on the map (plain text). */
  declare mapAttribution: string | undefined;
  /** The service name the page's `<consent-banner>` knows the tiles by (default "openstreetmap"). */
  declare mapConsent: string | undefined;
  /** Route link template with `{lat}`, `{lon}` or `{address}` (default: OpenStreetMap directions). */
  declare routeUrl: string | undefined;
  /**
   * Keeps the state out of the URL hash (for pages that use the hash themselves).
   * @default false
   */
  declare noHash: boolean;
  /**
   * Seconds to wait for each answer of the server.
   * @default 15
   */
  declare timeout: number;

  declare protected state: FinderState;
  /** Start screen: words and place chosen but not yet sent. */
  declare protected draft: { query: string; place: string };
  declare protected shown: number;
  declare protected textSize: number;
  declare protected savedIds: string[];
  declare protected mapPanel: MapPanel | undefined;
  declare protected detailView: typeof DetailModule | 'failed' | undefined;
  /** Finding failed in the data engine (the worker stopped): the results say so. */
  declare protected searchFailed: boolean;

  /** Where the data work runs: the finder's worker, or the page where no worker can start. */
  #backend: FinderBackend | undefined;

  readonly #loader = new DataController(this, {
    args: () => [this.src, this.data, this.timeout] as const,
    load: async ([src, data, timeout], signal) => {
      if ((data === null || data === undefined) && !src) return initialState;
      this.#backend?.close();
      this.#results.clear();
      // User Timing (the browser's performance panel, the bench): from the request to the catalogue on the page.
      const start = performance.now();
      const order = { src: src ? absoluteUrl(src) : undefined, data, timeoutMs: (timeout > 0 ? timeout : 15) * 1000, topicWords: finderMessages.de.topics };
      const { backend, catalogue } = await openBackend(order, signal);
      this.#backend = backend;
      performance.measure('senior-service-finder:load', { start, detail: backend.where });
      return catalogue;
    },
    source: ([src]) => src,
    count: (catalogue) => catalogue.offers.length,
  });

  #facts: OpeningFacts | undefined;
  /** Find results of the current catalogue by their key (state and minute); the last few only. */
  readonly #results = new Map<string, FindResult>();
  /** The result shown while the next one is found (typing does not blank the list). */
  #shownResult: FindResult | undefined;
  /** Finds sent to the engine and not yet answered; updateComplete waits for them. */
  readonly #finding = new Set<Promise<void>>();
  #lastFoundKey = '';
  #focusTarget: string | undefined;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  #minuteTimer: ReturnType<typeof setInterval> | undefined;
  #lastEventKey = '';

  constructor() {
    super();
    this.staleAfterMonths = 12;
    this.map = false;
    this.noHash = false;
    this.timeout = 15;
    this.state = EMPTY_STATE;
    this.draft = { query: '', place: '' };
    this.shown = PAGE;
    this.textSize = 1;
    this.savedIds = [];
    this.searchFailed = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.savedIds = readSavedIds();
    const size = Number(readStored('text-size'));
    this.textSize = size >= 1 && size <= 3 ? size : 1;
    if (!this.noHash) {
      this.state = readHash(location.hash);
      addEventListener('hashchange', this.#onLocationChange);
      addEventListener('popstate', this.#onLocationChange);
    }
    // "jetzt geöffnet" follows the clock while the page stays open.
    this.#minuteTimer = setInterval(() => this.requestUpdate(), 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.#onLocationChange);
    removeEventListener('popstate', this.#onLocationChange);
    clearInterval(this.#minuteTimer);
    clearTimeout(this.#announceTimer);
    this.#closeMap();
  }

  readonly #onLocationChange = () => {
    const next = readHash(location.hash);
    if (writeHash(next) !== writeHash(this.state)) this.#go(next, undefined, this.state.offer && !next.offer ? this.#cardOf(this.state.offer) : undefined);
  };

  readonly #cardOf = (id: string) => `[data-id="${CSS.escape(id)}"]`;

  /**
   * Moves to a state: `push` adds a history entry (a new level), `false` replaces the current one, `undefined`
   * leaves the URL alone (it changed already). Focus goes to the new screen's heading, or to `focus`.
   */
  #go(next: FinderState, push: boolean | undefined, focus?: string): void {
    const changedView = viewOf(next) !== viewOf(this.state);
    // The map belongs to the results; it is built again when the person asks again.
    if (viewOf(next) !== 'results') this.#closeMap();
    this.state = next;
    this.shown = PAGE;
    this.#focusTarget = focus ?? (changedView ? 'h2' : undefined);
    if (this.noHash || push === undefined) return;
    const url = `${location.pathname}${location.search}${writeHash(next, location.hash)}`;
    if (url !== location.pathname + location.search + location.hash) history[push ? 'pushState' : 'replaceState'](history.state, '', url);
  }

  /** Follows one of the finder's own links without leaving the page (opening it in a new tab still works). */
  readonly #follow = (event: MouseEvent) => {
    if (event.button || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    this.#go(readHash(new URL((event.currentTarget as HTMLAnchorElement).href).hash), true);
  };

  #href(state: FinderState): string {
    return writeHash(state) || '#';
  }

  readonly #back = () => {
    const { state } = this;
    if (state.offer) this.#go({ ...state, offer: undefined }, true, this.#cardOf(state.offer));
    else this.#go(state.saved ? { ...state, saved: false } : EMPTY_STATE, true);
  };

  readonly #newSearch = () => {
    this.draft = { query: '', place: '' };
    this.#go(EMPTY_STATE, true, 'h2');
  };

  #toggleSaved(id: string): void {
    this.savedIds = this.savedIds.includes(id) ? this.savedIds.filter((saved) => saved !== id) : [...this.savedIds, id];
    writeSavedIds(this.savedIds);
    this.dispatchEvent(new WatchlistChangedEvent(this.savedIds));
  }

  #toggleFilter(key: string): void {
    const { filters } = this.state;
    this.#go({ ...this.state, filters: filters.includes(key) ? filters.filter((f) => f !== key) : [...filters, key] }, false);
  }

  /** Words or place changed: a draft on the start screen, applied at once on the results. */
  readonly #onField = (event: Event) => {
    const { id, value } = event.target as HTMLInputElement;
    const key = id === this.uid('query') ? 'query' : 'place';
    if (viewOf(this.state) === 'start') this.draft = { ...this.draft, [key]: value };
    else this.#go({ ...this.state, [key]: value || (key === 'query' ? '' : undefined) }, false);
  };

  readonly #onSubmit = (event: Event) => {
    event.preventDefault();
    const { query, place } = this.draft;
    // On the results the words already apply as typed: say the count again.
    if (viewOf(this.state) !== 'start') this.#announce(true);
    else this.#go({ ...EMPTY_STATE, query, place: place || undefined, all: !query.trim() && !place }, true);
  };

  /** Opening facts for this minute (statuses are kept per offer within it). */
  #openingFacts(): OpeningFacts {
    const instant = now();
    const minute = (time: number) => Math.floor(time / 60_000);
    if (!this.#facts || minute(this.#facts.instant) !== minute(instant)) this.#facts = new OpeningFacts(instant);
    return this.#facts;
  }

  #filterKeys(catalogue: Catalogue): string[] {
    const languages = catalogue.languages.slice(0, 8).map((code) => `sprache-${code}`);
    return [...new Set(['jetzt', 'heute', ...FEATURE_FILTERS, ...languages, ...this.state.filters])];
  }

  #findKey(): string {
    const { query, topic, place, filters } = this.state;
    return JSON.stringify([query, topic, place, filters, this.#openingFacts().instant]);
  }

  /** The result for the current state, once the engine has answered; the one before it meanwhile. */
  #found(catalogue: Catalogue): FindResult | undefined {
    const key = this.#findKey();
    const result = this.#results.get(key);
    if (!result) this.#find(catalogue, key);
    else this.#shownResult = result;
    this.#lastFoundKey = key;
    return result ?? this.#shownResult;
  }

  /** Asks the engine for the current state's result; the element renders again when it comes. */
  #find(catalogue: Catalogue, key: string): void {
    const backend = this.#backend;
    if (!backend || this.#results.has(key) || this.#requested.has(key)) return;
    this.#requested.add(key);
    const order = { state: this.state, instant: this.#openingFacts().instant, filterKeys: this.#filterKeys(catalogue) };
    const answer = backend.find(order).then(
      (found) => {
        if (this.#loader.value !== catalogue) return;
        this.#results.set(key, this.#resultOf(catalogue, found));
        // Only the last few: a person types on, and back.
        if (this.#results.size > 20) this.#results.delete(this.#results.keys().next().value!);
        this.searchFailed = false;
        this.requestUpdate();
      },
      () => {
        this.searchFailed = true;
      },
    );
    const settled = answer.finally(() => {
      this.#requested.delete(key);
      this.#finding.delete(settled);
    });
    this.#finding.add(settled);
  }

  readonly #requested = new Set<string>();

  #resultOf(catalogue: Catalogue, found: FoundIds): FindResult {
    const offers = found.ids.flatMap((id) => catalogue.byId.get(id) ?? []);
    return { offers, counts: new Map(found.counts), ...(found.relaxation ? { relaxation: found.relaxation } : {}) };
  }

  /** Resolves after rendering, including the results the engine was still finding. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#finding.size) {
      await Promise.all(this.#finding);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /**
   * Resolves when searching works (the index is built in the finder's worker right after the data). A page may
   * wait for it, as the bench does.
   */
  async prepareSearch(): Promise<void> {
    await this.#backend?.searchReady();
  }

  #announce(immediately: boolean): void {
    clearTimeout(this.#announceTimer);
    const catalogue = this.#loader.value;
    const found = this.#results.get(this.#findKey());
    if (!catalogue || !found || viewOf(this.state) !== 'results') return;
    const text = this.localize.messages(finderMessages).found(found.offers.length);
    // Written directly (Lit renders the region empty once): a live region announces a change, so the same
    // words again get a no-break space.
    const set = () => {
      const region = this.renderRoot.querySelector('.ssf-live');
      if (region) region.textContent = region.textContent === text ? `${text}\u00a0` : text;
    };
    if (immediately) set();
    else this.#announceTimer = setTimeout(set, ANNOUNCE_DELAY_MS);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const catalogue = this.#loader.value;
    if (!catalogue) return;
    const view = viewOf(this.state);
    // The results come from the engine a moment after the state changed: focus and events wait for them.
    const found = view === 'results' ? this.#results.get(this.#findKey()) : undefined;
    if (view === 'results' && !found) return;
    if (this.#focusTarget) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.#focusTarget) ?? this.renderRoot.querySelector<HTMLElement>('h2');
      if (target) {
        this.#focusTarget = undefined;
        target.focus();
      }
    }
    const offer = this.state.offer ? catalogue.byId.get(this.state.offer) : undefined;
    const key = `${view}|${view === 'results' ? this.#lastFoundKey : ''}|${offer?.id ?? ''}`;
    if (key === this.#lastEventKey) return;
    const previous = this.#lastEventKey;
    this.#lastEventKey = key;
    if (found) {
      const { query, topic, place, filters } = this.state;
      const { offers } = found;
      this.dispatchEvent(new SearchChangedEvent({ query, topic, place, filters, count: offers.length }));
      this.#announce(!previous.startsWith('results'));
      this.mapPanel?.update(offers);
    }
    if (offer) this.dispatchEvent(new ServiceOpenedEvent(offer.id, offer.service.name));
  }

  override render(): TemplateResult {
    const m = this.localize.messages(finderMessages);
    return html`<div class="ssf-finder ssf-size-${this.textSize}" part="base">
      ${this.#renderToolbar(m)}
      <div class="hw-visually-hidden ssf-live" role="status"></div>
      ${this.#loader.render({
        loading: m.loading,
        errorTitle: m.errorTitle,
        idle: () => html`<p class="ssf-notice">${m.idle}</p>`,
        complete: (catalogue) => this.#renderView(catalogue, m),
        pending: () => this.#renderWhileLoading(m),
      })}
    </div>`;
  }

  #renderToolbar(m: FinderMessages): TemplateResult {
    const view = viewOf(this.state);
    const crumbs = [m.crumbs.start, ...(view === 'start' ? [] : [this.state.saved ? m.crumbs.saved : m.crumbs.results]), ...(view === 'detail' ? [m.crumbs.detail] : [])];
    return html`<div class="ssf-toolbar" part="toolbar">
      <nav class="ssf-nav" aria-label=${m.nav}>
        ${view === 'start'
          ? nothing
          : html`<button type="button" class="hw-button" @click=${this.#back}><span aria-hidden="true">←</span> ${m.back}</button>
              <button type="button" class="hw-button" @click=${this.#newSearch}>${m.newSearch}</button>`}
        <p class="ssf-crumbs">
          ${m.youAreHere} ${crumbs.map((crumb, i) => html`${i ? ' › ' : ''}<span aria-current=${i === crumbs.length - 1 ? 'page' : 'false'}>${crumb}</span>`)}
        </p>
      </nav>
      <div class="ssf-sizes rs_skip" role="group" aria-label=${m.textSize}>
        ${['A', 'A+', 'A++'].map(
          (label, i) =>
            html`<button
              type="button"
              class="hw-button"
              aria-pressed=${this.textSize === i + 1}
              aria-label="${label} (${m.textSize} ${m.textSizes[i]})"
              @click=${() => {
                this.textSize = i + 1;
                writeStored('text-size', i ? String(i + 1) : null);
              }}
            >
              ${label}
            </button>`,
        )}
      </div>
      <a class="hw-button" href=${this.#href({ ...EMPTY_STATE, saved: true })} @click=${this.#follow}><span aria-hidden="true">★</span> ${m.savedButton(this.savedIds.length)}</a>
    </div>`;
  }

  #renderView(catalogue: Catalogue, m: FinderMessages): unknown {
    const view = viewOf(this.state);
    const notices = [catalogue.skipped ? m.skipped(catalogue.skipped) : '', catalogue.incomplete ? m.incomplete : ''].filter(Boolean);
    let body: unknown;
    if (!catalogue.offers.length && view !== 'saved') body = html`<h2 tabindex="-1">${m.title}</h2><p class="ssf-notice">${m.noData}</p>`;
    else if (view === 'start') body = this.#renderStart(catalogue, m);
    else if (view === 'results') body = this.#renderResults(catalogue, m);
    else body = this.#renderLazy(catalogue, m);
    return html`${notices.map((text) => html`<p class="ssf-notice" part="notice">${text}</p>`)}${body}`;
  }

  /** The detail view and the Merkliste come from a chunk loaded the first time one of them opens. */
  #renderLazy(catalogue: Catalogue, m: FinderMessages): unknown {
    const module = this.detailView;
    if (module === 'failed') return html`<div role="alert" class="hw-error"><p>${m.errorTitle}</p></div>`;
    if (!module) {
      import('./detail.js').then(
        (loaded) => (this.detailView = loaded),
        () => (this.detailView = 'failed'),
      );
      return html`<p class="hw-status hw-loading">${m.loading}</p>`;
    }
    const host: DetailHost = {
      ...this.#cards(m),
      now: now(),
      state: this.state,
      staleAfterMonths: this.staleAfterMonths,
      routeUrl: this.routeUrl,
      href: (state) => this.#href(state),
      id: (name) => this.uid(name),
      follow: this.#follow,
    };
    return this.state.offer ? module.renderDetail(host, catalogue.byId.get(this.state.offer)) : module.renderSaved(host, catalogue);
  }

  #renderSearch(m: FinderMessages, start: boolean): TemplateResult {
    const query = start ? this.draft.query : this.state.query;
    const place = start ? this.draft.place : (this.state.place ?? '');
    return html`<form class="ssf-search" role="search" part="search" @submit=${this.#onSubmit}>
      <div class="ssf-field">
        <label for=${this.uid('query')}>${m.searchLabel}</label>
        <span class="ssf-hint" id=${this.uid('query-hint')}>${m.searchHint}</span>
        <input id=${this.uid('query')} type="search" autocomplete="off" aria-describedby=${this.uid('query-hint')} .value=${query} @input=${this.#onField} />
      </div>
      <div class="ssf-field">
        <label for=${this.uid('place')}>${m.placeLabel}</label>
        <select id=${this.uid('place')} @change=${this.#onField}>
          <option value="" .selected=${!place}>${m.wholeCity}</option>
          ${PLACE_LIST.filter((p) => p.code === p.district).map(
            (district) =>
              html`<optgroup label=${district.name}>
                ${PLACE_LIST.filter((p) => p.district === district.code).map(
                  (p) => html`<option value=${p.code} .selected=${p.code === place}>${p === district ? m.wholeDistrict(p.name) : p.name}</option>`,
                )}
              </optgroup>`,
          )}
        </select>
      </div>
      <button type="submit" class="hw-button hw-primary">${start ? m.showButton : m.searchButton}</button>
    </form>`;
  }

  /** While the data loads, the tiles and the search box already work; their results come when it is there. */
  #renderWhileLoading(m: FinderMessages): unknown {
    const { state } = this;
    const view = viewOf(state);
    if (view === 'start') return this.#renderStart(undefined, m);
    if (view !== 'results') return nothing;
    return html`<h2 tabindex="-1">${(state.topic && m.topics[state.topic]) || m.results}</h2>
      ${this.#renderSearch(m, false)}`;
  }

  /** The number of offers of each topic (counted once per catalogue). */
  readonly #topicCounts = new WeakMap<Catalogue, Map<Topic, number>>();
  #topicCount(catalogue: Catalogue, topic: Topic): number {
    let counts = this.#topicCounts.get(catalogue);
    if (!counts) {
      counts = new Map(TOPICS.map((each) => [each, 0]));
      for (const offer of catalogue.offers) for (const each of offer.topics) counts.set(each, counts.get(each)! + 1);
      this.#topicCounts.set(catalogue, counts);
    }
    return counts.get(topic)!;
  }

  /** The start screen; without a catalogue (still loading) the tiles show no counts. */
  #renderStart(catalogue: Catalogue | undefined, m: FinderMessages): TemplateResult {
    const place = this.draft.place || undefined;
    const tile = (icon: Topic | 'all', name: string, count: number | undefined, state: FinderState) =>
      html`<li>
        <a class="ssf-tile" part="tile" href=${this.#href(state)} @click=${this.#follow}
          >${topicIcon(icon)}<span>${name}</span> ${count === undefined ? nothing : html`<span class="ssf-meta">${m.offers(count)}</span>`}</a
        >
      </li>`;
    return html`<h2 tabindex="-1">${m.title}</h2>
      <p class="ssf-meta">${m.intro}</p>
      ${this.#renderSearch(m, true)}
      <h3>${m.topicsHeading}</h3>
      <ul class="ssf-tiles" part="tiles">
        ${TOPICS.map((topic) => tile(topic, m.topics[topic], catalogue && this.#topicCount(catalogue, topic), { ...EMPTY_STATE, topic, place }))}
        ${tile('all', m.allOffers, catalogue?.offers.length, { ...EMPTY_STATE, all: true, place })}
      </ul>`;
  }

  #filterName(key: string, m: FinderMessages): string {
    return m.filters[key] ?? languageName(key.slice(8), this.localize.locale);
  }

  #renderResults(catalogue: Catalogue, m: FinderMessages): TemplateResult {
    const { state } = this;
    // Undefined while the engine finds the first result (the index may still be building).
    const found = this.#found(catalogue);
    const topic = state.topic && m.topics[state.topic];
    const keys = this.#filterKeys(catalogue);
    const groups = [['jetzt', 'heute'], ['stufenlos', 'aufzug', 'wc', 'schleife'], ['kostenlos', 'hausbesuch', 'telefon', 'angehoerige'], keys.filter((key) => key.startsWith('sprache-'))];
    return html`<h2 tabindex="-1">${topic || m.results}</h2>
      ${this.#renderSearch(m, false)}
      ${topic
        ? html`<p class="ssf-chips">
            <button type="button" class="hw-button" @click=${() => this.#go({ ...state, topic: undefined }, false)}><span aria-hidden="true">✕</span> ${m.removeTopic(topic)}</button>
          </p>`
        : nothing}
      ${!found
        ? html`<p class="hw-status hw-loading" id=${this.uid('count')}>${this.searchFailed ? m.errorTitle : m.loading}</p>`
        : html`<h3 class="ssf-count" part="count" id=${this.uid('count')} tabindex="-1">${m.found(found.offers.length)}</h3>`}
      <div class="ssf-layout">
        <section class="ssf-filters" part="filters" aria-labelledby=${this.uid('filters-title')}>
          <h3 id=${this.uid('filters-title')}>${m.filtersHeading}</h3>
          ${groups.map((group, i) =>
            group.length
              ? html`<fieldset>
                  <legend>${m.filterGroups[i]}</legend>
                  ${group.map((key) => {
                    const active = state.filters.includes(key);
                    const count = found?.counts.get(key) ?? 0;
                    // A filter that finds nothing is not offered; a chosen one can always be taken back.
                    return html`<button
                      type="button"
                      class="hw-button ssf-toggle"
                      part="filter"
                      aria-pressed=${active}
                      ?disabled=${!found || (!active && count === 0)}
                      @click=${() => this.#toggleFilter(key)}
                    >
                      <span class="ssf-check" aria-hidden="true">${active ? '✓' : '+'}</span>${this.#filterName(key, m)} (${count})
                    </button>`;
                  })}
                </fieldset>`
              : nothing,
          )}
        </section>
        <section aria-labelledby=${this.uid('count')}>
          ${!found ? nothing : html`${found.offers.length ? this.#renderCards(found.offers, m) : this.#renderEmpty(found, m)} ${this.#renderMap(m)}`}
        </section>
      </div>`;
  }

  #renderEmpty(found: FindResult, m: FinderMessages): TemplateResult {
    const relax = found.relaxation;
    let action: unknown = nothing;
    if (relax) {
      const label = relax.kind === 'filter' ? m.relaxFilter(this.#filterName(relax.filter, m)) : { place: m.relaxPlace, topic: m.relaxTopic, query: m.relaxQuery }[relax.kind];
      action = html`<button type="button" class="hw-button hw-primary" @click=${() => this.#go(relax.next, false, `#${this.uid('count')}`)}>${label} (${m.offers(relax.count)})</button>`;
    }
    return html`<p>${m.nothingFound}</p>
      <p class="ssf-chips">${action}<button type="button" class="hw-button" @click=${this.#newSearch}>${m.newSearch}</button></p>`;
  }

  /** The shared pieces' context for this render. */
  #cards(m: FinderMessages): CardContext {
    return { m, locale: this.localize.locale, facts: this.#openingFacts(), savedIds: this.savedIds, toggleSaved: (id) => this.#toggleSaved(id) };
  }

  #renderCards(offers: Offer[], m: FinderMessages): TemplateResult {
    const rest = offers.length - this.shown;
    const cards = this.#cards(m);
    return html`<ol class="ssf-results" part="results">
        ${offers.slice(0, this.shown).map((offer, index) => {
          const lines = [placeText(offer, cards), costText(offer, cards), accessText(offer, cards)];
          return html`<li class="ssf-card" part="card">
            <h4>
              <span class="ssf-number" aria-hidden="true">${index + 1}</span
              ><a href=${this.#href({ ...this.state, offer: offer.id })} data-id=${offer.id} data-index=${index} @click=${this.#follow}>${offer.service.name}</a>
            </h4>
            ${offer.service.temporarilyClosed ? html`<p class="ssf-notice">${m.temporarilyClosed}</p>` : nothing} ${summaryLine(offer)}
            ${hoursLine(offer, cards)} ${lines.map((line) => (line ? html`<p class="ssf-meta">${line}</p>` : nothing))} ${saveButton(offer, cards)}
          </li>`;
        })}
      </ol>
      ${rest > 0
        ? html`<button
            type="button"
            class="hw-button ssf-more"
            @click=${() => {
              this.#focusTarget = `[data-index="${this.shown}"]`;
              this.shown += PAGE;
            }}
          >
            ${m.more(rest)}
          </button>`
        : nothing}`;
  }

  #renderMap(m: FinderMessages): unknown {
    if (!this.map) return nothing;
    // A page's consent banner asks before the tiles load; without one, the person is told here, before pressing.
    const note = findConsent() ? undefined : m.mapNote(tileSource(this.mapTiles));
    return html`<div class="ssf-map-area">
      ${this.mapPanel?.render(this.localize.locale) ??
      html`<p>
          <button type="button" class="hw-button" aria-expanded="false" aria-describedby=${note ? this.uid('map-note') : nothing} @click=${this.#openMap}>
            ${m.showMap}
          </button>
        </p>
        ${note ? html`<p class="ssf-meta ssf-map-note" id=${this.uid('map-note')}>${note}</p>` : nothing}`}
    </div>`;
  }

  readonly #openMap = async () => {
    const { MapPanel } = await import('./map.js');
    const catalogue = this.#loader.value;
    if (!catalogue || this.mapPanel) return;
    const panel = new MapPanel(this, (id) => this.#go({ ...this.state, offer: id }, true), () => this.#closeMap());
    panel.update(this.#results.get(this.#findKey())?.offers ?? []);
    this.mapPanel = panel;
    await panel.open();
  };

  #closeMap(): void {
    this.mapPanel?.close();
    if (this.mapPanel) this.mapPanel = undefined;
  }
}
