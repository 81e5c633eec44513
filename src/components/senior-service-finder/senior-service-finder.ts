import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import { now } from '../../core/clock.js';
import { findConsent } from '../../core/consent-client.js';
import { DataController, initialState } from '../../core/data-controller.js';
import { absoluteUrl } from '../../core/fetch.js';
import { coreMessages } from '../../core/messages.js';
import { html } from '../../core/template.js';
import { WidgetElement } from '../../core/widget-element.js';
import type { Catalogue } from '../../hsds/finder/catalogue.js';
import { viewOf, type FinderState } from '../../hsds/finder/state.js';
import type { CardContext } from './cards.js';
import type { DetailHost } from './detail.js';
import { CardBatches, nextTask } from './card-batches.js';
import { DetailChunk } from './detail-chunk.js';
import { LiveAnnouncer } from './announcer.js';
import { deferred, openBackend, type FinderBackend } from './engine-client.js';
import { ServiceOpenedEvent, SearchChangedEvent, WatchlistChangedEvent } from './events.js';
import type { MapPanel } from './map.js';
import { FinderNavigation } from './navigation.js';
import { FinderResults } from './results.js';
import { renderToolbar, renderView, renderWhileLoading, type ScreenHost } from './screens.js';
import { finderMessages, type FinderMessages } from './senior-service-finder.messages.js';
import { finderStyles } from './senior-service-finder.styles.js';
import { readSavedIds, readStored, writeSavedIds, writeStored } from './storage.js';

/** How many result cards show at first and with each "show more". */
const PAGE = 20;

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
    shown: { attribute: false },
    textSize: { attribute: false },
    savedIds: { attribute: false },
    mapPanel: { attribute: false },
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

  declare protected shown: number;
  declare protected textSize: number;
  declare protected savedIds: string[];
  declare protected mapPanel: MapPanel | undefined;

  /** Where the data work runs: the finder's worker, or the page where no worker can start. */
  #backend: FinderBackend | undefined;
  readonly #nav = new FinderNavigation(this);
  readonly #results = new FinderResults(this);
  readonly #detail = new DetailChunk(this);

  readonly #loader = new DataController(this, {
    args: () => [this.src, this.data, this.timeout] as const,
    load: async ([src, data, timeout], signal) => {
      if ((data === null || data === undefined) && !src) return initialState;
      // The worker starts in a task of its own: the first render's task is long enough on a slow phone.
      await nextTask();
      signal.throwIfAborted();
      this.#backend?.close();
      this.#results.use(undefined, undefined);
      // User Timing (the browser's performance panel, the bench): from the request to the catalogue on the page.
      const start = performance.now();
      const order = { src: src ? absoluteUrl(src) : undefined, data, timeoutMs: (timeout > 0 ? timeout : 15) * 1000, topicWords: finderMessages.de.topics };
      const { backend, catalogue } = await openBackend(order, signal);
      this.#backend = backend;
      this.#results.use(backend, catalogue);
      performance.measure('senior-service-finder:load', { start, detail: backend.where });
      return catalogue;
    },
    source: ([src]) => src,
    count: (catalogue) => catalogue.offers.length,
  });

  readonly #announcer = new LiveAnnouncer(this);
  /**
   * The first render is one long task on a slow phone (Lit prepares every template the first time, the engine
   * compiles the code): it shows the toolbar and the loading message, and the tiles and search box come in the
   * next task, so that neither blocks the page for long. Resolves when they are there.
   */
  readonly #whileLoadingShown = deferred<void>();
  #showWhileLoading = false;
  readonly #batches = new CardBatches(this);
  #minuteTimer: ReturnType<typeof setInterval> | undefined;
  #lastEventKey = '';

  constructor() {
    super();
    this.staleAfterMonths = 12;
    this.map = false;
    this.noHash = false;
    this.timeout = 15;
    this.shown = PAGE;
    this.textSize = 1;
    this.savedIds = [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.savedIds = readSavedIds();
    const size = Number(readStored('text-size'));
    this.textSize = size >= 1 && size <= 3 ? size : 1;
    // "jetzt geöffnet" follows the clock while the page stays open.
    this.#minuteTimer = setInterval(() => this.requestUpdate(), 60_000);
    // Back on the page after its worker was stopped: load again (a load cut short reloads by itself).
    if (this.#loader.value && !this.#backend) void this.#loader.task.run();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#minuteTimer);
    this.#closeMap();
    // A removed finder keeps no worker running (a load still running is aborted, which stops its worker).
    if (this.#loader.value) {
      this.#backend?.close();
      this.#backend = undefined;
      this.#results.use(undefined, undefined);
    }
  }

  /** Called by the navigation before each move. */
  leaving(next: FinderState): void {
    // The map belongs to the results; it is built again when the person asks again.
    if (viewOf(next) !== 'results') this.#closeMap();
    this.shown = PAGE;
  }

  // The first render waits for a task of its own: the page's task that put the finder in (with its styles and
  // the start of the data's load) is long enough on a slow phone.
  protected override async scheduleUpdate(): Promise<unknown> {
    if (!this.hasUpdated) await nextTask();
    return super.scheduleUpdate();
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    void nextTask().then(() => {
      this.#showWhileLoading = true;
      this.requestUpdate();
      this.#whileLoadingShown.resolve();
    });
  }

  /** Resolves after rendering, including the screen the first render left for a second task and results the engine was still finding. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.#whileLoadingShown.promise;
    let complete = await super.getUpdateComplete();
    // `complete` is false when an update asked for another (an answer that came meanwhile): that one too.
    for (let pending = this.#pending(); pending || !complete; pending = this.#pending()) {
      await pending;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** Finds on their way, else the next batch of cards. */
  #pending(): Promise<unknown> | undefined {
    return this.#results.pending() ?? this.#batches.pending;
  }

  /**
   * Resolves when searching works (the index is built in the finder's worker right after the data). A page may
   * wait for it, as the bench does.
   */
  async prepareSearch(): Promise<void> {
    await this.#backend?.searchReady();
  }

  #toggleSaved(id: string): void {
    this.savedIds = this.savedIds.includes(id) ? this.savedIds.filter((saved) => saved !== id) : [...this.savedIds, id];
    writeSavedIds(this.savedIds);
    this.dispatchEvent(new WatchlistChangedEvent(this.savedIds));
  }

  /** Says the number of offers found on the results. */
  announce(immediately: boolean): void {
    const found = this.#results.current(this.#nav.state);
    const results = found && viewOf(this.#nav.state) === 'results';
    this.#announcer.say(results ? this.localize.messages(finderMessages).found(found.offers.length) : undefined, immediately);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const state = this.#nav.state;
    const onResults = this.#loader.value !== undefined && viewOf(state) === 'results';
    this.#batches.willShow(onResults ? this.#results.current(state) : false);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const catalogue = this.#loader.value;
    if (!catalogue) return;
    const { state } = this.#nav;
    const view = viewOf(state);
    // The results come from the engine a moment after the state changed: focus and events wait for them.
    const found = view === 'results' ? this.#results.current(state) : undefined;
    if (view === 'results' && !found) return;
    if (found) this.#batches.rendered(this.shown);
    const focus = this.#nav.focusTarget;
    // A card further down may come with a later batch: the heading only once all are in.
    const fallback = view !== 'results' || this.#batches.cardsIn === undefined ? this.renderRoot.querySelector<HTMLElement>('h2') : null;
    const target = focus && (this.renderRoot.querySelector<HTMLElement>(focus) ?? fallback);
    if (target) {
      this.#nav.focusTarget = undefined;
      target.focus();
    }
    const offer = state.offer ? catalogue.byId.get(state.offer) : undefined;
    const key = `${view}|${view === 'results' ? this.#results.key(state) : ''}|${offer?.id ?? ''}`;
    if (key === this.#lastEventKey) return;
    const previous = this.#lastEventKey;
    this.#lastEventKey = key;
    if (found) {
      const { query, topic, place, filters } = state;
      this.dispatchEvent(new SearchChangedEvent({ query, topic, place, filters, count: found.offers.length }));
      this.announce(!previous.startsWith('results'));
      this.mapPanel?.update(found.offers);
    }
    if (offer) this.dispatchEvent(new ServiceOpenedEvent(offer.id, offer.service.name));
  }

  override render(): TemplateResult {
    const m = this.localize.messages(finderMessages);
    const screens = this.#screenHost(m);
    return html`<div class="ssf-finder ssf-size-${this.textSize}" part="base">
      ${renderToolbar(screens)}
      <div class="hw-visually-hidden ssf-live" role="status"></div>
      ${this.#loader.render({
        loading: m.loading,
        errorTitle: m.errorTitle,
        idle: () => html`<p class="ssf-notice">${m.idle}</p>`,
        complete: (catalogue) => renderView(screens, catalogue, () => this.#renderLazy(catalogue, screens)),
        pending: () => (this.#showWhileLoading ? renderWhileLoading(screens) : nothing),
      })}
    </div>`;
  }

  /** What the screens (screens.ts) get of the element for this render. */
  #screenHost(m: FinderMessages): ScreenHost {
    return {
      m,
      locale: this.localize.locale,
      nav: this.#nav,
      draft: this.#nav.draft,
      shown: this.shown,
      cardsIn: this.#batches.cardsIn,
      listBefore: this.#batches.listBefore,
      textSize: this.textSize,
      savedIds: this.savedIds,
      searchFailed: this.#results.failed,
      cards: this.#cards(m),
      map: this.map,
      mapTiles: this.mapTiles,
      mapPanel: this.mapPanel,
      consentBanner: !!findConsent(),
      pick: (texts) => this.localize.messages(texts),
      uid: (name) => this.uid(name),
      found: (catalogue) => this.#results.found(catalogue, this.#nav.state),
      filterKeys: (catalogue) => this.#results.filterKeys(catalogue, this.#nav.state),
      onField: this.#nav.onField,
      onSubmit: this.#nav.onSubmit,
      setTextSize: (size) => {
        this.textSize = size;
        writeStored('text-size', size > 1 ? String(size) : null);
      },
      newSearch: this.#nav.newSearch,
      showMore: () => {
        this.#nav.focusTarget = `[data-index="${this.shown}"]`;
        this.#batches.more(this.shown);
        this.shown += PAGE;
      },
      openMap: () => {
        void this.#openMap();
      },
    };
  }

  /** The detail view or the Merkliste (a chunk loaded the first time one of them opens). */
  #renderLazy(catalogue: Catalogue, screens: ScreenHost): unknown {
    const host: Omit<DetailHost, 't'> = {
      ...screens.cards,
      now: now(),
      state: this.#nav.state,
      staleAfterMonths: this.staleAfterMonths,
      routeUrl: this.routeUrl,
      href: (next) => this.#nav.href(next),
      id: (name) => this.uid(name),
      follow: this.#nav.follow,
    };
    const texts = { loading: screens.m.loading, failed: screens.m.errorTitle, core: this.localize.messages(coreMessages) };
    return this.#detail.render(catalogue, host, texts, screens.pick);
  }

  /** The shared pieces' context for this render. */
  #cards(m: FinderMessages): CardContext {
    const { locale } = this.localize;
    const languageNames = this.#loader.value?.languageNames?.[locale] ?? {};
    return { m, locale, facts: this.#results.facts(), languageNames, savedIds: this.savedIds, toggleSaved: (id) => this.#toggleSaved(id) };
  }

  readonly #openMap = async () => {
    const { MapPanel } = await import('./map.js');
    const catalogue = this.#loader.value;
    if (!catalogue || this.mapPanel) return;
    const panel = new MapPanel(this, (id) => this.#nav.go({ ...this.#nav.state, offer: id }, true), () => this.#closeMap());
    panel.update(this.#results.current(this.#nav.state)?.offers ?? []);
    this.mapPanel = panel;
    await panel.open();
  };

  #closeMap(): void {
    this.mapPanel?.close();
    if (this.mapPanel) this.mapPanel = undefined;
  }
}
