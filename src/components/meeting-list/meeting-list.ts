import { nothing, type TemplateResult } from 'lit';
import { now } from '../../core/clock.js';
import { DataController, initialState } from '../../core/data-controller.js';
import { formatDate } from '../../core/i18n.js';
import { safeUrl } from '../../core/sanitize.js';
import { html } from '../../core/template.js';
import { WidgetElement } from '../../core/widget-element.js';
import { listStatus, loadMeetingList, parseDay, type ListedMeeting, type MeetingListData, type MeetingSource, type MeetingsShown } from '../../oparl/meetings.js';
import { listMessages, type ListMessages } from './meeting-list.messages.js';
import { listStyles } from './meeting-list.styles.js';

const DEFAULT_COUNT = 5;
const MAX_COUNT = 50;

// Strings and numbers only: the task compares its arguments shallowly and loads again when one changes.
type ListArgs = readonly [MeetingSource['kind'] | undefined, string | undefined, number, MeetingsShown, string | undefined, string | undefined, number];

/** The `show` attribute, with `upcoming` for anything else. */
function shownOf(value: string | undefined): MeetingsShown {
  return value === 'past' || value === 'both' ? value : 'upcoming';
}

/** The `count` attribute as a whole number from 1 to 50, with 5 for anything else. */
function countOf(value: number): number {
  if (!Number.isFinite(value) || value < 1) return DEFAULT_COUNT;
  return Math.min(MAX_COUNT, Math.floor(value));
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
export class MeetingList extends WidgetElement {
  static override properties = {
    organization: { type: String },
    body: { type: String },
    src: { type: String },
    count: { type: Number },
    show: { type: String },
    from: { type: String },
    to: { type: String },
    agendaUrl: { type: String, attribute: 'agenda-url' },
    feed: { type: String },
  };

  static override css = [...WidgetElement.css, listStyles];
  /** @internal */
  static override catalogues = [...WidgetElement.catalogues, listMessages];

  /** URL of an OParl Organization (a committee): its meetings. */
  declare organization: string | undefined;
  /** URL of an OParl Body: the meetings of all its committees. Used when `organization` is empty. */
  declare body: string | undefined;
  /** URL of a mirror index file (`…/upcoming.json` or `…/past.json`). Used when `organization` and `body` are empty. */
  declare src: string | undefined;
  /**
   * How many meetings to show (1 to 50).
   * @default 5
   */
  declare count: number;
  /**
   * `upcoming` (the next meetings), `past` (the latest ones, newest first) or `both`.
   * @default 'upcoming'
   */
  declare show: string;
  /** Only meetings from this day on (`2027-01-01`, Europe/Berlin) or this instant. */
  declare from: string | undefined;
  /** Only meetings up to the end of this day (`2027-06-30`, Europe/Berlin) or this instant. */
  declare to: string | undefined;
  /**
   * Where a meeting's agenda is on your site: `{id}` becomes the meeting's OParl URL (encoded), e.g.
   * `/politik/sitzung?src={id}`. Without it, the agenda opens in place below the meeting.
   */
  declare agendaUrl: string | undefined;
  /** URL of an iCalendar feed of these meetings (the mirror writes one per committee): offered to subscribe to. */
  declare feed: string | undefined;

  /** Meetings whose agenda is open, and those opened once (their agenda stays loaded when closed). */
  private readonly expanded = new Set<string>();
  private readonly opened = new Set<string>();
  private calendarFailed = false;

  constructor() {
    super();
    this.count = DEFAULT_COUNT;
    this.show = 'upcoming';
  }

  private source(): MeetingSource | undefined {
    const organization = this.organization?.trim();
    if (organization) return { kind: 'organization', url: organization };
    const body = this.body?.trim();
    if (body) return { kind: 'body', url: body };
    const src = this.src?.trim();
    return src ? { kind: 'index', url: src } : undefined;
  }

  private readonly data = new DataController<ListArgs, MeetingListData>(this, {
    args: () => {
      const source = this.source();
      return [source?.kind, source?.url, countOf(this.count), shownOf(this.show), this.from?.trim() || undefined, this.to?.trim() || undefined, this.timeoutMs] as const;
    },
    load: async ([kind, url, count, show, from, to, timeoutMs], signal) => {
      if (!kind || !url) return initialState;
      this.expanded.clear();
      this.opened.clear();
      const select = { now: new Date(now()), count, show, from: parseDay(from, false), to: parseDay(to, true) };
      return loadMeetingList({ kind, url }, select, { signal, timeoutMs });
    },
    source: ([, url]) => url,
    count: (data) => data.upcoming.length + (shownOf(this.show) === 'upcoming' ? 0 : data.past.length),
  });

  override render(): TemplateResult {
    const t = this.localize.messages(listMessages);
    return this.data.render({
      loading: t.loading,
      errorTitle: t.errorTitle,
      idle: () => html`<p class="ml-note" part="notice">${t.missingSource}</p>`,
      complete: (data) => this.renderList(data, t),
    });
  }

  private renderList(data: MeetingListData, t: ListMessages): TemplateResult {
    const show = shownOf(this.show);
    const shown = show === 'upcoming' ? data.upcoming : [...data.upcoming, ...data.past];
    return html`<div part="base" class="ml-base">
      ${show === 'past' ? nothing : this.renderUpcoming(data, show, t)}
      ${show === 'upcoming' ? nothing : this.renderSection('past', t.pastHeading, data.past, data, t)}
      ${data.partial ? html`<p class="ml-note" part="notice">${t.partial}</p>` : nothing}
      ${this.renderCalendar(shown, data, t)}
    </div>`;
  }

  private renderUpcoming(data: MeetingListData, show: MeetingsShown, t: ListMessages): TemplateResult {
    if (data.upcoming.length > 0 || show === 'both') return this.renderSection('upcoming', t.upcomingHeading, data.upcoming, data, t);
    const last = data.past[0];
    return html`${this.renderHeading('upcoming', t.upcomingHeading)}
      <p class="ml-note" part="notice">${t.noneUpcoming}</p>
      ${last
        ? html`<p class="ml-last">${t.lastMeeting}</p>
            <ol class="ml-list" part="list">${this.renderMeeting(last, data, t)}</ol>`
        : nothing}`;
  }

  private renderHeading(name: string, text: string): TemplateResult {
    return html`<div role="heading" aria-level=${this.heading(0)} id=${this.uid(name)} class="ml-heading" part="heading">${text}</div>`;
  }

  private renderSection(name: string, heading: string, meetings: ListedMeeting[], data: MeetingListData, t: ListMessages): TemplateResult {
    return html`${this.renderHeading(name, heading)}
      ${meetings.length === 0
        ? html`<p class="ml-note" part="notice">${name === 'upcoming' ? t.noneUpcoming : t.nonePast}</p>`
        : html`<ol class="ml-list" part="list" aria-labelledby=${this.uid(name)}>
            ${meetings.map((meeting) => this.renderMeeting(meeting, data, t))}
          </ol>`}`;
  }

  private committeeOf(meeting: ListedMeeting, data: MeetingListData, t: ListMessages): string {
    const names = meeting.organizationUrls.map((url) => data.committees.get(url)).filter((name): name is string => name !== undefined);
    if (names.length > 0) return [...new Set(names)].join(', ');
    return meeting.name ?? t.untitled;
  }

  private day(date: Date): string {
    return formatDate(date, this.localize.locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  }

  private clock(date: Date): string {
    return formatDate(date, this.localize.locale, { hour: '2-digit', minute: '2-digit' });
  }

  private when(meeting: ListedMeeting & { start: Date }, t: ListMessages): string {
    const day = this.day(meeting.start);
    if (meeting.dateOnly) return `${day} (${t.noTime})`;
    const time = meeting.end ? t.timeRange(this.clock(meeting.start), this.clock(meeting.end)) : t.timeStart(this.clock(meeting.start));
    return `${day}, ${time}`;
  }

  private renderMeeting(meeting: ListedMeeting, data: MeetingListData, t: ListMessages): TemplateResult {
    if (!meeting.start) return html``;
    const dated = meeting as ListedMeeting & { start: Date };
    const committee = this.committeeOf(meeting, data, t);
    const status = listStatus(meeting, now());
    const time = html`<time datetime=${dated.start.toISOString()}>${this.when(dated, t)}</time>`;
    const context = t.ofMeeting(committee, this.day(dated.start));
    return html`<li class="ml-meeting ${status ? `ml-is-${status}` : ''}" part="meeting">
      <div role="heading" aria-level=${this.heading(1)} class="ml-when" part="when">${status === 'cancelled' ? html`<s>${time}</s>` : time}</div>
      <p class="ml-committee" part="committee">${committee}</p>
      ${meeting.name && meeting.name !== committee ? html`<p class="ml-name">${meeting.name}</p>` : nothing}
      ${status ? this.renderStatus(status, t) : nothing}
      ${meeting.location
        ? html`<p class="ml-place" part="place"><span class="hw-visually-hidden">${t.place}: </span><span translate="no">${meeting.location.lines.join(', ')}</span></p>`
        : nothing}
      <div class="ml-actions hw-no-print rs_skip" part="actions">
        ${this.renderAgendaControl(meeting, context, t)}
        ${meeting.placeholder
          ? nothing
          : html`<button type="button" class="hw-button" @click=${() => this.downloadOne(dated, committee, t)}>
              ${t.addToCalendar}<span class="hw-visually-hidden">${context}</span>
            </button>`}
      </div>
      ${this.renderAgendaPanel(meeting)}
    </li>`;
  }

  private renderStatus(status: 'cancelled' | 'running' | 'rescheduled', t: ListMessages): TemplateResult {
    let notice: string | undefined;
    if (status === 'cancelled') notice = t.cancelledNotice;
    else if (status === 'rescheduled') notice = t.rescheduledNotice;
    return html`<p class="ml-status"><span class="ml-badge ml-${status}" part="badge">${t.statuses[status]}</span>${notice ? html` <span class="ml-notice">${notice}</span>` : nothing}</p>`;
  }

  private panelId(meeting: ListedMeeting): string {
    const index = [...this.data.value!.upcoming, ...this.data.value!.past].indexOf(meeting);
    return this.uid(`agenda-${index}`);
  }

  private renderAgendaControl(meeting: ListedMeeting, context: string, t: ListMessages): TemplateResult {
    const link = agendaLink(this.agendaUrl, meeting.id);
    if (link) return html`<a class="hw-button hw-primary" href=${link}>${t.agenda}<span class="hw-visually-hidden">${context}</span></a>`;
    const open = this.expanded.has(meeting.id);
    return html`<button type="button" class="hw-button hw-primary ml-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls=${this.panelId(meeting)} @click=${() => this.toggleAgenda(meeting)}>
      ${t.agenda}<span class="hw-visually-hidden">${context}</span>
    </button>`;
  }

  private renderAgendaPanel(meeting: ListedMeeting): TemplateResult | typeof nothing {
    if (agendaLink(this.agendaUrl, meeting.id)) return nothing;
    const open = this.expanded.has(meeting.id);
    return html`<div id=${this.panelId(meeting)} class="ml-agenda" part="agenda" ?hidden=${!open}>
      ${this.opened.has(meeting.id)
        ? html`<meeting-agenda src=${meeting.id} heading-level=${this.heading(2)} timeout=${this.timeout}></meeting-agenda>`
        : nothing}
    </div>`;
  }

  /** Opens or closes the agenda in place; its code and data load when it is first opened. */
  private toggleAgenda(meeting: ListedMeeting): void {
    if (this.expanded.has(meeting.id)) {
      this.expanded.delete(meeting.id);
    } else {
      this.expanded.add(meeting.id);
      if (!this.opened.has(meeting.id)) {
        this.opened.add(meeting.id);
        void import('../meeting-agenda/define.js');
      }
    }
    this.requestUpdate();
  }

  private renderCalendar(shown: ListedMeeting[], data: MeetingListData, t: ListMessages): TemplateResult | typeof nothing {
    const feed = safeUrl(this.feed?.trim() || undefined) ?? data.feed;
    if (feed) {
      return html`<div class="ml-calendar hw-no-print" part="calendar">
        <p><a class="hw-button" href=${webcalLink(feed)}>${t.subscribe}</a></p>
        <p>${t.subscribeHttps}: <a href=${feed} translate="no" class="ml-feed">${feed}</a></p>
        <p class="ml-help">${t.subscribeHelp}</p>
        ${this.renderCalendarFailed(t)}
      </div>`;
    }
    const events = shown.filter((meeting) => meeting.start && !meeting.placeholder);
    if (events.length === 0) return this.renderCalendarFailed(t);
    return html`<div class="ml-calendar hw-no-print rs_skip" part="calendar">
      <button type="button" class="hw-button" @click=${() => this.downloadAll(events, data, t)}>${t.downloadAll(events.length)}</button>
      ${this.renderCalendarFailed(t)}
    </div>`;
  }

  private renderCalendarFailed(t: ListMessages): TemplateResult | typeof nothing {
    return this.calendarFailed ? html`<p role="alert" class="ml-note" part="notice">${t.calendarFailed}</p>` : nothing;
  }

  private async downloadOne(meeting: ListedMeeting & { start: Date }, committee: string, t: ListMessages): Promise<void> {
    await this.calendar(async () => {
      const { downloadMeetings } = await import('./calendar.js');
      downloadMeetings(this, [{ meeting, title: committee }], t, new Date(now()));
    });
  }

  private async downloadAll(meetings: ListedMeeting[], data: MeetingListData, t: ListMessages): Promise<void> {
    await this.calendar(async () => {
      const { downloadMeetings } = await import('./calendar.js');
      const entries = meetings.map((meeting) => ({ meeting: meeting as ListedMeeting & { start: Date }, title: this.committeeOf(meeting, data, t) }));
      downloadMeetings(this, entries, t, new Date(now()));
    });
  }

  private async calendar(make: () => Promise<void>): Promise<void> {
    try {
      await make();
      this.calendarFailed = false;
    } catch {
      this.calendarFailed = true;
    }
    this.requestUpdate();
  }
}
