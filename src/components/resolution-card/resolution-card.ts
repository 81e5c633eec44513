import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { now } from '../../core/clock.js';
import { DataController, initialState, type Idle } from '../../core/data-controller.js';
import { invalidData } from '../../core/errors.js';
import { fetchJson } from '../../core/fetch.js';
import { formatDate, formatFileSize } from '../../core/i18n.js';
import { isRecord } from '../../core/sanitize.js';
import { WidgetElement } from '../../core/widget-element.js';
import { meetingOver } from '../../oparl/client.js';
import {
  normaliseConsultation,
  normaliseMeeting,
  normaliseOrganization,
  normalisePaper,
  normaliseStandaloneAgendaItem,
  oparlType,
} from '../../oparl/normalise.js';
import { describePath, findAgendaItem, type PathStepInput } from '../../oparl/paper-path.js';
import { normalisePerson } from '../../oparl/person.js';
import { parseResult, parseVotes, VOTE_CHOICES, type ParsedResult, type VoteTally } from '../../oparl/result.js';
import type { AgendaItemInfo, ConsultationInfo, MeetingInfo, OParlDocument, OParlOrganizationInfo, PaperInfo } from '../../oparl/types.js';
import { ResolutionCopiedEvent, ResolutionSettledEvent } from './events.js';
import { LinkedObjects, type Slot } from './linked-objects.js';
import { resolutionMessages, type CopyTarget, type Part, type ResolutionMessages } from './resolution-card.messages.js';
import { resolutionStyles } from './resolution-card.styles.js';

/**
 * What a host that already holds the data hands to the card (the `data` property), all normalised by
 * `src/oparl/normalise.ts`. Give at least one of `agendaItem`, `consultation` or `paper`; the card fetches
 * only what is missing (the meeting from `agendaItem.meetingUrl`, the paper through the consultation, the
 * steps of the Beratungsfolge), through the page's shared fetch cache.
 */
export interface ResolutionCardData {
  /** The agenda item whose decision is shown. An item embedded in a meeting has no `meetingUrl`: pass `meeting` too. */
  agendaItem?: AgendaItemInfo | undefined;
  /** The meeting the item belongs to (committee, date, minutes). */
  meeting?: MeetingInfo | undefined;
  /** The meeting's committee (its name). */
  committee?: OParlOrganizationInfo | undefined;
  /** A consultation: the card shows the decision of its agenda item. */
  consultation?: ConsultationInfo | undefined;
  /** A paper: without an item or consultation, the card shows the paper and its path through the committees. */
  paper?: PaperInfo | undefined;
}

type T = ResolutionMessages;
const DEFAULT_TIMEOUT_SECONDS = 15;
/** Longer resolution texts start collapsed, showing about this many characters. */
const COLLAPSED_LENGTH = 480;
const ICONS: Record<string, string> = {
  adopted: '✓',
  'adopted-amended': '✓',
  rejected: '✗',
  partially: '◐',
  noted: 'i',
  referred: '→',
  postponed: '⏸',
  withdrawn: '–',
  'no-vote': '–',
  recommended: '↗',
  unknown: '?',
  none: '…',
};

/** Fires an event from the card (outside the class, so the manifest takes its events from the JSDoc alone). */
const fire = (target: EventTarget, event: Event): boolean => target.dispatchEvent(event);
const ok = <V>(slot: Slot<V> | undefined): V | undefined => (slot?.state === 'ok' ? slot.value : undefined);
const given = <V>(value: V | undefined): Slot<V> | undefined => (value === undefined ? undefined : { state: 'ok', value });
/** A result kind that is a decision on the matter ("Beschluss" rather than "Beratung" in the citation). */
const decided = (result: ParsedResult) => ['adopted', 'adopted-amended', 'rejected', 'partially'].includes(result.kind);

/**
 * One decision of the council (Beschluss): what was decided, with which votes, on which paper, by whom and
 * when, and what happens next, read from an OParl 1.0/1.1 endpoint.
 *
 * Give it an agenda item (`src`, or the `data` property): the decision renders from that one object; the
 * meeting, the committee, the paper and its path through the committees (Beratungsfolge) load after it.
 * `src` may also be a Consultation (the decision of its agenda item) or a Paper (the paper and the decisions
 * along its path).
 *
 * A host that already has the data (a `<meeting-agenda>` opening a decision in place) sets the `data`
 * property instead: `card.data = { agendaItem, meeting, committee }`. The card then fetches only what is
 * missing, through the fetch cache the page shares.
 *
 * Votes are shown only as the result text states them, marked as read from the text, and the raw result text
 * is always shown too. Nothing behind a non-public item is followed or linked.
 *
 * @summary One council decision from OParl, with votes, paper and Beratungsfolge.
 * @tagname resolution-card
 *
 * @fires widget-loaded - The main object has loaded and the decision is rendered.
 * @fires widget-error - The main object failed to load; the card shows the error and offers to try again.
 * @fires resolution-settled - Every linked object has loaded or failed. `unavailable` counts the notes shown instead.
 * @fires resolution-copied - A copy button copied the paper's reference or the citation. Carries `kind` (`reference` or `citation`) and `text`.
 *
 * @csspart base - The whole card (an `article`).
 * @csspart header - Committee, date, item number and title.
 * @csspart context - The line above the title: committee · date · item number · public or not (for a paper: reference · type).
 * @csspart title - The title of the agenda item or paper.
 * @csspart decision - The decision section.
 * @csspart verdict - The decision in words, with its icon.
 * @csspart votes - The votes read from the text: bar and counts.
 * @csspart resolution-text - The text of the decision.
 * @csspart paper - The paper (Vorlage).
 * @csspart timeline - The Beratungsfolge, an ordered list.
 * @csspart step - One step of the Beratungsfolge.
 * @csspart next - "Wie geht es weiter?".
 * @csspart citation - The citation line with its copy button.
 * @csspart note - A note where a part could not be loaded or is not public, or where the decision departs from the paper.
 * @csspart status - The loading status region.
 * @csspart error - The error message with its retry button.
 * @csspart retry-button - "Erneut versuchen".
 *
 * @cssprop --herne-color-accent - Accent colour (buttons, markers); default a Herne blue.
 * @cssprop --herne-color-text - Text colour.
 * @cssprop --herne-color-bg - Background.
 * @cssprop --herne-color-surface - Background of the decision box and the timeline markers.
 * @cssprop --herne-color-border - Lines and outlines.
 * @cssprop --herne-color-focus - Focus ring.
 * @cssprop --herne-color-success - "Ja" in the vote bar and adopted decisions.
 * @cssprop --herne-color-danger - "Nein" in the vote bar and rejected decisions.
 * @cssprop --herne-font-family - Font (inherits the page's by default).
 * @cssprop --herne-radius - Corner radius.
 * @cssprop --resolution-card-vote-abstain - Colour of abstentions in the vote bar.
 */
export class ResolutionCard extends WidgetElement {
  static override properties = {
    src: { type: String },
    data: { attribute: false },
    timeout: { type: Number },
    headingLevel: { type: Number, attribute: 'heading-level' },
    hideHeader: { type: Boolean, attribute: 'hide-header' },
  };

  static override styles = [...WidgetElement.styles, resolutionStyles];
  /** @internal */
  static override catalogues = [...WidgetElement.catalogues, resolutionMessages];

  /** URL of an OParl AgendaItem; also accepted: a Consultation or a Paper. Ignored while `data` is set. */
  declare src: string | undefined;
  /**
   * Normalised data from a host that already has it (a `<meeting-agenda>` opening a decision in place).
   * Replacing the object loads again; keep the same object while nothing changed.
   */
  declare data: ResolutionCardData | undefined;
  /**
   * Seconds to wait for each answer of the server.
   * @default 15
   */
  declare timeout: number;
  /**
   * The level of the card's title heading, to fit the page's outline (1 to 5); its sections are one below.
   * @default 2
   */
  declare headingLevel: number;
  /**
   * Hides the header (committee, date, item number, title) visually, for a host that shows them right above
   * the card, such as the agenda item it opens in. Screen readers still get it, so the card keeps its name.
   * @default false
   */
  declare hideHeader: boolean;
  // Inner state, not reactive properties (which the manifest would list as attributes): changes request an update.
  private expanded = false;
  private copyStatus = '';

  private readonly linked = new LinkedObjects(this);
  private settled = false;

  private readonly main = new DataController<readonly [string | undefined, ResolutionCardData | undefined, number], ResolutionCardData>(this, {
    args: () => [this.src?.trim() || undefined, this.data, this.timeoutMs] as const,
    load: ([src, data, timeoutMs], signal) => this.load(src, data, timeoutMs, signal),
    source: ([src]) => src,
  });

  constructor() {
    super();
    this.timeout = DEFAULT_TIMEOUT_SECONDS;
    this.headingLevel = 2;
    this.hideHeader = false;
  }

  private get timeoutMs(): number {
    return (Number.isFinite(this.timeout) && this.timeout > 0 ? this.timeout : DEFAULT_TIMEOUT_SECONDS) * 1000;
  }

  private async load(src: string | undefined, data: ResolutionCardData | undefined, timeoutMs: number, signal: AbortSignal): Promise<ResolutionCardData | Idle> {
    this.linked.reset();
    this.linked.timeoutMs = timeoutMs;
    this.settled = false;
    if (!data?.agendaItem && !data?.consultation && !data?.paper) {
      if (!src) return initialState;
      data = this.readMain(await fetchJson(src, { signal, timeoutMs }), src);
    }
    this.linked.seed([data.agendaItem, data.meeting, data.committee, data.consultation, data.paper]);
    return data;
  }

  /** The main object: an agenda item, a consultation or a paper. */
  private readMain(raw: unknown, src: string): ResolutionCardData {
    // OParl 1.0 servers may leave out `type`; the fields tell the three kinds apart.
    const type =
      oparlType(raw) ??
      (!isRecord(raw) ? undefined : 'reference' in raw || 'paperType' in raw ? 'Paper' : 'paper' in raw && 'agendaItem' in raw ? 'Consultation' : 'AgendaItem');
    if (type === 'AgendaItem') return { agendaItem: normaliseStandaloneAgendaItem(raw, src) };
    if (type === 'Consultation') return { consultation: normaliseConsultation(raw, src) };
    if (type === 'Paper') return { paper: normalisePaper(raw, src) };
    throw invalidData('Die Adresse zeigt weder auf einen Tagesordnungspunkt noch auf eine Beratung oder eine Vorlage.', src);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('data')) {
      this.expanded = false;
      this.copyStatus = '';
    }
  }

  protected override updated(): void {
    if (!this.settled && this.main.value && !this.linked.busy) {
      this.settled = true;
      fire(this, new ResolutionSettledEvent(this.linked.unavailable));
    }
  }

  /** Heading levels below `heading-level`, never deeper than 6. */
  private level(offset: number): number {
    const base = Number.isFinite(this.headingLevel) ? Math.min(5, Math.max(1, Math.round(this.headingLevel))) : 2;
    return Math.min(6, base + offset);
  }

  private heading(offset: number, id: string, text: string): TemplateResult {
    return html`<div role="heading" aria-level=${this.level(offset)} id=${id} class="heading">${text}</div>`;
  }

  private date(date: Date | undefined, style: 'long' | 'medium' = 'long'): string | undefined {
    const locale = this.localize.locale;
    return date && formatDate(date, locale, style === 'long' ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' } : { dateStyle: 'medium' });
  }

  private absent(slot: Slot<unknown> | undefined, part: Part, t: T): TemplateResult | typeof nothing {
    if (!slot || slot.state === 'ok') return nothing;
    if (slot.state === 'loading') return html`<span class="loading-part">${t.loadingPart}</span>`;
    return html`<span class="note" part="note">${t.absent(part, slot.state, slot.error)}</span>`;
  }

  override render(): TemplateResult {
    const t = this.localize.messages(resolutionMessages);
    return this.main.render({ loading: t.loading, errorTitle: t.errorTitle, complete: (data) => this.renderCard(data, t) });
  }

  private renderCard(data: ResolutionCardData, t: T): TemplateResult {
    const { linked } = this;
    const paperOnly = !data.agendaItem && !data.consultation;
    let consultation = given(data.consultation);
    const item = given(data.agendaItem) ?? linked.get(ok(consultation)?.agendaItemUrl, normaliseStandaloneAgendaItem);
    const itemValue = ok(item);
    // Nothing behind a non-public item is followed or linked: no guessed content.
    const closed = itemValue?.public === false;
    if (!closed) consultation ??= linked.get(itemValue?.consultationUrl, normaliseConsultation);
    const meeting = given(data.meeting) ?? linked.get(itemValue?.meetingUrl ?? ok(consultation)?.meetingUrl, normaliseMeeting);
    const meetingValue = ok(meeting);
    const committee = given(data.committee) ?? linked.get(meetingValue?.organizationUrls[0] ?? ok(consultation)?.organizationUrls[0], normaliseOrganization);
    // A consultation that failed leaves its note where the paper would be.
    const paper = closed
      ? undefined
      : (given(data.paper) ?? (consultation && consultation.state !== 'ok' ? consultation : linked.get(ok(consultation)?.paperUrl, normalisePaper)));
    const paperValue = ok(paper);
    const committeeName = ok(committee)?.name ?? meetingValue?.name;
    const result = itemValue && parseResult(itemValue.result ?? itemValue.titleStatus);

    const context = paperOnly
      ? [paperValue?.reference && `${t.paper} ${paperValue.reference}`, paperValue?.paperType]
      : [
          committeeName ?? this.absent(committee, 'committee', t),
          meetingValue ? this.meetingLink(meetingValue, closed) : this.absent(meeting, 'meeting', t),
          meetingValue?.cancelled ? t.cancelled : undefined,
          itemValue?.number && t.item(itemValue.number),
          itemValue && t.publicity(itemValue.public),
        ];
    const title = itemValue ? itemValue.title || t.untitled : paperValue?.name;
    return html`<article part="base" aria-labelledby="title">
      <header part="header" class=${this.hideHeader ? 'visually-hidden' : ''}>
        <p class="context" part="context">${context.filter((entry) => entry && entry !== nothing).map((entry, index) => html`${index ? html`<span aria-hidden="true"> · </span>` : nothing}<span>${entry}</span>`)}</p>
        <div role="heading" aria-level=${this.level(0)} id="title" part="title" class="title">${title ?? (item ? this.absent(item, 'item', t) : paper ? this.absent(paper, 'paper', t) : t.untitled)}</div>
        ${itemValue?.subtitle ? html`<p class="subtitle">${itemValue.subtitle}</p>` : nothing}
      </header>
      ${paperOnly ? nothing : this.renderDecision(item, result, meetingValue, closed, t)}
      ${closed ? nothing : this.renderPaper(paper, t)}
      ${paperValue ? this.renderPath(paperValue, itemValue, t) : nothing}
      ${result && !meeting?.state.startsWith('load') && !committee?.state.startsWith('load')
        ? this.renderCitation(decided(result), committeeName, meetingValue, itemValue, paperValue, t)
        : nothing}
      <p class="copy-status" role="status">${this.copyStatus}</p>
    </article>`;
  }

  private meetingLink(meeting: MeetingInfo, closed: boolean): TemplateResult | string | undefined {
    const date = this.date(meeting.start);
    return meeting.web && !closed && date ? html`<a href=${meeting.web} rel="noopener noreferrer">${date}</a>` : date;
  }

  private renderDecision(item: Slot<AgendaItemInfo> | undefined, result: ParsedResult | undefined, meeting: MeetingInfo | undefined, closed: boolean, t: T): TemplateResult {
    const value = ok(item);
    const upcoming = meeting?.start && (meetingOver(meeting) ?? 0) > now() ? this.date(meeting.start) : undefined;
    return html`<section class="decision" part="decision" aria-labelledby="decision-heading">
      ${this.heading(1, 'decision-heading', t.decision)}
      ${closed ? html`<p class="notice" part="note"><strong>${t.nonPublic}.</strong> ${t.nonPublicNote}</p>` : nothing}
      ${!value || !result
        ? html`<p>${item ? this.absent(item, 'item', t) : t.noItem}</p>`
        : html`<p class="verdict" part="verdict" data-kind=${result.kind}>
              <span class="icon" aria-hidden="true">${ICONS[result.kind]}</span>
              <strong>${t.kind(result)}</strong>${result.inferred ? html` <span class="hint">(${t.inferred})</span>` : nothing}
            </p>
            ${result.text
              ? html`<p class="raw">${value.result ? t.original : t.fromTitle}: <q>${result.text}</q></p>`
              : html`<p>${upcoming ? t.upcoming(upcoming) : t.noResult}</p>`}
            ${result.amended ? html`<p class="deviation" part="note">${t.amended}</p>` : nothing}
            ${this.renderVotes(result, value.resolutionText, t)}
            ${result.kind === 'none' && !value.resolutionText ? nothing : this.renderText(value, meeting, closed, t)}`}
    </section>`;
  }

  /** The votes the result states; failing that, those the resolution text states (some servers put them there). */
  private renderVotes(result: ParsedResult, resolutionText: string | undefined, t: T): TemplateResult | typeof nothing {
    const fromResult = result.votes.length > 0 || result.unreadableTable;
    const votes = fromResult ? result.votes : parseVotes(resolutionText);
    if (!fromResult && !votes.length) return nothing;
    return html`<section class="votes" part="votes" aria-labelledby="votes-heading">
      ${this.heading(2, 'votes-heading', `${t.votes} (${fromResult ? t.readFromText : t.readFromResolution})`)}
      ${result.unreadableTable ? html`<p class="note" part="note">${t.unreadableTable}</p>` : nothing}
      ${votes.map((tally, index) => this.renderTally(tally, `hatch-${index}`, t))}
    </section>`;
  }

  private renderTally(tally: VoteTally, hatch: string, t: T): TemplateResult {
    const { counts, groups } = tally;
    const choices = VOTE_CHOICES.filter((choice) => counts[choice] !== undefined);
    const total = choices.reduce((sum, choice) => sum + counts[choice]!, 0);
    let offset = 0;
    // The bar only where the proportion is known: yes and no both stated, and at least one vote.
    const bar =
      counts.yes !== undefined && counts.no !== undefined && total > 0
        ? html`<svg class="bar" aria-hidden="true" focusable="false" width="100%" height="24">
            <defs>
              <pattern id=${hatch} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="hatch" width="3" height="6"></rect></pattern>
            </defs>
            ${choices.map((choice) => {
              const width = (counts[choice]! / total) * 100;
              // "Nein" is hatched, not only coloured; a presentation attribute, as the pattern's id is per vote.
              const rect = svg`<rect class=${choice} x="${offset}%" width="${width}%" height="100%" fill=${choice === 'no' ? `url(#${hatch})` : nothing}></rect>`;
              offset += width;
              return rect;
            })}
          </svg>`
        : nothing;
    return html`<div class="tally">
      ${tally.label ? html`<p class="tally-label">${t.voteOn(tally.label)}</p>` : nothing}
      ${bar}
      <ul class="counts">
        ${tally.unanimous ? html`<li>${t.unanimous}</li>` : nothing}
        ${tally.majority ? html`<li>${t.majority}</li>` : nothing}
        ${choices.map(
          (choice) => html`<li><span class="swatch ${choice}" aria-hidden="true"></span>${t.count(choice, counts[choice]!)}${groups[choice] ? ` (${groups[choice]})` : ''}</li>`,
        )}
      </ul>
      ${tally.conflicting ? html`<p class="note" part="note">${t.conflicting}</p>` : nothing}
    </div>`;
  }

  private renderText(item: AgendaItemInfo, meeting: MeetingInfo | undefined, closed: boolean, t: T): TemplateResult | typeof nothing {
    const file = closed ? undefined : item.resolutionFile;
    const fileLink = file?.url ? html`<p>${t.resolutionFile}: ${this.fileLink(file)}</p>` : nothing;
    if (!item.resolutionText) {
      const minutes = closed ? undefined : meeting?.documents.find((doc) => doc.isMinutes && doc.url);
      return file?.url
        ? fileLink
        : html`<p class="no-text">${t.noText} ${minutes ? html`<a href=${minutes.url!} rel="noopener noreferrer">${t.minutes}</a>` : nothing}</p>`;
    }
    const paragraphs = item.resolutionText.split('\n').filter((line) => line.trim());
    const long = item.resolutionText.length > COLLAPSED_LENGTH * 1.5;
    const collapsed = long && !this.expanded;
    // Collapsed, the first paragraphs up to about COLLAPSED_LENGTH show; the rest stay in the page, hidden, so
    // that printing shows the whole text. A first paragraph longer than that shows cut at a word.
    let shown = paragraphs.length;
    let cut: string | undefined;
    if (collapsed) {
      let length = 0;
      shown = paragraphs.findIndex((paragraph) => (length += paragraph.length) > COLLAPSED_LENGTH);
      if (shown === 0) cut = `${paragraphs[0]!.slice(0, paragraphs[0]!.lastIndexOf(' ', COLLAPSED_LENGTH))} …`;
    }
    return html`<section class="text" part="resolution-text" aria-labelledby="text-heading">
      ${this.heading(2, 'text-heading', t.resolutionText)}
      <div id="resolution-text">
        ${cut ? html`<p class="cut">${cut}</p>` : nothing}
        ${paragraphs.map((paragraph, index) => html`<p ?hidden=${index >= shown}>${paragraph}</p>`)}
      </div>
      ${long
        ? html`<button type="button" class="button toggle" aria-expanded=${this.expanded ? 'true' : 'false'} aria-controls="resolution-text" @click=${this.toggleText}>
            ${this.expanded ? t.showLess : t.showMore}
          </button>`
        : nothing}
      ${fileLink}
    </section>`;
  }

  private toggleText = (): void => {
    this.expanded = !this.expanded;
    this.requestUpdate();
  };

  private fileLink(file: OParlDocument): TemplateResult {
    const t = this.localize.messages(resolutionMessages);
    const details = t.fileDetails(file.typeLabel, formatFileSize(file.size, this.localize.locale));
    return html`<a href=${file.url!} rel="noopener noreferrer">${file.name}${details ? html` <span class="meta">(${details})</span>` : nothing}</a>`;
  }

  /** The names of organizations or persons; those still loading or unavailable are left out. */
  private names(urls: string[], person: boolean): string[] {
    return urls
      .map((url) => {
        const slot: Slot<{ name: string | undefined }> | undefined = person ? this.linked.get(url, normalisePerson) : this.linked.get(url, normaliseOrganization);
        return ok(slot)?.name;
      })
      .filter((name): name is string => !!name);
  }

  private renderPaper(paper: Slot<PaperInfo> | undefined, t: T): TemplateResult | typeof nothing {
    if (!paper) return nothing;
    const value = ok(paper);
    const fact = (term: string, detail: unknown) => (detail && (!Array.isArray(detail) || detail.length) ? html`<dt>${term}</dt><dd>${Array.isArray(detail) ? detail.join(', ') : detail}</dd>` : nothing);
    const files = value ? [value.mainFile, ...value.auxiliaryFiles].filter((file): file is OParlDocument => !!file?.url) : [];
    return html`<section class="paper" part="paper" aria-labelledby="paper-heading">
      ${this.heading(1, 'paper-heading', t.paper)}
      ${!value
        ? html`<p>${this.absent(paper, 'paper', t)}</p>`
        : html`<dl class="facts">
              ${value.reference
                ? html`<dt>${t.reference}</dt>
                    <dd>
                      <span class="reference">${value.reference}</span>
                      <button type="button" class="button small" @click=${() => void this.copy('reference', value.reference!)}>
                        ${t.copy}<span class="visually-hidden"> ${t.reference} ${value.reference}</span>
                      </button>
                    </dd>`
                : nothing}
              ${fact(t.paperType, value.paperType)} ${fact(t.title, value.name)} ${fact(t.date, this.date(value.date, 'medium'))}
              ${fact(t.lead, this.names(value.underDirectionOfUrls, false))}
              ${fact(t.originators, [...this.names(value.originatorOrganizationUrls, false), ...this.names(value.originatorPersonUrls, true)])}
            </dl>
            ${files.length
              ? html`<div class="heading small-heading">${t.files}</div>
                  <ul class="files">${files.map((file) => html`<li>${this.fileLink(file)}</li>`)}</ul>`
              : nothing}
            ${value.web ? html`<p><a href=${value.web} rel="noopener noreferrer">${t.openPaper}</a></p>` : nothing}`}
    </section>`;
  }

  private renderPath(paper: PaperInfo, focus: AgendaItemInfo | undefined, t: T): TemplateResult {
    const { linked } = this;
    const rows = paper.consultations.map((consultation) => {
      const meeting = linked.get(consultation.meetingUrl, normaliseMeeting);
      const meetingValue = ok(meeting);
      const committee = linked.get(consultation.organizationUrls[0] ?? meetingValue?.organizationUrls[0], normaliseOrganization);
      const isFocus = !!focus && (consultation.agendaItemUrl === focus.id || consultation.id === focus.consultationUrl);
      // The step's result: the card's own item, else the item embedded in the meeting, else the item on its own.
      let item: Slot<AgendaItemInfo> | undefined = isFocus ? given(focus) : given(meetingValue && findAgendaItem(meetingValue.agenda, consultation.agendaItemUrl));
      if (!item && meeting?.state !== 'loading') item = linked.get(consultation.agendaItemUrl, normaliseStandaloneAgendaItem);
      const itemValue = ok(item);
      const result = itemValue?.result || itemValue?.titleStatus ? parseResult(itemValue.result ?? itemValue.titleStatus) : undefined;
      return { consultation, meeting, committee, item, result, isFocus };
    });
    const steps: PathStepInput[] = rows.map(({ consultation, meeting, result }) => ({ consultation, meeting: ok(meeting), result }));
    const path = describePath(steps, now());
    const committeeName = (row: (typeof rows)[number]) => ok(row.committee)?.name ?? ok(row.meeting)?.name ?? t.unknownCommittee;
    let whatNext: string;
    const next = path.next === undefined ? undefined : rows[path.next]!;
    const current = path.current === undefined ? undefined : rows[path.current]!;
    if (next) whatNext = t.next(committeeName(next), this.date(ok(next.meeting)!.start)!, next.consultation.role);
    else if (path.concluded && current) whatNext = t.concluded(t.kind(current.result!), committeeName(current), this.date(ok(current.meeting)!.start, 'medium')!);
    else if (rows.some((row) => row.meeting?.state === 'loading')) whatNext = t.stillLoading;
    else whatNext = t.openEnd;

    return html`<section class="path" aria-labelledby="path-heading">
      ${this.heading(1, 'path-heading', t.path)}
      ${rows.length
        ? html`<ol class="timeline" part="timeline">
            ${rows.map((row, index) => {
              const meetingValue = ok(row.meeting);
              const markers = [
                row.isFocus && t.thisItem,
                index === path.current && t.currentStep,
                index === path.next && t.nextStep,
                meetingValue?.cancelled && t.cancelled,
              ].filter(Boolean);
              return html`<li part="step" class="step ${path.time[index]!}${index === path.next ? ' next' : ''}" aria-current=${index === path.current ? 'step' : 'false'}>
                <p class="step-committee">
                  <strong>${ok(row.committee)?.name ?? meetingValue?.name ?? (row.committee ? this.absent(row.committee, 'committee', t) : t.unknownCommittee)}</strong>
                  ${markers.map((marker) => html` <span class="marker">${marker}</span>`)}
                </p>
                <p class="step-meta">
                  ${meetingValue ? this.meetingLink(meetingValue, false) : this.absent(row.meeting, 'meeting', t)}${row.consultation.role
                    ? ` · ${row.consultation.role}`
                    : nothing}${row.consultation.authoritative ? html` · <strong>${t.authoritative}</strong>` : nothing}
                </p>
                <p class="step-result">
                  ${row.result
                    ? html`<span class="icon" aria-hidden="true">${ICONS[row.result.kind]}</span> ${t.kind(row.result)}${row.result.text
                          ? html` <span class="raw">(<q>${row.result.text}</q>)</span>`
                          : nothing}`
                    : row.item && row.item.state !== 'ok'
                      ? this.absent(row.item, 'item', t)
                      : path.time[index] === 'upcoming'
                        ? t.notYet
                        : path.time[index] === 'past'
                          ? t.noStepResult
                          : nothing}
                </p>
              </li>`;
            })}
          </ol>`
        : html`<p>${t.noPath}</p>`}
      <div class="what-next" part="next">
        ${this.heading(2, 'next-heading', t.whatNext)}
        <p>${whatNext}</p>
      </div>
    </section>`;
  }

  private renderCitation(
    isDecision: boolean,
    committee: string | undefined,
    meeting: MeetingInfo | undefined,
    item: AgendaItemInfo,
    paper: PaperInfo | undefined,
    t: T,
  ): TemplateResult {
    const line = t.citation(isDecision, committee, this.date(meeting?.start, 'medium'), item.number, paper?.reference);
    return html`<section class="citation" part="citation" aria-labelledby="cite-heading">
      ${this.heading(1, 'cite-heading', t.cite)}
      <p id="citation">${line}</p>
      <button type="button" class="button small" @click=${() => void this.copy('citation', line)}>${t.copyCitation}</button>
    </section>`;
  }

  /** Copies to the clipboard, with an older fallback for pages where the Clipboard API is refused. */
  private async copy(target: CopyTarget, text: string): Promise<void> {
    const t = this.localize.messages(resolutionMessages);
    let copied: boolean;
    const focused = (this.renderRoot as ShadowRoot).activeElement as HTMLElement | null;
    try {
      await navigator.clipboard.writeText(text);
      copied = true;
    } catch {
      const area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.className = 'visually-hidden';
      this.renderRoot.appendChild(area);
      area.select();
      try {
        copied = document.execCommand('copy');
      } catch {
        copied = false;
      }
      area.remove();
      // Selecting the text moved the focus; give it back to the button.
      focused?.focus();
    }
    // Empty the live region first, so the same message twice is announced twice.
    this.copyStatus = '';
    this.requestUpdate();
    await this.updateComplete;
    this.copyStatus = copied ? t.copied(target) : t.copyFailed;
    this.requestUpdate();
    if (copied) fire(this, new ResolutionCopiedEvent(target, text));
  }
}
