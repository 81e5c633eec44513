import type { ReactiveController, ReactiveElement } from 'lit';
import type { Locale } from '../../core/i18n.js';
import type { AgendaItemInfo, MeetingInfo, OParlOrganizationInfo } from '../../oparl/types.js';
import { DecisionToggles } from './decisions.js';
import { PaperChips } from './paper-chips.js';

/*
 * What the agenda does after its first render, loaded from a chunk of its own so that the first render
 * carries none of it: paper chips for the items on screen, opening a decision in place, and jumping to the
 * item a link points to.
 */

/** The agenda as this module needs it. */
interface AgendaHost extends ReactiveElement {
  readonly timeoutMs: number;
}

export class AgendaEnhancements implements ReactiveController {
  private readonly host: AgendaHost;
  readonly chips: PaperChips;
  readonly decisions: DecisionToggles;
  /** The item the address pointed to when the agenda appeared (shown once, not again on every render). */
  private shown = false;

  constructor(host: AgendaHost) {
    this.host = host;
    this.chips = new PaperChips(host, () => host.timeoutMs);
    this.decisions = new DecisionToggles(host);
    // A connected host calls hostConnected at once, which starts listening for the address to change.
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  hostUpdated(): void {
    this.chips.watch(this.host.renderRoot.querySelectorAll<HTMLElement>('[data-consultation]'));
    if (!this.shown) this.shown = showItemFromHash(this.host.renderRoot) !== undefined;
  }

  /** A new meeting: forget the papers and show the addressed item again. */
  reset(): void {
    this.chips.reset();
    this.shown = false;
  }

  decision(item: AgendaItemInfo, context: { anchor: string; meeting: MeetingInfo; committee: OParlOrganizationInfo | undefined; level: number; locale: Locale }) {
    return this.decisions.render(item, context);
  }

  private readonly onHashChange = () => showItemFromHash(this.host.renderRoot);
}

/**
 * Shows, marks and focuses the agenda item named in the address ("#top-oe-15"), when it is one of this
 * agenda's items (anchors are unique on the page). The browser scrolls to it by itself; an agenda that
 * renders after the page has loaded, or an item inside a closed part of the page, needs this, and focus
 * moves to the item so that keyboard and screen reader users continue there. Returns its id, or undefined
 * when the address names none of this agenda's items.
 */
export function showItemFromHash(root: ParentNode): string | undefined {
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id) return undefined;
  const target = root.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"][part~="item"]`);
  if (!target) return undefined;
  root.querySelectorAll('.ma-targeted').forEach((element) => element.classList.remove('ma-targeted'));
  target.classList.add('ma-targeted');
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
  return id;
}
