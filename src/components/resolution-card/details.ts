import { nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { adoptScopedStyles } from '../../core/scoped-styles.js';
import { html } from '../../core/template.js';
import { now } from '../../core/clock.js';
import { formatDate, type Locale, type LocalizeController } from '../../core/i18n.js';
import { meetingOver } from '../../oparl/client.js';
import { normaliseMeeting, normaliseOrganization } from '../../oparl/normalise.js';
import { normaliseConsultation, normalisePaper, normaliseStandaloneAgendaItem } from '../../oparl/papers.js';
import { LinkedLoader, type Slot } from '../../oparl/linked.js';
import { describePath, findAgendaItem, itemPublicity, type StepTime } from '../../oparl/paper-path.js';
import { normalisePerson, type OParlPersonInfo } from '../../oparl/person.js';
import { parseResult, titleStatus, type ParsedResult } from '../../oparl/result.js';
import type { AgendaItemInfo, ConsultationInfo, MeetingInfo, OParlDocument, OParlOrganizationInfo, PaperInfo } from '../../oparl/types.js';
import { detailsMessages, type CopyTarget, type DetailsMessages, type Part } from './details.messages.js';
import { detailsStyles } from './details.styles.js';
import { ResolutionCopiedEvent } from './events.js';
import { fileLink, given, heading, ICONS, ok, type View } from './parts.js';
import { decide, type Decision } from './read.js';
import type { Shown } from './resolution-card.js';
import { resolutionMessages, type ResolutionMessages } from './resolution-card.messages.js';

/*
 * What a <resolution-card> shows beyond the decision, from a chunk that loads right after its first render (or
 * while the server answers its `src`, as it also reads the answer): the linked objects (meeting, committee,
 * consultation, paper, persons, the steps of the Beratungsfolge) and what is built from them: the meeting and
 * committee in the header, the paper, the Beratungsfolge with "Wie geht es weiter?", the citation and copying.
 */

/** The OParl objects a card links to, by type. */
interface Kinds {
  AgendaItem: AgendaItemInfo;
  Consultation: ConsultationInfo;
  Meeting: MeetingInfo;
  Organization: OParlOrganizationInfo;
  Paper: PaperInfo;
  Person: OParlPersonInfo;
}

/** What the details give the card's render. */
export interface Resolved {
  /** The agenda item whose decision is shown (behind a consultation, it is a linked object too). */
  item: Slot<AgendaItemInfo> | undefined;
  decision: Decision | undefined;
  meeting: MeetingInfo | undefined;
  /** Whether the item is public: its own flag, else its meeting's section rows. */
  publicity: boolean | undefined;
  /** The meeting's date while it is still to come. */
  upcoming: string | undefined;
  /** The header's entries before the item number: committee, date, cancellation; or a paper's reference and type. */
  context: unknown[];
  /** The one note below them when the meeting or the committee could not be loaded. */
  note: TemplateResult | typeof nothing;
  /** The title when there is no agenda item: the paper's, or a note while it loads or when it failed. */
  title: unknown;
  /** The paper, the Beratungsfolge and the citation. */
  parts: TemplateResult;
}

const NORMALISERS: { [K in keyof Kinds]: (raw: unknown, url: string) => Kinds[K] } = {
  AgendaItem: normaliseStandaloneAgendaItem,
  Consultation: normaliseConsultation,
  Meeting: normaliseMeeting,
  Organization: normaliseOrganization,
  Paper: normalisePaper,
  Person: normalisePerson,
};

/** "Mittwoch, 8. Dezember 2021", or with `short` "08.12.2021". */
const day = (date: Date | undefined, locale: Locale, short?: boolean): string | undefined =>
  date && formatDate(date, locale, short ? { dateStyle: 'medium' } : { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

/** The meeting's date, linked to its page unless the item is not public. */
function meetingLink(meeting: MeetingInfo, closed: boolean, locale: Locale): TemplateResult | string | undefined {
  const date = day(meeting.start, locale);
  return meeting.web && !closed && date ? html`<a href=${meeting.web} rel="noopener noreferrer">${date}</a>` : date;
}

/** A result kind that is a decision on the matter ("Beschluss" rather than "Beratung" in the citation). */
const decided = (result: ParsedResult) => ['adopted', 'adopted-amended', 'rejected', 'partially'].includes(result.kind);

/** The parts of one card after its first render; the card creates it once the chunk has loaded. */
export class Details {
  private readonly host: ReactiveElement;
  private readonly localize: LocalizeController;
  private readonly announce: (text: string) => Promise<unknown>;
  private readonly linked: LinkedLoader;
  private data: Shown | undefined;
  private timeoutMs = 15_000;

  constructor(host: ReactiveElement, localize: LocalizeController, announce: (text: string) => Promise<unknown>) {
    this.host = host;
    this.localize = localize;
    this.announce = announce;
    this.linked = new LinkedLoader({ onChange: () => host.requestUpdate(), timeoutMs: () => this.timeoutMs });
    // Requests wait while the card is off the page (the details may arrive after it was removed); back on
    // the page, it renders again, which asks again for what was dropped.
    host.addController({
      hostConnected: () => {
        this.linked.resume();
        host.requestUpdate();
      },
      hostDisconnected: () => this.linked.pause(),
    });
    if (!host.isConnected) this.linked.pause();
    // The styles of these parts join the card's own.
    adoptScopedStyles(host, () => [detailsStyles], 'details');
  }

  /** Starts over for the card's main data (undefined while it loads): the objects it holds are not fetched again. */
  sync(data: Shown | undefined, timeoutMs: number): void {
    if (data === this.data) return;
    this.data = data;
    this.linked.reset();
    this.timeoutMs = timeoutMs;
    if (data) this.linked.seed([data.agendaItem, data.meeting, data.committee, data.consultation, data.paper]);
  }

  /** The linked object at `url`; starts loading it on first ask. */
  private get<K extends keyof Kinds>(url: string | undefined, kind: K): Slot<Kinds[K]> | undefined {
    return this.linked.get(url, NORMALISERS[kind]);
  }

  /** True while a linked object is loading. */
  get busy(): boolean {
    return this.linked.busy;
  }

  /** How many linked objects could not be loaded (each shows a note). */
  get unavailable(): number {
    return this.linked.unavailable;
  }

  /** Loads the texts in the card's language, if they load on demand and are not loaded yet. */
  prepare(): Promise<unknown> | undefined {
    return this.localize.prepare([detailsMessages]);
  }

  /** "wird geladen …" while a linked object loads, the note in its place when it failed, else nothing. */
  absent(slot: Slot<unknown> | undefined, part: Part, t = this.localize.messages(resolutionMessages)): TemplateResult | typeof nothing {
    if (!slot || slot.state === 'ok') return nothing;
    if (slot.state === 'loading') return html`<span class="rc-loading-part">${t.loadingPart}</span>`;
    return html`<span class="rc-note" part="note">${this.localize.messages(detailsMessages).absent(part, slot.state, slot.error)}</span>`;
  }

  /** "wird geladen …" while a linked object loads; nothing once it has loaded or failed. */
  private pending(slot: Slot<unknown> | undefined, t: ResolutionMessages): TemplateResult | typeof nothing {
    return slot?.state === 'loading' ? html`<span class="rc-loading-part">${t.loadingPart}</span>` : nothing;
  }

  /**
   * One note for the linked objects that could not be loaded, one sentence per reason ("Sitzung und Gremium
   * wurden nicht gefunden."): never a stack of notes with separators between them.
   */
  private oneNote(parts: [Slot<unknown> | undefined, Part][], d: DetailsMessages): TemplateResult | typeof nothing {
    const sentences: string[] = [];
    for (const why of ['restricted', 'missing', 'failed'] as const) {
      const group = parts.flatMap(([slot, part]) => (slot?.state === why ? [{ part, error: slot.error }] : []));
      const [first] = group;
      if (!first) continue;
      sentences.push(group.length === 1 ? d.absent(first.part, why, first.error) : d.absentTogether(group.map(({ part }) => part), why, first.error));
    }
    return sentences.length ? html`<p class="rc-note" part="note">${sentences.join(' ')}</p>` : nothing;
  }

  /** Everything of the card beyond the decision, from its main data and the linked objects loaded so far. */
  render(data: Shown, view: View, timeoutMs: number): Resolved {
    this.sync(data, timeoutMs);
    const { messages: t, locale } = view;
    const d = this.localize.messages(detailsMessages);
    const paperOnly = !data.agendaItem && !data.consultation;
    let consultation = given(data.consultation);
    const item = given(data.agendaItem) ?? this.get(ok(consultation)?.agendaItemUrl, 'AgendaItem');
    const itemValue = ok(item);
    // Nothing behind a non-public item is followed or linked: no guessed content.
    const closed = itemValue?.public === false;
    if (!closed) consultation ??= this.get(itemValue?.consultationUrl, 'Consultation');
    const meeting = given(data.meeting) ?? this.get(itemValue?.meetingUrl ?? ok(consultation)?.meetingUrl, 'Meeting');
    const meetingValue = ok(meeting);
    const committee = given(data.committee) ?? this.get(meetingValue?.organizationUrls[0] ?? ok(consultation)?.organizationUrls[0], 'Organization');
    // A consultation that failed leaves its note where the paper would be.
    const paper = closed
      ? undefined
      : (given(data.paper) ?? (consultation && consultation.state !== 'ok' ? consultation : this.get(ok(consultation)?.paperUrl, 'Paper')));
    const paperValue = ok(paper);
    const committeeName = ok(committee)?.name ?? meetingValue?.name;
    const decision = itemValue && (itemValue === data.agendaItem ? data.decision : decide(itemValue));
    return {
      item,
      decision,
      meeting: meetingValue,
      publicity: itemValue && itemPublicity(itemValue, meetingValue),
      upcoming: meetingValue?.start && (meetingOver(meetingValue) ?? 0) > now() ? day(meetingValue.start, locale) : undefined,
      context: paperOnly
        ? [paperValue?.reference && `${d.paper} ${paperValue.reference}`, paperValue?.paperType]
        : [
            committeeName ?? this.pending(committee, t),
            meetingValue ? meetingLink(meetingValue, closed, locale) : this.pending(meeting, t),
            meetingValue?.cancelled && d.cancelled,
          ],
      note: paperOnly
        ? nothing
        : this.oneNote(
            [
              [committeeName ? undefined : committee, 'committee'],
              [meetingValue ? undefined : meeting, 'meeting'],
            ],
            d,
          ),
      title: paperValue?.name ?? this.titleInstead(item, paper, t),
      parts: html`${this.paperSection(paper, view, d)}
      ${paperValue ? this.path(paperValue, itemValue, view, d) : nothing}
      ${decision && !meeting?.state.startsWith('load') && !committee?.state.startsWith('load')
        ? this.citation(decision.result, committeeName, meetingValue, itemValue, paperValue, view, d)
        : nothing}`,
    };
  }

  /** The title when neither an agenda item nor a paper has loaded: the note of the one missing, or "ohne Titel". */
  private titleInstead(item: Slot<AgendaItemInfo> | undefined, paper: Slot<PaperInfo> | undefined, t: ResolutionMessages): TemplateResult | typeof nothing | string {
    if (item) return this.absent(item, 'item', t);
    if (paper) return this.absent(paper, 'paper', t);
    return t.untitled;
  }

  /** The paper, or its section with the note in its place while it loads or when it failed. */
  private paperSection(paper: Slot<PaperInfo> | undefined, view: View, d: DetailsMessages): TemplateResult | typeof nothing {
    if (!paper) return nothing;
    if (paper.state === 'ok') return this.paper(paper.value, view, d);
    return html`<section class="rc-paper" part="paper">
      ${heading(view.level(1), view.id('paper'), d.paper)}
      <p>${this.absent(paper, 'paper', view.messages)}</p>
    </section>`;
  }

  /** The names of organizations or persons; those still loading or unavailable are left out. */
  private names(urls: string[], kind: 'Organization' | 'Person'): string[] {
    return urls.map((url) => ok(this.get(url, kind))?.name).filter((name): name is string => !!name);
  }

  private paper(value: PaperInfo, view: View, d: DetailsMessages): TemplateResult {
    const { locale } = view;
    const fact = (term: string, detail: unknown) => (detail && (!Array.isArray(detail) || detail.length) ? html`<dt>${term}</dt><dd>${Array.isArray(detail) ? detail.join(', ') : detail}</dd>` : nothing);
    const files = [value.mainFile, ...value.auxiliaryFiles].filter((file): file is OParlDocument => !!file?.url);
    return html`<section class="rc-paper" part="paper">
      ${heading(view.level(1), view.id('paper'), d.paper)}
      <dl class="rc-facts">
        ${value.reference
          ? html`<dt>${d.reference}</dt>
              <dd>
                <span class="rc-reference" translate="no">${value.reference}</span>
                <button type="button" class="hw-button rc-small rs_skip" @click=${() => {
                    void this.copy('reference', value.reference!, d);
                  }}>
                  ${d.copy}<span class="hw-visually-hidden"> ${d.reference} ${value.reference}</span>
                </button>
              </dd>`
          : nothing}
        ${fact(d.paperType, value.paperType)} ${fact(d.title, value.name)} ${fact(d.date, day(value.date, locale, true))}
        ${fact(d.lead, this.names(value.underDirectionOfUrls, 'Organization'))}
        ${fact(d.originators, [...this.names(value.originatorOrganizationUrls, 'Organization'), ...this.names(value.originatorPersonUrls, 'Person')])}
      </dl>
      ${files.length
        ? html`<div class="rc-heading rc-small-heading">${d.files}</div>
            <ul class="rc-files">${files.map((file) => html`<li>${fileLink(file, locale)}</li>`)}</ul>`
        : nothing}
      ${value.web ? html`<p><a href=${value.web} rel="noopener noreferrer">${d.openPaper}</a></p>` : nothing}
    </section>`;
  }

  private path(paper: PaperInfo, focus: AgendaItemInfo | undefined, view: View, d: DetailsMessages): TemplateResult {
    const { messages: t, locale } = view;
    const rows = paper.consultations.map((consultation) => {
      const meeting = this.get(consultation.meetingUrl, 'Meeting');
      const meetingValue = ok(meeting);
      const committee = this.get(consultation.organizationUrls[0] ?? meetingValue?.organizationUrls[0], 'Organization');
      const isFocus = !!focus && (consultation.agendaItemUrl === focus.id || consultation.id === focus.consultationUrl);
      // The step's result: the card's own item, else the item embedded in the meeting, else the item on its own.
      let item: Slot<AgendaItemInfo> | undefined = isFocus ? given(focus) : given(meetingValue && findAgendaItem(meetingValue.agenda, consultation.agendaItemUrl));
      if (!item && meeting?.state !== 'loading') item = this.get(consultation.agendaItemUrl, 'AgendaItem');
      const itemValue = ok(item);
      const status = itemValue?.result ?? titleStatus(itemValue?.title);
      const result = status ? parseResult(status) : undefined;
      return { consultation, meeting, committee, item, result, isFocus };
    });
    const path = describePath(
      rows.map(({ consultation, meeting, result }) => ({ consultation, meeting: ok(meeting), result })),
      now(),
    );
    const committeeName = (row: (typeof rows)[number]) => ok(row.committee)?.name ?? ok(row.meeting)?.name ?? d.unknownCommittee;
    const next = path.next === undefined ? undefined : rows[path.next]!;
    const current = path.current === undefined ? undefined : rows[path.current]!;
    /** "Wie geht es weiter?": the next step, else the conclusion, else that the rest is loading or not published. */
    const whatNext = (): string => {
      if (next) return d.next(committeeName(next), day(ok(next.meeting)!.start, locale)!, next.consultation.role);
      if (path.concluded && current) return d.concluded(t.kind(current.result!), committeeName(current), day(ok(current.meeting)!.start, locale, true)!);
      if (rows.some((row) => row.meeting?.state === 'loading')) return d.stillLoading;
      return d.openEnd;
    };

    return html`<section class="rc-path">
      ${heading(view.level(1), view.id('path'), d.path)}
      ${rows.length
        ? html`<ol class="rc-timeline" part="timeline">
            ${rows.map((row, index) => {
              const meetingValue = ok(row.meeting);
              const time = path.time[index]!;
              const markers = [
                row.isFocus && d.thisItem,
                index === path.current && d.currentStep,
                index === path.next && d.nextStep,
                meetingValue?.cancelled && d.cancelled,
              ].filter(Boolean);
              return html`<li part="step" class="rc-step rc-${time}${index === path.next ? ' rc-next' : ''}" aria-current=${index === path.current ? 'step' : 'false'}>
                <p class="rc-step-committee">
                  <strong>${ok(row.committee)?.name ?? meetingValue?.name ?? (row.committee ? this.absent(row.committee, 'committee', t) : d.unknownCommittee)}</strong>
                  ${markers.map((marker) => html` <span class="rc-marker">${marker}</span>`)}
                </p>
                <p class="rc-step-meta">
                  ${[
                    meetingValue ? meetingLink(meetingValue, false, locale) : this.absent(row.meeting, 'meeting', t),
                    row.consultation.role,
                    row.consultation.authoritative ? html`<strong>${d.authoritative}</strong>` : undefined,
                  ]
                    // Separators only between what is there: no step starts with "·".
                    .filter((entry) => entry !== undefined && entry !== nothing)
                    .map((entry, position) => html`${position ? ' · ' : nothing}${entry}`)}
                </p>
                <p class="rc-step-result">
                  ${this.stepResult(row.result, row.item, time, t, d)}
                </p>
              </li>`;
            })}
          </ol>`
        : html`<p>${d.noPath}</p>`}
      <div class="rc-what-next" part="next">
        ${heading(view.level(2), view.id('next'), d.whatNext)}
        <p>${whatNext()}</p>
      </div>
    </section>`;
  }

  /** A step's result; else why there is none: its item failed, it is still to come, or none was published. */
  private stepResult(result: ParsedResult | undefined, item: Slot<AgendaItemInfo> | undefined, time: StepTime, t: ResolutionMessages, d: DetailsMessages) {
    if (result) {
      return html`<span class="rc-icon" aria-hidden="true">${ICONS[result.kind]}</span> ${t.kind(result)}${result.text
          ? html` <span class="rc-raw">(<q>${result.text}</q>)</span>`
          : nothing}`;
    }
    if (item && item.state !== 'ok') return this.absent(item, 'item', t);
    if (time === 'upcoming') return d.notYet;
    if (time === 'past') return d.noStepResult;
    return nothing;
  }

  private citation(
    result: ParsedResult,
    committee: string | undefined,
    meeting: MeetingInfo | undefined,
    item: AgendaItemInfo,
    paper: PaperInfo | undefined,
    view: View,
    d: DetailsMessages,
  ): TemplateResult {
    const line = d.citation(decided(result), committee, day(meeting?.start, view.locale, true), item.number, paper?.reference);
    return html`<section class="rc-citation" part="citation">
      ${heading(view.level(1), view.id('citation'), d.cite)}
      <p class="rc-citation-line">${line}</p>
      <button type="button" class="hw-button rc-small rs_skip" @click=${() => {
          void this.copy('citation', line, d);
        }}>${d.copyCitation}</button>
    </section>`;
  }

  /** Copies to the clipboard, with an older fallback for pages where the Clipboard API is refused. */
  private async copy(target: CopyTarget, text: string, d: DetailsMessages): Promise<void> {
    let copied: boolean;
    const focused = document.activeElement as HTMLElement | null;
    try {
      await navigator.clipboard.writeText(text);
      copied = true;
    } catch {
      const area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.className = 'hw-visually-hidden';
      this.host.appendChild(area);
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
    await this.announce('');
    await this.announce(copied ? d.copied(target) : d.copyFailed);
    if (copied) this.host.dispatchEvent(new ResolutionCopiedEvent(target, text));
  }
}
