import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Locale } from '../../core/i18n.js';
import { html } from '../../core/template.js';
import type { AgendaItemInfo, MeetingInfo, OParlOrganizationInfo } from '../../oparl/types.js';

/** The toggle's texts; small enough to carry both languages in this on-demand module. */
const texts = {
  de: { show: 'Beschluss anzeigen', hide: 'Beschluss ausblenden', item: (number: string) => ` zu TOP ${number}`, failed: 'Der Beschluss kann gerade nicht angezeigt werden.' },
  en: { show: 'Show decision', hide: 'Hide decision', item: (number: string) => ` on item ${number}`, failed: 'The decision cannot be shown right now.' },
};

/** An agenda item has a decision worth opening when it is public and has a paper or a result. */
export function hasDecision(item: AgendaItemInfo): boolean {
  return item.public !== false && Boolean(item.consultationUrl || item.result || item.resolutionText || item.resolutionFile);
}

/**
 * Opens an agenda item's decision in place, as a <resolution-card> given what the agenda already has (the
 * item, the meeting, the committee), so that it only fetches the paper and the path through the committees,
 * through the same shared cache. The card's code loads when the first decision is opened.
 */
export class DecisionToggles {
  private readonly host: ReactiveControllerHost;
  private readonly open = new Set<string>();
  private card: Promise<unknown> | undefined;
  private failed = false;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
  }

  render(item: AgendaItemInfo, context: { anchor: string; meeting: MeetingInfo; committee: OParlOrganizationInfo | undefined; level: number; locale: Locale }): TemplateResult | typeof nothing {
    if (!hasDecision(item)) return nothing;
    const t = texts[context.locale];
    const opened = this.open.has(item.id);
    const region = `${context.anchor}-decision`;
    return html`<p class="hw-no-print">
        <button type="button" class="hw-button" aria-expanded=${opened ? 'true' : 'false'} aria-controls=${region} @click=${() => this.toggle(item.id)}
          >${opened ? t.hide : t.show}${item.number ? html`<span class="hw-visually-hidden">${t.item(item.number)}</span>` : nothing}</button
        >
      </p>
      <div id=${region} class="ma-decision">
        ${opened ? this.renderOpened(item, context, t) : nothing}
      </div>`;
  }

  /** The opened decision: the card, or a note when its code could not load. */
  private renderOpened(item: AgendaItemInfo, context: { meeting: MeetingInfo; committee: OParlOrganizationInfo | undefined; level: number }, t: (typeof texts)['de']): TemplateResult {
    if (this.failed) return html`<p class="ma-note">${t.failed}</p>`;
    return html`<resolution-card
      hide-header
      heading-level=${Math.min(5, context.level + 1)}
      .data=${{ agendaItem: item, meeting: context.meeting, committee: context.committee }}
    ></resolution-card>`;
  }

  private toggle(id: string): void {
    if (!this.open.delete(id)) this.open.add(id);
    this.card ??= import('./card.js').catch(() => {
      this.failed = true;
    });
    void this.card.then(() => this.host.requestUpdate());
    this.host.requestUpdate();
  }
}
