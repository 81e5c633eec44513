import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import { now } from '../../core/clock.js';
import { DataController, initialState } from '../../core/data-controller.js';
import { isAbortError } from '../../core/errors.js';
import { fetchJson } from '../../core/fetch.js';
import { berlinDay, formatDate, formatFileSize, type Locale } from '../../core/i18n.js';
import { html } from '../../core/template.js';
import { WidgetElement } from '../../core/widget-element.js';
import { meetingOver } from '../../oparl/client.js';
import { isPlaceholderMeeting } from '../../oparl/decision.js';
import type { MeetingChoice } from '../../oparl/committee.js';
import { normaliseMeeting, normaliseOrganization } from '../../oparl/normalise.js';
import type { AgendaItemInfo, AgendaPart, MeetingDocument, MeetingInfo, OParlDocument, OParlOrganizationInfo } from '../../oparl/types.js';
import { agendaMessages, type AgendaMessages } from './meeting-agenda.messages.js';
import { agendaStyles } from './meeting-agenda.styles.js';
import type { AgendaEnhancements } from './enhance.js';
import type { PaperChip } from './paper-chips.js';

/** What the element loaded: the meeting, its committee, and (for `organization`) which meeting was chosen. */
export interface AgendaData {
  meeting: MeetingInfo | undefined;
  organization: OParlOrganizationInfo | undefined;
  choice: MeetingChoice | undefined;
}

export type MeetingStatus = 'cancelled' | 'running' | 'started' | 'ended' | 'upcoming';

/**
 * The agenda (Tagesordnung) of a council or committee meeting, read from an OParl 1.0/1.1 endpoint.
 *
 * Give it a meeting (`src`) or a committee (`organization`: it then shows the committee's next meeting, or
 * its latest one when none is planned). It renders from the meeting object alone (one request, plus one for
 * the committee's name); the papers behind the items load as they scroll into view.
 *
 * @summary The agenda of a council meeting from OParl.
 * @tagname meeting-agenda
 *
 * @fires widget-loaded - The agenda has loaded and rendered. `count` is the number of agenda items.
 * @fires widget-error - Loading failed; the element shows the error and offers to try again. Carries `kind`, `status`, `url`.
 *
 * @csspart base - The whole agenda (an `article`).
 * @csspart header - Committee, date, place, status and actions.
 * @csspart title - The committee's name.
 * @csspart notice - The cancellation notice.
 * @csspart actions - The calendar, print and RIS buttons.
 * @csspart agenda - The ordered list of agenda items (one per part).
 * @csspart item - One agenda item.
 * @csspart number - An item's number ("Ö 15").
 * @csspart paper - The paper chip of an item.
 * @csspart documents - The meeting's documents.
 * @csspart status - The loading status region.
 * @csspart error - The error message with its retry button.
 * @csspart retry-button - "Erneut versuchen".
 *
 * @cssprop --herne-color-accent - Accent colour (buttons, numbers); default a Herne blue.
 * @cssprop --herne-color-text - Text colour.
 * @cssprop --herne-color-bg - Background.
 * @cssprop --herne-color-surface - Background of chips and the header.
 * @cssprop --herne-color-border - Lines and outlines.
 * @cssprop --herne-color-focus - Focus ring.
 * @cssprop --herne-font-family - Font (inherits the page's by default).
 * @cssprop --herne-radius - Corner radius.
 * @cssprop --meeting-agenda-number-width - Width of the item number column (default 4.5rem).
 */
export class MeetingAgenda extends WidgetElement {
  static override properties = {
    src: { type: String },
    organization: { type: String },
  };

  static override css = [...WidgetElement.css, agendaStyles];
  /** @internal */
  static override catalogues = [...WidgetElement.catalogues, agendaMessages];

  /** URL of an OParl Meeting. */
  declare src: string | undefined;
  /** URL of an OParl Organization (committee): shows its next meeting, else its latest one. Used when `src` is empty. */
  declare organization: string | undefined;

  /*
   * Code that the first render does not need loads on demand, from chunks beside this file: the paper chips
   * once items with papers are on screen, the calendar file when asked for, committee discovery when used.
   */
  private enhancements: AgendaEnhancements | undefined;
  private enhancing = false;
  private calendarFailed = false;

  private readonly data = new DataController<readonly [string | undefined, string | undefined, number], AgendaData>(this, {
    args: () => [this.src?.trim() || undefined, this.organization?.trim() || undefined, this.timeoutMs] as const,
    load: ([src, organization, timeoutMs], signal) => this.load(src, organization, { signal, timeoutMs }),
    source: ([src, organization]) => src ?? organization,
    count: (data) => data.meeting?.itemCount ?? 0,
  });

  private async load(src: string | undefined, organizationUrl: string | undefined, options: { signal: AbortSignal; timeoutMs: number }): Promise<AgendaData | typeof initialState> {
    this.enhancements?.reset();
    if (src) {
      const meeting = normaliseMeeting(await fetchJson(src, options), src);
      const committeeUrl = meeting.organizationUrls[0];
      // The committee only adds its name: when it fails (members only, gone, broken), the meeting's own name stands in.
      const organization = committeeUrl
        ? await fetchJson(committeeUrl, options).then(
            (raw) => normaliseOrganization(raw, committeeUrl),
            (error: unknown) => {
              if (isAbortError(error)) throw error;
              return undefined;
            },
          )
        : undefined;
      return { meeting, organization, choice: undefined };
    }
    if (organizationUrl) {
      // Start the committee's request while its code loads; the two requests meet in the shared fetch.
      const [{ fetchCommitteeMeeting }] = await Promise.all([import('../../oparl/committee.js'), fetchJson(organizationUrl, options)]);
      return fetchCommitteeMeeting(organizationUrl, now(), options);
    }
    return initialState;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.enhancing || !this.data.value?.meeting) return;
    this.enhancing = true;
    void import('./enhance.js').then(({ AgendaEnhancements }) => {
      this.enhancements = new AgendaEnhancements(this);
      this.requestUpdate();
    });
  }

  override render(): TemplateResult {
    const t = this.localize.messages(agendaMessages);
    return this.data.render({
      loading: t.loading,
      errorTitle: t.errorTitle,
      idle: () => html`<p class="ma-note" part="notice">${t.missingSource}</p>`,
      complete: (data) => this.renderAgenda(data, t),
    });
  }

  private renderAgenda({ meeting, organization, choice }: AgendaData, t: AgendaMessages): TemplateResult {
    if (!meeting) return html`<p class="ma-note" part="notice">${t.noMeeting}</p>`;
    const locale = this.localize.locale;
    const title = organization?.name ?? meeting.name ?? t.untitled;
    const status = meetingStatus(meeting, now());
    const anchors = this.anchorPrefix();
    return html`<article part="base" aria-labelledby=${this.uid('title')}>
      <header part="header">
        ${choice ? html`<p class="ma-choice">${choice === 'next' ? t.nextMeeting : t.latestMeeting}</p>` : nothing}
        <div role="heading" aria-level=${this.heading(0)} id=${this.uid('title')} class="ma-meeting-title" part="title">${title}</div>
        ${meeting.name && meeting.name !== title ? html`<p class="ma-subtitle">${meeting.name}</p>` : nothing}
        ${status === 'cancelled' ? html`<p class="ma-notice" part="notice">${t.cancelledNotice}</p>` : nothing}
        <dl>
          <div>
            <dt>${t.date}</dt>
            <dd>${status === 'cancelled' ? html`<s>${this.renderWhen(meeting, t, locale)}</s>` : this.renderWhen(meeting, t, locale)}</dd>
          </div>
          ${meeting.location
            ? html`<div>
                <dt>${t.place}</dt>
                <dd>
                  <span translate="no">${meeting.location.lines.map((line) => html`<span class="ma-line">${line}</span>`)}</span>
                </dd>
              </div>`
            : nothing}
          ${status
            ? html`<div>
                <dt>${t.status}</dt>
                <dd><span class="ma-badge ma-${status}">${t.statuses[status]}</span></dd>
              </div>`
            : nothing}
        </dl>
        ${meeting.modified ? html`<p class="ma-updated">${t.updated(formatDate(meeting.modified, locale, { dateStyle: 'long', timeStyle: 'short' }))}</p>` : nothing}
        <div class="ma-actions hw-no-print" part="actions">
          ${meeting.start && !isPlaceholderMeeting(meeting)
            ? html`<button type="button" class="hw-button" @click=${() => this.downloadCalendar(meeting as MeetingInfo & { start: Date }, title, t)}>${t.addToCalendar}</button>`
            : nothing}
          ${meeting.web ? html`<a class="hw-button" href=${meeting.web}>${t.openInRis}</a>` : nothing}
        </div>
        ${this.calendarFailed ? html`<p role="alert" class="ma-notice">${t.calendarFailed}</p>` : nothing}
      </header>
      <!-- Sections carry no name: named, they would be landmarks, repeated by every agenda and card on a page. -->
      <section>
        <div role="heading" aria-level=${this.heading(1)} id=${this.uid('agenda')} class="ma-section-heading">${t.agenda}</div>
        ${meeting.agenda.length === 0
          ? html`<p class="ma-note">${status === 'ended' ? t.agendaNone : t.agendaEmpty}</p>`
          : meeting.agenda.map((part) => this.renderPart(part, meeting.agenda.length, anchors, t))}
      </section>
      ${meeting.documents.length
        ? html`<section part="documents">
            <div role="heading" aria-level=${this.heading(1)} id=${this.uid('documents')} class="ma-section-heading">${t.documents}</div>
            <ul class="ma-files">
              ${meeting.documents.map((doc) => this.renderDocument(doc, t, t.documentRole(doc.role)))}
            </ul>
          </section>`
        : nothing}
    </article>`;
  }

  private clock(date: Date): string {
    return formatDate(date, this.localize.locale, { hour: '2-digit', minute: '2-digit' });
  }

  private renderWhen(meeting: MeetingInfo, t: AgendaMessages, locale: Locale): TemplateResult {
    if (!meeting.start) return html`${t.noTime}`;
    const day = formatDate(meeting.start, locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
    if (meeting.dateOnly) return html`<time datetime=${berlinDay(meeting.start)}>${day}</time> (${t.noTime})`;
    const range = meeting.end ? t.timeRange(this.clock(meeting.start), this.clock(meeting.end)) : t.timeOpenEnd(this.clock(meeting.start));
    return html`<time datetime=${meeting.start.toISOString()}>${day}, ${range}</time>`;
  }

  /**
   * What this agenda's item anchors start with, so that a link to an item is unique on the page and stays
   * the same on the next visit: "top" for the page's first agenda ("#top-oe-15"), "top2" for the second.
   */
  private anchorPrefix(): string {
    const root = this.getRootNode() as Document | ShadowRoot;
    const position = [...root.querySelectorAll(this.localName)].indexOf(this);
    return position > 0 ? `top${position + 1}` : 'top';
  }

  private renderPart(part: AgendaPart, partCount: number, anchors: string, t: AgendaMessages): TemplateResult {
    // A single part of unknown publicity needs no heading of its own: "Tagesordnung" says it all.
    const heading = partCount > 1 || part.public !== undefined;
    const itemLevel = this.heading(heading ? 3 : 2);
    return html`${heading ? html`<div role="heading" aria-level=${this.heading(2)} class="ma-part-heading">${t.part(part.public)}</div>` : nothing}
      ${part.files.length ? html`<ul class="ma-files">${part.files.map((doc) => this.renderDocument(doc, t))}</ul>` : nothing}
      <ol class="ma-agenda" part="agenda">
        ${part.items.map((item) => this.renderItem(item, itemLevel, anchors, t))}
      </ol>`;
  }

  private renderItem(item: AgendaItemInfo, level: number, anchors: string, t: AgendaMessages): TemplateResult {
    // Non-public items show no links at all: no paper, no files, no permalink.
    const linkable = item.public !== false;
    const chip = linkable && item.consultationUrl ? this.enhancements?.chips.chip(item.consultationUrl) : undefined;
    const number = item.number ?? '';
    // The normalised anchor is "top-…"; this agenda's prefix makes it unique on the page.
    const anchor = `${anchors}${item.anchor.slice('top'.length)}`;
    return html`<li id=${anchor} tabindex="-1" part="item" class="ma-item" data-consultation=${linkable && item.consultationUrl ? item.consultationUrl : nothing}>
      <div class="ma-row">
        <span class="ma-number" part="number" translate="no">${number}</span>
        <div class="ma-item-body">
          <div role="heading" aria-level=${level} class="ma-item-title">
            ${number ? html`<span class="hw-visually-hidden" translate="no">${number}: </span>` : nothing}${item.title || t.untitled}
          </div>
          ${item.subtitle ? html`<p class="ma-item-subtitle">${item.subtitle}</p>` : nothing}
          <p class="ma-meta">
            <span class="ma-publicity ${item.public === false ? 'ma-closed' : ''}">${t.publicity(item.public)}</span>
          </p>
          ${chip ? this.renderChip(chip, t) : nothing}
          ${item.result ? html`<p class="ma-result"><strong>${t.result}:</strong> ${item.result}</p>` : nothing}
          ${linkable && (item.resolutionFile || item.files.length)
            ? html`<ul class="ma-files" aria-label=${t.files}>
                ${item.resolutionFile ? this.renderDocument(item.resolutionFile, t) : nothing}
                ${item.files.map((doc) => this.renderDocument(doc, t))}
              </ul>`
            : nothing}
          ${this.enhancements?.decision(item, { anchor, meeting: this.data.value!.meeting!, committee: this.data.value!.organization, level, locale: this.localize.locale })}
        </div>
        ${linkable && number
          ? html`<a class="ma-permalink hw-no-print rs_skip" href=${`#${anchor}`} aria-label=${t.itemLink(number)}>${t.itemLinkText}</a>`
          : nothing}
      </div>
      ${item.children.length ? html`<ol>${item.children.map((child) => this.renderItem(child, level, anchors, t))}</ol>` : nothing}
    </li>`;
  }

  private renderChip(chip: PaperChip, t: AgendaMessages): TemplateResult | typeof nothing {
    if (chip.state === 'ok') {
      const { reference, paperType, web } = chip.value;
      // The reference is a code: translation tools leave it as it is.
      const label = html`${t.paper}${reference ? html` <span translate="no">${reference}</span>` : nothing}${paperType ? ` (${paperType})` : nothing}`;
      return html`<p>${web ? html`<a class="ma-paper" part="paper" href=${web}>${label}</a>` : html`<span class="ma-paper" part="paper">${label}</span>`}</p>`;
    }
    const note = chipNote(chip, t);
    return note ? html`<p class="ma-paper ma-unavailable" part="paper">${note}</p>` : nothing;
  }

  private renderDocument(doc: OParlDocument | MeetingDocument, t: AgendaMessages, role?: string): TemplateResult {
    const details = t.fileDetails(doc.typeLabel, formatFileSize(doc.size, this.localize.locale));
    // A file named by its German role alone ("Einladung") is called by the role in the page's language.
    const namedByRole = doc.name === role || ('role' in doc && doc.name === agendaMessages.de.documentRole(doc.role));
    const name = role && !namedByRole ? `${role}: ${doc.name}` : (role ?? doc.name);
    const label = details ? `${name} (${details})` : name;
    return html`<li>${doc.url ? html`<a href=${doc.url}>${label}</a>` : label}</li>`;
  }

  private async downloadCalendar(meeting: MeetingInfo & { start: Date }, title: string, t: AgendaMessages): Promise<void> {
    try {
      const { downloadMeetingCalendar } = await import('./ics.js');
      downloadMeetingCalendar(this.renderRoot, meeting, title, t, new Date(now()));
      this.calendarFailed = false;
    } catch {
      this.calendarFailed = true;
    }
    this.requestUpdate();
  }
}

/** The note in place of a paper that is not shown: members only, or gone. Loading and failures show nothing. */
function chipNote(chip: PaperChip, t: AgendaMessages): string | undefined {
  if (chip.state === 'restricted') return t.paperRestricted;
  if (chip.state === 'missing') return t.paperMissing;
  return undefined;
}

/** Where the meeting stands now. Without a known end, a started meeting "has begun" until the day is over. */
export function meetingStatus(meeting: MeetingInfo, at: number): MeetingStatus | undefined {
  if (meeting.cancelled) return 'cancelled';
  // A "Sammeldatum" placeholder is no meeting that takes place: it has no status.
  if (!meeting.start || isPlaceholderMeeting(meeting)) return undefined;
  if (at < meeting.start.getTime()) return 'upcoming';
  if (at >= meetingOver(meeting)!) return 'ended';
  return meeting.end ? 'running' : 'started';
}
