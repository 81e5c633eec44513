import { now } from '../../core/clock.js';
import { createElement, type Child } from '../../core/dom.js';
import { isAbortError, toLoadError, type LoadError } from '../../core/errors.js';
import { WidgetErrorEvent, WidgetLoadedEvent } from '../../core/events.js';
import { berlinDay, formatDate, LocalizeController } from '../../core/i18n.js';
import { coreMessages } from '../../core/messages.js';
import { safeUrl } from '../../core/sanitize.js';
import { adoptScopedStyles } from '../../core/scoped-styles.js';
import { widgetStyles } from '../../core/styles.js';
import { VERSION } from '../../core/version.js';
import { listStatus, loadMeetingList, parseDay, type ListedMeeting, type MeetingListData, type MeetingSource, type MeetingsShown } from '../../oparl/meetings.js';
import { listMessages, type ListMessages } from './meeting-list.messages.js';
import { listStyles } from './meeting-list.styles.js';

/*
 * No Lit here, as in the consent core (see CONTRIBUTING): the list sits on homepages and has a budget of
 * 12 KB, and Lit alone is 5.4 KB of it. A change of attribute or language re-renders on the next microtask
 * with fresh nodes (core/dom.ts), so text a translator or read-aloud tool rewrote never keeps an old value;
 * only the wrapper and its status region stay, with their text rewritten, so that screen readers follow the
 * region. Opening an agenda and a calendar failure change only their own nodes, so focus stays where it is.
 */

const DEFAULT_COUNT = 5;
const MAX_COUNT = 50;
const DEFAULT_TIMEOUT_SECONDS = 15;
const DEFAULT_HEADING_LEVEL = 2;

/** Counts instances for page-unique ids, on the global object as the Lit widgets do (widget-element.ts). */
const INSTANCES = Symbol.for('herne-widgets.instances');

function nextInstance(): number {
  const counter = globalThis as { [INSTANCES]?: number };
  counter[INSTANCES] = (counter[INSTANCES] ?? 0) + 1;
  return counter[INSTANCES];
}

type LoadState = { status: 'idle' } | { status: 'loading' } | { status: 'loaded'; data: MeetingListData } | { status: 'error'; error: LoadError };

type DatedMeeting = ListedMeeting & { start: Date };

/** The `show` attribute, with `upcoming` for anything else. */
function shownOf(value: string | undefined): MeetingsShown {
  return value === 'past' || value === 'both' ? value : 'upcoming';
}

/** The `count` attribute as a whole number from 1 to 50, with 5 for anything else. */
function countOf(value: number): number {
  if (!Number.isFinite(value) || value < 1) return DEFAULT_COUNT;
  return Math.min(MAX_COUNT, Math.floor(value));
}

/** A number attribute: its value, or `fallback` when it is missing. */
function numberOf(value: string | null, fallback: number): number {
  return value === null ? fallback : Number(value);
}

/**
 * The agenda link a city's own page gives: `{id}` in the template becomes the meeting's OParl URL (encoded);
 * relative templates count from the page. Only http(s) links come out.
 */
export function agendaLink(template: string | undefined, meetingId: string): string | undefined {
  const text = template?.trim();
  if (!text) return undefined;
  return safeUrl(text.replaceAll('{id}', encodeURIComponent(meetingId)), undefined, document.baseURI);
}

/** The `webcal:` form of an http(s) feed, which phones and Apple Calendar open as a subscription. */
export function webcalLink(feed: string): string {
  return feed.replace(/^https?:/, 'webcal:');
}

function button(attributes: Readonly<Record<string, string | undefined>>, children: readonly Child[], onClick: () => void): HTMLButtonElement {
  const element = createElement('button', { type: 'button', ...attributes }, children);
  element.addEventListener('click', onClick);
  return element;
}

function visuallyHidden(text: string): HTMLSpanElement {
  return createElement('span', { class: 'hw-visually-hidden' }, [text]);
}

function note(text: string): HTMLParagraphElement {
  return createElement('p', { class: 'ml-note', part: 'notice' }, [text]);
}

/**
 * The next (or the last) meetings of a committee or of the whole council, each a click from its agenda, with
 * calendar files and a calendar subscription. Reads OParl 1.0/1.1 directly, walking an organisation's meeting
 * list backwards from its last page and stopping as soon as it has enough, or the mirror's index files.
 *
 * @summary The next meetings of a committee from OParl.
 * @tagname meeting-list
 *
 * @fires widget-loaded - The list has loaded and rendered. `count` is the number of meetings shown.
 * @fires widget-error - Loading failed; the element shows the error and offers to try again. Carries `kind`, `status`, `url`.
 *
 * @csspart base - The whole list.
 * @csspart heading - "Nächste Sitzungen" / "Vergangene Sitzungen".
 * @csspart list - The ordered list of meetings.
 * @csspart meeting - One meeting.
 * @csspart when - Its date and time (a heading).
 * @csspart committee - Its committee's name.
 * @csspart place - Its place.
 * @csspart badge - Its status (abgesagt, läuft gerade, geändert).
 * @csspart actions - The agenda and calendar controls of a meeting.
 * @csspart agenda - The agenda opened in place.
 * @csspart notice - A note (none planned, incomplete list).
 * @csspart calendar - The subscription or download for the whole list.
 * @csspart status - The loading status region.
 * @csspart error - The error message with its retry button.
 * @csspart retry-button - "Erneut versuchen".
 *
 * @cssprop --herne-color-accent - Accent colour (buttons, the line beside each meeting); default a Herne blue.
 * @cssprop --herne-color-text - Text colour.
 * @cssprop --herne-color-bg - Background.
 * @cssprop --herne-color-surface - Background of the meetings.
 * @cssprop --herne-color-border - Lines and outlines.
 * @cssprop --herne-color-focus - Focus ring.
 * @cssprop --herne-font-family - Font (inherits the page's by default).
 * @cssprop --herne-radius - Corner radius.
 */
export class MeetingList extends HTMLElement {
  /** @internal */
  static version = VERSION;
  /** @internal */
  static get observedAttributes(): string[] {
    return ['organization', 'body', 'src', 'count', 'show', 'from', 'to', 'agenda-url', 'feed', 'timeout', 'heading-level'];
  }

  /**
   * URL of an OParl Organization (a committee): its meetings.
   * @attr organization
   */
  get organization(): string | undefined {
    return this.getAttribute('organization') ?? undefined;
  }
  set organization(value: string | undefined) {
    this.#reflect('organization', value);
  }

  /**
   * URL of an OParl Body: the meetings of all its committees. Used when `organization` is empty.
   * @attr body
   */
  get body(): string | undefined {
    return this.getAttribute('body') ?? undefined;
  }
  set body(value: string | undefined) {
    this.#reflect('body', value);
  }

  /**
   * URL of a mirror index file (`…/upcoming.json` or `…/past.json`). Used when `organization` and `body` are empty.
   * @attr src
   */
  get src(): string | undefined {
    return this.getAttribute('src') ?? undefined;
  }
  set src(value: string | undefined) {
    this.#reflect('src', value);
  }

  /**
   * How many meetings to show (1 to 50).
   * @default 5
   * @attr count
   */
  get count(): number {
    return numberOf(this.getAttribute('count'), DEFAULT_COUNT);
  }
  set count(value: number) {
    this.#reflect('count', String(value));
  }

  /**
   * `upcoming` (the next meetings), `past` (the latest ones, newest first) or `both`.
   * @default 'upcoming'
   * @attr show
   */
  get show(): string {
    return this.getAttribute('show') ?? 'upcoming';
  }
  set show(value: string) {
    this.#reflect('show', value);
  }

  /**
   * Only meetings from this day on (`2027-01-01`, Europe/Berlin) or this instant.
   * @attr from
   */
  get from(): string | undefined {
    return this.getAttribute('from') ?? undefined;
  }
  set from(value: string | undefined) {
    this.#reflect('from', value);
  }

  /**
   * Only meetings up to the end of this day (`2027-06-30`, Europe/Berlin) or this instant.
   * @attr to
   */
  get to(): string | undefined {
    return this.getAttribute('to') ?? undefined;
  }
  set to(value: string | undefined) {
    this.#reflect('to', value);
  }

  /**
   * Where a meeting's agenda is on your site: `{id}` becomes the meeting's OParl URL (encoded), e.g.
   * `/politik/sitzung?src={id}`. Without it, the agenda opens in place below the meeting.
   * @attr agenda-url
   */
  get agendaUrl(): string | undefined {
    return this.getAttribute('agenda-url') ?? undefined;
  }
  set agendaUrl(value: string | undefined) {
    this.#reflect('agenda-url', value);
  }

  /**
   * URL of an iCalendar feed of these meetings (the mirror writes one per committee), `https:` or `webcal:`,
   * or its path on your site: offered to subscribe to.
   * @attr feed
   */
  get feed(): string | undefined {
    return this.getAttribute('feed') ?? undefined;
  }
  set feed(value: string | undefined) {
    this.#reflect('feed', value);
  }

  /**
   * Seconds to wait for each answer of the server.
   * @default 15
   * @attr timeout
   */
  get timeout(): number {
    return numberOf(this.getAttribute('timeout'), DEFAULT_TIMEOUT_SECONDS);
  }
  set timeout(value: number) {
    this.#reflect('timeout', String(value));
  }

  /**
   * The level of the widget's main heading, to fit the page's outline (1 to 5); its other headings follow below it.
   * @default 2
   * @attr heading-level
   */
  get headingLevel(): number {
    return numberOf(this.getAttribute('heading-level'), DEFAULT_HEADING_LEVEL);
  }
  set headingLevel(value: number) {
    this.#reflect('heading-level', String(value));
  }

  readonly #controllers: { hostConnected(): void; hostDisconnected(): void }[] = [];
  /** @internal After #controllers, which it joins. */
  protected readonly localize = new LocalizeController(this);
  readonly #idPrefix = `hw${nextInstance()}`;
  #state: LoadState = { status: 'idle' };
  /** The inputs of the last load: a render with other inputs loads again. */
  #loadedWith = '';
  #abort: AbortController | undefined;
  #rendering: Promise<void> | undefined;
  /** Meetings whose agenda is open, and those opened once (their agenda stays loaded when closed). */
  readonly #expanded = new Set<string>();
  readonly #opened = new Set<string>();
  /**
   * The wrapper and its status region stay the same nodes across renders, as in the Lit widgets: a live region
   * made anew with each render may be missed by screen readers, so only its text changes.
   */
  readonly #status = createElement('div', { role: 'status', part: 'status' });
  readonly #wrapper = createElement('div', { class: 'hw-state', tabindex: '-1' }, [this.#status]);

  /** `timeout` in milliseconds, with the default for anything that is not a positive number. @internal */
  get timeoutMs(): number {
    const seconds = Number.isFinite(this.timeout) && this.timeout > 0 ? this.timeout : DEFAULT_TIMEOUT_SECONDS;
    return seconds * 1000;
  }

  /** Resolves once the latest change has rendered (as a Lit element's `updateComplete`). @internal */
  get updateComplete(): Promise<boolean> {
    return (this.#rendering ?? Promise.resolve()).then(() => true);
  }

  /** For LocalizeController, which follows the page's language. @internal */
  addController(controller: { hostConnected(): void; hostDisconnected(): void }): void {
    this.#controllers.push(controller);
  }

  /** @internal */
  removeController(controller: { hostConnected(): void; hostDisconnected(): void }): void {
    this.#controllers.splice(this.#controllers.indexOf(controller), 1);
  }

  /** Renders on the next microtask, once however many changes come before it. @internal */
  requestUpdate(): void {
    this.#rendering ??= Promise.resolve().then(() => this.#update());
  }

  connectedCallback(): void {
    adoptScopedStyles(this, () => [...widgetStyles, listStyles]);
    for (const controller of this.#controllers) controller.hostConnected();
    this.requestUpdate();
  }

  disconnectedCallback(): void {
    for (const controller of this.#controllers) controller.hostDisconnected();
    // Removed mid-load: stop, and load again when it comes back.
    if (this.#state.status === 'loading') {
      this.#abort?.abort();
      this.#loadedWith = '';
    }
  }

  attributeChangedCallback(): void {
    this.requestUpdate();
  }

  #reflect(name: string, value: string | undefined): void {
    if (value === undefined) this.removeAttribute(name);
    else this.setAttribute(name, value);
  }

  /** The level of a heading `offset` levels below the main one (`heading-level`), never deeper than 6. */
  #heading(offset: number): string {
    const level = Number.isFinite(this.headingLevel) ? Math.min(5, Math.max(1, Math.round(this.headingLevel))) : DEFAULT_HEADING_LEVEL;
    return String(Math.min(6, level + offset));
  }

  /** An id for one of this instance's elements, unique on the page ("hw3-upcoming"). */
  #uid(name: string): string {
    return `${this.#idPrefix}-${name}`;
  }

  #source(): MeetingSource | undefined {
    const organization = this.organization?.trim();
    if (organization) return { kind: 'organization', url: organization };
    const body = this.body?.trim();
    if (body) return { kind: 'body', url: body };
    const src = this.src?.trim();
    return src ? { kind: 'index', url: src } : undefined;
  }

  async #update(): Promise<void> {
    // A language that loads on demand is ready first, so that nobody sees German and then English.
    await this.localize.prepare([coreMessages, listMessages]);
    this.#rendering = undefined;
    if (!this.isConnected) return;
    const source = this.#source();
    const inputs = JSON.stringify([source, countOf(this.count), shownOf(this.show), this.from?.trim(), this.to?.trim(), this.timeoutMs]);
    if (inputs !== this.#loadedWith) {
      this.#loadedWith = inputs;
      this.#load(source);
    }
    this.#render();
  }

  /** Starts loading; an answer for inputs that have changed meanwhile is dropped (its request is aborted). */
  #load(source: MeetingSource | undefined): void {
    this.#abort?.abort();
    this.#expanded.clear();
    this.#opened.clear();
    if (!source) {
      this.#state = { status: 'idle' };
      return;
    }
    const abort = new AbortController();
    this.#abort = abort;
    this.#state = { status: 'loading' };
    const show = shownOf(this.show);
    const select = { now: new Date(now()), count: countOf(this.count), show, from: parseDay(this.from?.trim() || undefined, false), to: parseDay(this.to?.trim() || undefined, true) };
    loadMeetingList(source, select, { signal: abort.signal, timeoutMs: this.timeoutMs }).then(
      (data) => {
        if (abort.signal.aborted) return;
        this.#state = { status: 'loaded', data };
        this.#render();
        const count = data.upcoming.length + (show === 'upcoming' ? 0 : data.past.length);
        this.dispatchEvent(new WidgetLoadedEvent(source.url, count));
      },
      (error: unknown) => {
        if (abort.signal.aborted || isAbortError(error)) return;
        const loadError = toLoadError(error);
        this.#state = { status: 'error', error: loadError };
        this.#render();
        this.dispatchEvent(new WidgetErrorEvent({ kind: loadError.kind, status: loadError.status, url: loadError.url, message: loadError.message }));
      },
    );
  }

  #retry = (): void => {
    this.#loadedWith = '';
    this.requestUpdate();
  };

  /** Renders the current state inside one wrapper with the status region, as the Lit widgets' DataController. */
  #render(): void {
    const t = this.localize.messages(listMessages);
    const state = this.#state;
    const loading = state.status === 'loading';
    let body: Child;
    if (state.status === 'idle') body = note(t.missingSource);
    else if (state.status === 'loaded') body = this.#renderList(state.data, t);
    else if (state.status === 'error') body = this.#renderError(t.errorTitle, state.error);
    const wrapper = this.#wrapper;
    const status = this.#status;
    wrapper.setAttribute('aria-busy', loading ? 'true' : 'false');
    status.className = loading ? 'hw-status hw-loading' : 'hw-status hw-visually-hidden';
    const message = loading ? t.loading : '';
    // The same words again are not written again, which some screen readers would repeat.
    if (status.textContent !== message) status.textContent = message;
    // Focus inside the widget ("Erneut versuchen", then the loading state) stays inside: the nodes below the
    // status region are replaced.
    const focused = this.contains(document.activeElement);
    if (wrapper.parentNode !== this) this.replaceChildren(wrapper);
    while (status.nextSibling) status.nextSibling.remove();
    if (body) wrapper.append(body);
    if (focused) wrapper.focus();
  }

  #renderError(title: string, error: LoadError): HTMLElement {
    const messages = this.localize.messages(coreMessages);
    return createElement('div', { class: 'hw-error', role: 'alert', part: 'error' }, [
      createElement('p', { class: 'hw-error-title' }, [title]),
      createElement('p', {}, [`${messages.cause(error)} ${messages.tryLater}`]),
      button({ class: 'hw-button', part: 'retry-button' }, [messages.retry], this.#retry),
    ]);
  }

  #renderList(data: MeetingListData, t: ListMessages): HTMLElement {
    const show = shownOf(this.show);
    const shown = show === 'upcoming' ? data.upcoming : [...data.upcoming, ...data.past];
    return createElement('div', { part: 'base', class: 'ml-base' }, [
      ...(show === 'past' ? [] : this.#renderUpcoming(data, show, t)),
      ...(show === 'upcoming' ? [] : this.#renderSection('past', t.pastHeading, data.past, data, t)),
      data.partial && note(t.partial),
      this.#renderCalendar(shown, data, t),
    ]);
  }

  #renderUpcoming(data: MeetingListData, show: MeetingsShown, t: ListMessages): Child[] {
    if (data.upcoming.length > 0 || show === 'both') return this.#renderSection('upcoming', t.upcomingHeading, data.upcoming, data, t);
    const last = data.past[0];
    if (!last) return [this.#renderHeading('upcoming', t.upcomingHeading), note(t.noneUpcoming)];
    return [
      this.#renderHeading('upcoming', t.upcomingHeading),
      note(t.noneUpcoming),
      createElement('p', { class: 'ml-last' }, [t.lastMeeting]),
      createElement('ol', { class: 'ml-list', part: 'list' }, [this.#renderMeeting(last, data, t)]),
    ];
  }

  #renderHeading(name: string, text: string): HTMLElement {
    return createElement('div', { role: 'heading', 'aria-level': this.#heading(0), id: this.#uid(name), class: 'ml-heading', part: 'heading' }, [text]);
  }

  #renderSection(name: string, heading: string, meetings: ListedMeeting[], data: MeetingListData, t: ListMessages): Child[] {
    if (meetings.length === 0) return [this.#renderHeading(name, heading), note(name === 'upcoming' ? t.noneUpcoming : t.nonePast)];
    const list = createElement('ol', { class: 'ml-list', part: 'list', 'aria-labelledby': this.#uid(name) }, meetings.map((meeting) => this.#renderMeeting(meeting, data, t)));
    return [this.#renderHeading(name, heading), list];
  }

  #committeeOf(meeting: ListedMeeting, data: MeetingListData, t: ListMessages): string {
    const names = meeting.organizationUrls.map((url) => data.committees.get(url)).filter((name): name is string => name !== undefined);
    if (names.length > 0) return [...new Set(names)].join(', ');
    return meeting.name ?? t.untitled;
  }

  #day(date: Date): string {
    return formatDate(date, this.localize.locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  }

  #clock(date: Date): string {
    return formatDate(date, this.localize.locale, { hour: '2-digit', minute: '2-digit' });
  }

  #when(meeting: DatedMeeting, t: ListMessages): string {
    const day = this.#day(meeting.start);
    if (meeting.dateOnly) return `${day} (${t.noTime})`;
    const time = meeting.end ? t.timeRange(this.#clock(meeting.start), this.#clock(meeting.end)) : t.timeStart(this.#clock(meeting.start));
    return `${day}, ${time}`;
  }

  #renderMeeting(meeting: ListedMeeting, data: MeetingListData, t: ListMessages): Child {
    if (!meeting.start) return undefined;
    const dated = meeting as DatedMeeting;
    const committee = this.#committeeOf(meeting, data, t);
    const status = listStatus(meeting, now());
    // A day without a time is given as that day, not as the instant its midnight is in UTC (the day before).
    const time = createElement('time', { datetime: meeting.dateOnly ? berlinDay(dated.start) : dated.start.toISOString() }, [this.#when(dated, t)]);
    const context = t.ofMeeting(committee, this.#day(dated.start));
    const place = meeting.location
      ? createElement('p', { class: 'ml-place', part: 'place' }, [visuallyHidden(`${t.place}: `), createElement('span', { translate: 'no' }, [meeting.location.lines.join(', ')])])
      : undefined;
    const download = meeting.placeholder ? undefined : button({ class: 'hw-button' }, [t.addToCalendar, visuallyHidden(context)], () => {
      void this.#download([dated], data, t);
    });
    return createElement('li', { class: status ? `ml-meeting ml-is-${status}` : 'ml-meeting', part: 'meeting' }, [
      createElement('div', { role: 'heading', 'aria-level': this.#heading(1), class: 'ml-when', part: 'when' }, [status === 'cancelled' ? createElement('s', {}, [time]) : time]),
      createElement('p', { class: 'ml-committee', part: 'committee' }, [committee]),
      meeting.name !== undefined && meeting.name !== committee && createElement('p', { class: 'ml-name' }, [meeting.name]),
      status && this.#renderStatus(status, t),
      place,
      ...this.#renderAgenda(meeting, data, context, t, download),
    ]);
  }

  #renderStatus(status: 'cancelled' | 'running' | 'rescheduled', t: ListMessages): HTMLElement {
    let notice: string | undefined;
    if (status === 'cancelled') notice = t.cancelledNotice;
    else if (status === 'rescheduled') notice = t.rescheduledNotice;
    const badge = createElement('span', { class: `ml-badge ml-${status}`, part: 'badge' }, [t.statuses[status]]);
    if (!notice) return createElement('p', { class: 'ml-status' }, [badge]);
    return createElement('p', { class: 'ml-status' }, [badge, ' ', createElement('span', { class: 'ml-notice' }, [notice])]);
  }

  /** The meeting's controls (agenda link or toggle, calendar file) and, without `agenda-url`, the agenda's panel. */
  #renderAgenda(meeting: ListedMeeting, data: MeetingListData, context: string, t: ListMessages, download: Child): HTMLElement[] {
    const actions = (control: HTMLElement): HTMLElement => createElement('div', { class: 'ml-actions hw-no-print rs_skip', part: 'actions' }, [control, download]);
    const link = agendaLink(this.agendaUrl, meeting.id);
    if (link) return [actions(createElement('a', { class: 'hw-button hw-primary', href: link }, [t.agenda, visuallyHidden(context)]))];
    const panelId = this.#uid(`agenda-${[...data.upcoming, ...data.past].indexOf(meeting)}`);
    const panel = createElement('div', { id: panelId, class: 'ml-agenda', part: 'agenda' });
    const toggle = button({ class: 'hw-button hw-primary ml-toggle', 'aria-controls': panelId }, [t.agenda, visuallyHidden(context)], () => {
      this.#toggleAgenda(meeting, toggle, panel);
    });
    this.#showAgenda(meeting, toggle, panel);
    return [actions(toggle), panel];
  }

  /** Opens or closes the agenda in place; its code and data load when it is first opened. */
  #toggleAgenda(meeting: ListedMeeting, toggle: HTMLElement, panel: HTMLElement): void {
    if (this.#expanded.has(meeting.id)) {
      this.#expanded.delete(meeting.id);
    } else {
      this.#expanded.add(meeting.id);
      if (!this.#opened.has(meeting.id)) {
        this.#opened.add(meeting.id);
        void import('../meeting-agenda/define.js');
      }
    }
    this.#showAgenda(meeting, toggle, panel);
  }

  /** Shows the agenda's state on its toggle and panel; the agenda, once opened, stays in its panel. */
  #showAgenda(meeting: ListedMeeting, toggle: HTMLElement, panel: HTMLElement): void {
    const open = this.#expanded.has(meeting.id);
    toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    panel.hidden = !open;
    if (this.#opened.has(meeting.id) && !panel.firstChild) {
      panel.append(createElement('meeting-agenda', { src: meeting.id, 'heading-level': this.#heading(2), timeout: String(this.timeout) }));
    }
  }

  #renderCalendar(shown: ListedMeeting[], data: MeetingListData, t: ListMessages): Child {
    // A webcal: feed is offered as it is, and as the https: address it stands for.
    const feed = safeUrl(this.feed?.trim().replace(/^webcal:/i, 'https:'), undefined, document.baseURI) ?? data.feed;
    if (feed) {
      return createElement('div', { class: 'ml-calendar hw-no-print', part: 'calendar' }, [
        createElement('p', {}, [createElement('a', { class: 'hw-button', href: webcalLink(feed) }, [t.subscribe])]),
        createElement('p', {}, [`${t.subscribeHttps}: `, createElement('a', { href: feed, translate: 'no', class: 'ml-feed' }, [feed])]),
        createElement('p', { class: 'ml-help' }, [t.subscribeHelp]),
      ]);
    }
    const events = shown.filter((meeting): meeting is DatedMeeting => meeting.start !== undefined && !meeting.placeholder);
    if (events.length === 0) return undefined;
    return createElement('div', { class: 'ml-calendar hw-no-print rs_skip', part: 'calendar' }, [
      button({ class: 'hw-button' }, [t.downloadAll(events.length)], () => {
        void this.#download(events, data, t);
      }),
    ]);
  }

  /** Makes and saves a calendar file (a lazy chunk); a failure shows an alert below the list's calendar controls. */
  async #download(meetings: DatedMeeting[], data: MeetingListData, t: ListMessages): Promise<void> {
    let failed = false;
    try {
      const { downloadMeetings } = await import('./calendar.js');
      downloadMeetings(this, meetings.map((meeting) => ({ meeting, title: this.#committeeOf(meeting, data, t) })), t, new Date(now()));
    } catch {
      failed = true;
    }
    // Only the alert changes: the rest stays, and focus with it.
    this.querySelector('.ml-calendar-failed')?.remove();
    if (failed) this.querySelector('.ml-calendar')?.append(createElement('p', { role: 'alert', class: 'ml-note ml-calendar-failed', part: 'notice' }, [t.calendarFailed]));
  }
}
