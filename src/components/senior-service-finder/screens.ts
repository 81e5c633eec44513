import { nothing, type TemplateResult } from 'lit';
import type { Catalogue as Texts, Locale } from '../../core/i18n.js';
import { html } from '../../core/template.js';
import { PLACE_LIST, TOPICS, type Catalogue, type Offer, type Topic } from '../../hsds/finder/catalogue.js';
import type { FindResult } from '../../hsds/finder/find.js';
import { EMPTY_STATE, viewOf, type FinderState } from '../../hsds/finder/state.js';
import { accessText, costText, hoursLine, languageText, placeText, saveButton, summaryLine, type CardContext } from './cards.js';
import { symbolIcon, topicIcon } from './icons.js';
import type { MapPanel } from './map.js';
import type { FinderNavigation } from './navigation.js';
import type { ShownResult } from './results.js';
import type { FinderMessages } from './senior-service-finder.messages.js';

/*
 * The finder's toolbar, start screen and results, rendered from what the element gives them (ScreenHost). The
 * detail view and the Merkliste are in detail.ts, a chunk loaded when one of them first opens.
 */

/** What the screens need of the element. */
export interface ScreenHost {
  readonly m: FinderMessages;
  readonly locale: Locale;
  readonly nav: FinderNavigation;
  /** Start screen: words and place chosen but not yet sent. */
  readonly draft: { query: string; place: string };
  /** How many result cards show. */
  readonly shown: number;
  /** While a result list comes in: how many of its cards are in (undefined: all); the rest come in later tasks. */
  readonly cardsIn: number | undefined;
  /** While a new list's cards come in after another list: that list, whose cards stay below the new ones. */
  readonly listBefore: ShownResult | undefined;
  readonly textSize: number;
  readonly savedIds: readonly string[];
  /** The engine could not find (the worker stopped). */
  readonly searchFailed: boolean;
  readonly cards: CardContext;
  /** Offers a map of the results (the element's `map`), with its tile template and panel once open. */
  readonly map: boolean;
  readonly mapTiles: string | undefined;
  readonly mapPanel: MapPanel | undefined;
  /** Whether a consent banner on the page asks before the map's tiles load. */
  readonly consentBanner: boolean;
  /** A catalogue's texts in the finder's language (English loads on first use). */
  readonly pick: <T>(texts: Texts<T>) => T;
  readonly uid: (name: string) => string;
  readonly found: (catalogue: Catalogue) => ShownResult | undefined;
  readonly filterKeys: (catalogue: Catalogue) => string[];
  readonly onField: (event: Event) => void;
  readonly onSubmit: (event: Event) => void;
  readonly setTextSize: (size: number) => void;
  readonly newSearch: () => void;
  readonly showMore: () => void;
  readonly openMap: () => void;
}

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

/** The screen of a state with the loaded catalogue; `lazy` renders the detail view or the Merkliste. */
export function renderView(host: ScreenHost, catalogue: Catalogue, lazy: () => unknown): unknown {
  const { m } = host;
  const view = viewOf(host.nav.state);
  const notices = [catalogue.skipped ? m.skipped(catalogue.skipped) : '', catalogue.incomplete ? m.incomplete : ''].filter(Boolean);
  let body: unknown;
  if (!catalogue.offers.length && view !== 'saved') body = html`<h2 tabindex="-1">${m.title}</h2><p class="ssf-notice">${m.noData}</p>`;
  else if (view === 'start') body = renderStart(host, catalogue);
  else if (view === 'results') body = renderResults(host, catalogue);
  else body = lazy();
  return renderScreen(notices, body);
}

/**
 * A screen: notices, then its body. The same template while the data loads and after, so that the start
 * screen's and the results' search box stays the same element when the data comes (focus and what the person
 * is typing stay in it).
 */
function renderScreen(notices: string[], body: unknown): TemplateResult {
  return html`${notices.map((text) => html`<p class="ssf-notice" part="notice">${text}</p>`)}${body}`;
}

export function renderToolbar(host: ScreenHost): TemplateResult {
  const { m } = host;
  const view = viewOf(host.nav.state);
  const crumbs = [m.crumbs.start, ...(view === 'start' ? [] : [host.nav.state.saved ? m.crumbs.saved : m.crumbs.results]), ...(view === 'detail' ? [m.crumbs.detail] : [])];
  return html`<div class="ssf-toolbar" part="toolbar">
    <nav class="ssf-nav" aria-label=${m.nav}>
      ${view === 'start'
        ? nothing
        : html`<button type="button" class="hw-button" @click=${host.nav.back}>${symbolIcon('back')}${m.back}</button>
            <button type="button" class="hw-button" @click=${host.newSearch}>${m.newSearch}</button>`}
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
            aria-pressed=${host.textSize === i + 1}
            aria-label="${label} (${m.textSize} ${m.textSizes[i]})"
            @click=${() => host.setTextSize(i + 1)}
          >
            ${label}
          </button>`,
      )}
    </div>
    <a class="hw-button" href=${host.nav.href({ ...EMPTY_STATE, saved: true })} @click=${host.nav.follow}>${symbolIcon('star-filled')}${m.savedButton(host.savedIds.length)}</a>
  </div>`;
}

export function renderSearch(host: ScreenHost, start: boolean): TemplateResult {
  const { m } = host;
  const query = start ? host.draft.query : host.nav.state.query;
  const place = start ? host.draft.place : (host.nav.state.place ?? '');
  return html`<form class="ssf-search" role="search" part="search" @submit=${host.onSubmit}>
    <div class="ssf-field">
      <label for=${host.uid('query')}>${m.searchLabel}</label>
      <span class="ssf-hint" id=${host.uid('query-hint')}>${m.searchHint}</span>
      <input id=${host.uid('query')} type="search" autocomplete="off" aria-describedby=${host.uid('query-hint')} .value=${query} @input=${host.onField} />
    </div>
    <div class="ssf-field">
      <label for=${host.uid('place')}>${m.placeLabel}</label>
      <select id=${host.uid('place')} @change=${host.onField}>
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
export function renderWhileLoading(host: ScreenHost): unknown {
  const view = viewOf(host.nav.state);
  if (view === 'start') return renderScreen([], renderStart(host, undefined));
  if (view === 'results') return renderScreen([], renderResults(host, undefined));
  return nothing;
}

/** The number of offers of each topic (counted once per catalogue). */
const topicCounts = new WeakMap<Catalogue, Map<Topic, number>>();
function topicCount(catalogue: Catalogue, topic: Topic): number {
  let counts = topicCounts.get(catalogue);
  if (!counts) {
    counts = new Map(TOPICS.map((each) => [each, 0]));
    for (const offer of catalogue.offers) for (const each of offer.topics) counts.set(each, counts.get(each)! + 1);
    topicCounts.set(catalogue, counts);
  }
  return counts.get(topic)!;
}

/** The start screen; without a catalogue (still loading) the tiles show no counts. */
export function renderStart(host: ScreenHost, catalogue: Catalogue | undefined): TemplateResult {
  const { m } = host;
  const place = host.draft.place || undefined;
  const tile = (icon: Topic | 'all', name: string, count: number | undefined, state: FinderState) =>
    html`<li>
      <a class="ssf-tile" part="tile" href=${host.nav.href(state)} @click=${host.nav.follow}
        >${topicIcon(icon)}<span>${name}</span> ${count === undefined ? nothing : html`<span class="ssf-meta">${m.offers(count)}</span>`}</a
      >
    </li>`;
  return html`<h2 tabindex="-1">${m.title}</h2>
    <p class="ssf-meta">${m.intro}</p>
    ${renderSearch(host, true)}
    <h3>${m.topicsHeading}</h3>
    <ul class="ssf-tiles" part="tiles">
      ${TOPICS.map((topic) => tile(topic, m.topics[topic], catalogue && topicCount(catalogue, topic), { ...EMPTY_STATE, topic, place }))}
      ${tile('all', m.allOffers, catalogue?.offers.length, { ...EMPTY_STATE, all: true, place })}
    </ul>`;
}

function filterName(host: ScreenHost, key: string): string {
  const { m } = host;
  return m.filters[key] ?? languageText(key.slice(8), host.cards);
}

/** The results; without a catalogue (the data still loading) their heading and search box. */
export function renderResults(host: ScreenHost, catalogue: Catalogue | undefined): TemplateResult {
  const { m } = host;
  const { state } = host.nav;
  const topic = state.topic && m.topics[state.topic];
  return html`<h2 tabindex="-1">${topic || m.results}</h2>
    ${renderSearch(host, false)}
    ${topic
      ? html`<p class="ssf-chips">
          <button type="button" class="hw-button" @click=${() => host.nav.go({ ...state, topic: undefined }, false)}>${symbolIcon('close')}${m.removeTopic(topic)}</button>
        </p>`
      : nothing}
    ${catalogue ? renderFound(host, catalogue) : nothing}`;
}

/** The count, the filters and the cards. */
function renderFound(host: ScreenHost, catalogue: Catalogue): TemplateResult {
  const { m } = host;
  const { state } = host.nav;
  // Undefined while the engine finds the first result (the index may still be building).
  const found = host.found(catalogue);
  const keys = host.filterKeys(catalogue);
  const groups = [['jetzt', 'heute'], ['stufenlos', 'aufzug', 'wc', 'schleife'], ['kostenlos', 'hausbesuch', 'telefon', 'angehoerige'], keys.filter((key) => key.startsWith('sprache-'))];
  return html`${!found
      ? html`<p class="hw-status hw-loading" id=${host.uid('count')}>${host.searchFailed ? m.errorTitle : m.loading}</p>`
      : html`<h3 class="ssf-count" part="count" id=${host.uid('count')} tabindex="-1">${m.found(found.offers.length)}</h3>`}
    <div class="ssf-layout">
      <section class="ssf-filters" part="filters" aria-labelledby=${host.uid('filters-title')}>
        <h3 id=${host.uid('filters-title')}>${m.filtersHeading}</h3>
        ${!found
          ? // The filters come with their counts; while the first result is found, no count is known yet.
            nothing
          : groups.map((group, i) =>
          group.length
            ? html`<fieldset>
                <legend>${m.filterGroups[i]}</legend>
                ${group.map((key) => {
                  const active = state.filters.includes(key);
                  const count = found.counts.get(key) ?? 0;
                  // A filter that finds nothing is not offered; a chosen one can always be taken back.
                  return html`<button
                    type="button"
                    class="hw-button ssf-toggle"
                    part="filter"
                    aria-pressed=${active}
                    ?disabled=${!active && count === 0}
                    @click=${() => host.nav.toggleFilter(key)}
                  >
                    ${symbolIcon(active ? 'check' : 'plus')}${filterName(host, key)} (${count})
                  </button>`;
                })}
              </fieldset>`
            : nothing,
        )}
      </section>
      <section aria-labelledby=${host.uid('count')}>
        ${!found ? nothing : html`${found.offers.length ? renderCards(host, found) : renderEmpty(host, found)} ${renderMap(host)}`}
      </section>
    </div>`;
}

export function renderEmpty(host: ScreenHost, found: FindResult): TemplateResult {
  const { m } = host;
  const relax = found.relaxation;
  let action: unknown = nothing;
  if (relax) {
    const label = relax.kind === 'filter' ? m.relaxFilter(filterName(host, relax.filter)) : { place: m.relaxPlace, topic: m.relaxTopic, query: m.relaxQuery }[relax.kind];
    action = html`<button type="button" class="hw-button hw-primary" @click=${() => host.nav.go(relax.next, false, `#${host.uid('count')}`)}>${label} (${m.offers(relax.count)})</button>`;
  }
  return html`<p>${m.nothingFound}</p>
    <p class="ssf-chips">${action}<button type="button" class="hw-button" @click=${host.newSearch}>${m.newSearch}</button></p>`;
}

/** The result cards: those of the list that are in and, below them while the rest come, the list before's. */
export function renderCards(host: ScreenHost, found: ShownResult): TemplateResult {
  const { m } = host;
  const rest = found.offers.length - host.shown;
  const now = Math.min(host.shown, host.cardsIn ?? host.shown);
  const before = host.listBefore;
  const kept = before ? before.offers.slice(now, Math.min(host.shown, found.offers.length)) : [];
  // "jetzt geöffnet" as of the minute each list was found for (with the engine's clock), until the next one comes.
  const cards = { ...host.cards, facts: found.facts };
  const cardsBefore = before && { ...host.cards, facts: before.facts };
  return html`<ol class="ssf-results" part="results">
      ${[
        ...found.offers.slice(0, now).map((offer, index) => renderCard(host, cards, offer, index)),
        // One list: when the rest comes, the cards at these places change their text, not their elements.
        ...kept.map((offer, index) => renderCard(host, cardsBefore!, offer, now + index)),
      ]}
    </ol>
    ${rest > 0 && (now === host.shown || before)
      ? html`<button
          type="button"
          class="hw-button ssf-more"
          @click=${host.showMore}
        >
          ${m.more(rest)}
        </button>`
      : nothing}`;
}

function renderCard(host: ScreenHost, cards: CardContext, offer: Offer, index: number): TemplateResult {
  const { m } = host;
  const lines = [placeText(offer, cards), costText(offer, cards), accessText(offer, cards)];
  return html`<li class="ssf-card" part="card">
    <h4>
      <span class="ssf-number" aria-hidden="true">${index + 1}</span
      ><a href=${host.nav.href({ ...host.nav.state, offer: offer.id })} data-id=${offer.id} data-index=${index} @click=${host.nav.follow}>${offer.service.name}</a>
    </h4>
    ${offer.service.temporarilyClosed ? html`<p class="ssf-notice">${m.temporarilyClosed}</p>` : nothing} ${summaryLine(offer)}
    ${hoursLine(offer, cards)} ${lines.map((line) => (line ? html`<p class="ssf-meta">${line}</p>` : nothing))} ${saveButton(offer, cards)}
  </li>`;
}

export function renderMap(host: ScreenHost): unknown {
  const { m } = host;
  if (!host.map) return nothing;
  // A page's consent banner asks before the tiles load; without one, the person is told here, before pressing.
  const note = host.consentBanner ? undefined : m.mapNote(tileSource(host.mapTiles));
  return html`<div class="ssf-map-area">
    ${host.mapPanel?.render(host.pick) ??
    html`<p>
        <button type="button" class="hw-button" aria-expanded="false" aria-describedby=${note ? host.uid('map-note') : nothing} @click=${host.openMap}>
          ${m.showMap}
        </button>
      </p>
      ${note ? html`<p class="ssf-meta ssf-map-note" id=${host.uid('map-note')}>${note}</p>` : nothing}`}
  </div>`;
}
