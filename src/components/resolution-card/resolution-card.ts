import { nothing, svg, type TemplateResult } from 'lit';
import { DataController, initialState, type Idle } from '../../core/data-controller.js';
import { LoadError } from '../../core/errors.js';
import { html } from '../../core/template.js';
import { fetchJson } from '../../core/fetch.js';
import { importAgain } from '../../core/import-again.js';
import { WidgetElement } from '../../core/widget-element.js';
import { decisionDocument, resolutionTextBeyondResult } from '../../oparl/decision.js';
import type { VoteChoice, VoteTally } from '../../oparl/result.js';
import type { AgendaItemInfo, ConsultationInfo, MeetingInfo, OParlOrganizationInfo, PaperInfo } from '../../oparl/types.js';
import type { Details, Resolved } from './details.js';
import type { Part } from './details.messages.js';
import { ResolutionSettledEvent } from './events.js';
import type { Slot } from '../../oparl/linked.js';
import { fileLink, given, heading, ICONS, ok, type View } from './parts.js';
import type * as Read from './read.js';
import { resolutionMessages, type ResolutionMessages } from './resolution-card.messages.js';
import { resolutionStyles } from './resolution-card.styles.js';

/** The reader and the details, loaded on first need; a later try after a failed load asks the server again. */
const importRead = importAgain(() => import('./read.js'));
const importDetails = importAgain(() => import('./details.js'));

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

/** What the card shows: its main data and, for an agenda item, its decision, parsed when it loaded. */
export type Shown = ResolutionCardData & { decision?: Read.Decision | undefined };

type T = ResolutionMessages;
type Args = readonly [string | undefined, AgendaItemInfo?, MeetingInfo?, OParlOrganizationInfo?, ConsultationInfo?, PaperInfo?, number?];
/** Longer resolution texts start collapsed, showing about this many characters. */
const COLLAPSED_LENGTH = 480;
const LOADING = { state: 'loading' } as const;
/** The order of the votes in the bar and its legend (VOTE_CHOICES of the parser, which this file does not load). */
const CHOICES: readonly VoteChoice[] = ['yes', 'no', 'abstain', 'recused'];

/** What the decision section is rendered from. */
interface Outcome {
  item: Slot<AgendaItemInfo> | undefined;
  decision: Read.Decision | undefined;
  /** The item's meeting (its minutes stand in for a missing resolution text). */
  meeting: MeetingInfo | undefined;
  /** The meeting's date while it is still to come. */
  upcoming: string | undefined;
  /** The item is not public: nothing behind it is linked. */
  closed: boolean;
}

/** Fires an event from the card (outside the class, so the manifest takes its events from the JSDoc alone). */
const fire = (target: EventTarget, event: Event): boolean => target.dispatchEvent(event);

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
    hideHeader: { type: Boolean, attribute: 'hide-header' },
  };

  static override css = [...WidgetElement.css, resolutionStyles];
  /** @internal */
  static override catalogues = [...WidgetElement.catalogues, resolutionMessages];

  /** URL of an OParl AgendaItem; also accepted: a Consultation or a Paper. Ignored while `data` is set. */
  declare src: string | undefined;
  /**
   * Normalised data from a host that already has it (a `<meeting-agenda>` opening a decision in place).
   * The card loads again when one of the objects in it changes; a new object holding the same ones does not.
   */
  declare data: ResolutionCardData | undefined;
  /**
   * Hides the header (committee, date, item number, title) visually, for a host that shows them right above
   * the card, such as the agenda item it opens in. Screen readers still get it, so the card keeps its name.
   * @default false
   */
  declare hideHeader: boolean;
  // Inner state, not reactive properties (which the manifest would list as attributes): changes request an update.
  private expanded = false;
  private copyStatus = '';
  private settled = false;
  /*
   * Two chunks beside this file. read.ts (the OParl reader and the result parser) loads while the server
   * answers `src`, or at once for handed-over data: the first render shows the decision from the main object
   * alone. details.ts loads right after that render and renders the rest (the meeting and committee in the
   * header, the paper, the Beratungsfolge, the citation, and every linked object behind them). `details` is
   * undefined while it loads and null when it could not load (offline): a note then stands in their place.
   */
  private details: Details | null | undefined;
  private detailsLoading: Promise<Details | null> | undefined;
  private failure: { state: 'failed'; error: LoadError } | undefined;
  private reading: Promise<typeof Read> | undefined;

  private readonly main = new DataController<Args, Shown>(this, {
    // The objects, not the `data` wrapper: a host that hands over a new object with the same ones loads nothing again.
    args: () => {
      const { agendaItem, meeting, committee, consultation, paper } = this.data ?? {};
      return [this.src?.trim() || undefined, agendaItem, meeting, committee, consultation, paper, this.timeoutMs] as const;
    },
    load: (args, signal) => this.load(args, signal),
    source: ([src]) => src,
  });

  constructor() {
    super();
    this.hideHeader = false;
  }

  private async load([src, agendaItem, meeting, committee, consultation, paper, timeoutMs]: Args, signal: AbortSignal): Promise<Shown | Idle> {
    this.details?.sync(undefined, 0);
    // After a failure, each load tries the details' code again.
    if (this.details === null) this.details = this.detailsLoading = undefined;
    this.settled = false;
    this.expanded = false;
    this.copyStatus = '';
    let data: ResolutionCardData = { agendaItem, meeting, committee, consultation, paper };
    let read: typeof Read | undefined;
    if (!agendaItem && !consultation && !paper) {
      if (!src) return initialState;
      // The code that reads the answer loads while the server answers.
      const [reader, raw] = await Promise.all([this.loadRead(), fetchJson(src, { signal, timeoutMs })]);
      read = reader;
      data = read.readMain(raw, src);
    }
    if (!data.agendaItem) return data;
    read ??= await this.loadRead();
    return { ...data, decision: read.decide(data.agendaItem) };
  }

  /** The normaliser and the result parser (read.ts). If they cannot load, the load fails and "Erneut versuchen" tries again. */
  private loadRead(): Promise<typeof Read> {
    return (this.reading ??= importRead().catch((error: unknown) => {
      this.reading = undefined;
      throw new LoadError('network', String(error), { cause: error });
    }));
  }

  /** Loads the details' code, once per load at most. */
  private loadDetails(): Promise<Details | null> {
    return (this.detailsLoading ??= importDetails()
      .then(
        (module) => new module.Details(this, this.localize, this.announce),
        (error: unknown) => {
          this.failure = { state: 'failed', error: new LoadError('network', String(error), { cause: error }) };
          return null;
        },
      )
      .then((details) => {
        this.details = details;
        this.requestUpdate();
        return details;
      }));
  }

  /** Puts text in the copy status region (a live region, there from the first render) and renders it. */
  private readonly announce = (text: string): Promise<boolean> => {
    this.copyStatus = text;
    this.requestUpdate();
    return this.updateComplete;
  };

  // The texts of the details in a language that loads on demand are ready before they render, as the card's own are.
  protected override scheduleUpdate(): void | Promise<unknown> {
    const pending = this.details?.prepare();
    return pending ? pending.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override updated(): void {
    if (!this.main.value) return;
    void this.loadDetails();
    const { details } = this;
    if (!this.settled && details !== undefined && !details?.busy) {
      this.settled = true;
      // Without the details, their one note stands for everything they would have shown.
      fire(this, new ResolutionSettledEvent(details ? details.unavailable : 1));
    }
  }

  /** "wird geladen …", or the note where a part is missing. */
  private note(slot: Slot<unknown> | undefined, part: Part, t: T): TemplateResult | typeof nothing {
    if (!slot || slot.state === 'ok') return nothing;
    if (slot.state === 'loading') return html`<span class="rc-loading-part">${t.loadingPart}</span>`;
    return this.details ? this.details.absent(slot, part) : html`<span class="rc-note" part="note">${t.unavailable}</span>`;
  }

  override render(): TemplateResult {
    const t = this.localize.messages(resolutionMessages);
    return this.main.render({ loading: t.loading, errorTitle: t.errorTitle, complete: (data) => this.renderCard(data, t) });
  }

  private renderCard(data: Shown, t: T): TemplateResult {
    const { details } = this;
    const view: View = { messages: t, locale: this.localize.locale, level: (offset) => this.heading(offset), id: (name) => this.uid(name) };
    const linked = details?.render(data, view, this.timeoutMs);
    // Before the details, what the host handed over; an item behind a consultation waits for them.
    const item = linked ? linked.item : (given(data.agendaItem) ?? (data.consultation && (details === null ? this.failure : LOADING)));
    const itemValue = ok(item);
    // The agenda reads publicity from the meeting's section rows too; the details know the meeting.
    const publicity = linked ? linked.publicity : itemValue?.public;
    const closed = publicity === false;
    const decision = linked ? linked.decision : data.decision;
    const context = [...(linked?.context ?? []), itemValue?.number && t.item(itemValue.number), itemValue && t.publicity(publicity)].filter(
      (entry) => entry && entry !== nothing,
    );
    return html`<article part="base" aria-labelledby=${this.uid('title')}>
      <header part="header" class=${this.hideHeader ? 'hw-visually-hidden' : ''}>
        <p class="rc-context" part="context">${context.map((entry, index) => html`${index ? html`<span aria-hidden="true"> · </span>` : nothing}<span>${entry}</span>`)}</p>
        ${linked ? linked.note : nothing}
        <div role="heading" aria-level=${this.heading(0)} id=${this.uid('title')} part="title" class="rc-title">
          ${this.renderTitle(itemValue, item, linked, data, t)}
        </div>
        ${itemValue?.subtitle ? html`<p class="rc-subtitle">${itemValue.subtitle}</p>` : nothing}
      </header>
      ${data.agendaItem || data.consultation ? this.renderDecision({ item, decision, meeting: linked?.meeting ?? data.meeting, upcoming: linked?.upcoming, closed }, t) : nothing}
      ${linked ? linked.parts : nothing}
      ${details === null ? html`<p class="rc-note" part="note">${t.detailsUnavailable}</p>` : nothing}
      <p class="rc-copy-status" role="status">${this.copyStatus}</p>
    </article>`;
  }

  private renderDecision(outcome: Outcome, t: T): TemplateResult {
    return html`<section class="rc-decision" part="decision">
      ${heading(this.heading(1), this.uid('decision'), t.decision)}
      ${outcome.closed ? html`<p class="rc-notice" part="note"><strong>${t.nonPublic}.</strong> ${t.nonPublicNote}</p>` : nothing}
      ${this.renderOutcome(outcome, t)}
    </section>`;
  }

  /** What was decided: the verdict, the result text, the votes and the resolution text; or a document, or a note. */
  private renderOutcome({ item, decision, meeting, upcoming, closed }: Outcome, t: T): TemplateResult {
    const value = ok(item);
    if (!value || !decision) return html`<p>${item ? this.note(item, 'item', t) : t.noItem}</p>`;
    // A decision published only as a file: show the file, never "no result published".
    const document = decision.result.kind === 'none' && !closed ? decisionDocument(value) : undefined;
    if (document) {
      return html`<p class="rc-verdict" part="verdict" data-kind="document">
          <span class="rc-icon" aria-hidden="true">📄</span> <strong>${t.decisionDocument}</strong>
        </p>
        <p>${fileLink(document, this.localize.locale)}</p>`;
    }
    const { result } = decision;
    return html`<p class="rc-verdict" part="verdict" data-kind=${result.kind}>
        <span class="rc-icon" aria-hidden="true">${ICONS[result.kind]}</span>
        <strong>${t.kind(result)}</strong>${result.inferred ? html` <span class="rc-hint">(${t.inferred})</span>` : nothing}
      </p>
      ${result.text
        ? html`<p class="rc-raw">${value.result ? t.original : t.fromTitle}: <q>${result.text}</q></p>`
        : html`<p>${this.withoutResult(upcoming, t)}</p>`}
      ${result.amended ? html`<p class="rc-deviation" part="note">${t.amended}</p>` : nothing}
      ${this.renderVotes(decision, t)}
      ${result.kind === 'none' && !value.resolutionText ? nothing : this.renderText(value, meeting, closed, t)}`;
  }

  /** Where no result is published: the meeting's date while it is to come; nothing until the details know it. */
  private withoutResult(upcoming: string | undefined, t: T): string | typeof nothing {
    if (upcoming) return t.upcoming(upcoming);
    if (this.details === undefined) return nothing;
    return t.noResult;
  }

  /** The title: the item's; else the details' (the paper's name, or a note); else what the host handed over. */
  private renderTitle(itemValue: AgendaItemInfo | undefined, item: Slot<AgendaItemInfo> | undefined, linked: Resolved | undefined, data: Shown, t: T): unknown {
    if (itemValue) return itemValue.title || t.untitled;
    if (linked) return linked.title;
    if (item) return this.note(item, 'item', t);
    return data.paper?.name ?? t.untitled;
  }

  /** The votes the result states; failing that, those the resolution text states (some servers put them there). */
  private renderVotes({ result, votes, fromResult }: Read.Decision, t: T): TemplateResult | typeof nothing {
    if (!fromResult && !votes.length) return nothing;
    return html`<section class="rc-votes" part="votes">
      ${heading(this.heading(2), this.uid('votes'), `${t.votes} (${fromResult ? t.readFromText : t.readFromResolution})`)}
      ${result.unreadableTable ? html`<p class="rc-note" part="note">${t.unreadableTable}</p>` : nothing}
      ${votes.map((tally, index) => this.renderTally(tally, this.uid(`hatch-${index}`), t))}
    </section>`;
  }

  private renderTally(tally: VoteTally, hatch: string, t: T): TemplateResult {
    const { counts, groups } = tally;
    const choices = CHOICES.filter((choice) => counts[choice] !== undefined);
    const total = choices.reduce((sum, choice) => sum + counts[choice]!, 0);
    let offset = 0;
    // The bar only where the proportion is known: yes and no both stated, and at least one vote.
    const bar =
      counts.yes !== undefined && counts.no !== undefined && total > 0
        ? html`<svg class="rc-bar" aria-hidden="true" focusable="false" width="100%" height="24">
            <defs>
              <pattern id=${hatch} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="rc-hatch" width="3" height="6"></rect></pattern>
            </defs>
            ${choices.map((choice) => {
              const width = (counts[choice]! / total) * 100;
              // "Nein" is hatched, not only coloured; a presentation attribute, as the pattern's id is per vote.
              const rect = svg`<rect class=${`rc-${choice}`} x="${offset}%" width="${width}%" height="100%" fill=${choice === 'no' ? `url(#${hatch})` : nothing}></rect>`;
              offset += width;
              return rect;
            })}
          </svg>`
        : nothing;
    return html`<div class="rc-tally">
      ${tally.label ? html`<p class="rc-tally-label">${t.voteOn(tally.label)}</p>` : nothing}
      ${bar}
      <ul class="rc-counts">
        ${tally.unanimous ? html`<li>${t.unanimous}</li>` : nothing}
        ${tally.majority ? html`<li>${t.majority}</li>` : nothing}
        ${choices.map(
          (choice) => html`<li><span class="rc-swatch rc-${choice}" aria-hidden="true"></span>${t.count(choice, counts[choice]!)}${groups[choice] ? ` (${groups[choice]})` : ''}</li>`,
        )}
      </ul>
      ${tally.conflicting ? html`<p class="rc-note" part="note">${t.conflicting}</p>` : nothing}
    </div>`;
  }

  private renderText(item: AgendaItemInfo, meeting: MeetingInfo | undefined, closed: boolean, t: T): TemplateResult | typeof nothing {
    const file = closed ? undefined : item.resolutionFile;
    const link = file?.url ? html`<p>${t.resolutionFile}: ${fileLink(file, this.localize.locale)}</p>` : nothing;
    const text = resolutionTextBeyondResult(item);
    if (!text) {
      const minutes = closed ? undefined : meeting?.documents.find((doc) => doc.isMinutes && doc.url);
      return file?.url
        ? link
        : html`<p class="rc-no-text">${t.noText} ${minutes ? html`<a href=${minutes.url!} rel="noopener noreferrer">${t.minutes}</a>` : nothing}</p>`;
    }
    const paragraphs = text.split('\n').filter((line) => line.trim());
    const long = text.length > COLLAPSED_LENGTH * 1.5;
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
    return html`<section class="rc-text" part="resolution-text">
      ${heading(this.heading(2), this.uid('text-heading'), t.resolutionText)}
      <div id=${this.uid('resolution-text')}>
        ${cut ? html`<p class="rc-cut">${cut}</p>` : nothing}
        ${paragraphs.map((paragraph, index) => html`<p ?hidden=${index >= shown}>${paragraph}</p>`)}
      </div>
      ${long
        ? html`<button type="button" class="hw-button rc-toggle" aria-expanded=${this.expanded ? 'true' : 'false'} aria-controls=${this.uid('resolution-text')} @click=${this.toggleText}>
            ${this.expanded ? t.showLess : t.showMore}
          </button>`
        : nothing}
      ${link}
    </section>`;
  }

  private toggleText = (): void => {
    this.expanded = !this.expanded;
    this.requestUpdate();
  };
}
