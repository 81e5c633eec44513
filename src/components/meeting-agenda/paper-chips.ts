import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { invalidData } from '../../core/errors.js';
import { LinkedLoader, type Slot } from '../../oparl/linked.js';
import { normaliseConsultation, normalisePaper } from '../../oparl/papers.js';
import type { PaperInfo } from '../../oparl/types.js';

/** What an agenda item's paper chip shows: its paper, or why there is none (yet). */
export type PaperChip = Slot<PaperInfo>;

/**
 * Loads the paper (Vorlage) behind an agenda item only when the item comes into view: OParl links an item
 * to its paper through a Consultation, two requests per item, so an agenda renders from one request and
 * fills in the chips of what the reader actually sees. The requests go through the shared loader of linked
 * objects (src/oparl/linked.ts) and the page's fetch cache, so a <resolution-card> opened later reuses them.
 */
export class PaperChips implements ReactiveController {
  private readonly objects: LinkedLoader;
  private observer: IntersectionObserver | undefined;
  private observed = new WeakSet<Element>();

  constructor(host: ReactiveControllerHost, timeoutMs: () => number) {
    this.objects = new LinkedLoader({ onChange: () => host.requestUpdate(), timeoutMs });
    host.addController(this);
  }

  hostDisconnected(): void {
    this.reset();
  }

  /** Forgets everything (another meeting is shown, or the element left the page). */
  reset(): void {
    this.objects.reset();
    this.observer?.disconnect();
    this.observer = undefined;
    // Lit reuses the list's elements for the next meeting: they are watched again.
    this.observed = new WeakSet();
  }

  /** The chip of the item with this consultation; undefined until the item has come into view. */
  chip(consultationUrl: string): PaperChip | undefined {
    if (!this.objects.peek(consultationUrl)) return undefined;
    const consultation = this.objects.get(consultationUrl, normaliseConsultation);
    if (consultation?.state !== 'ok') return consultation;
    // The paper is asked for once its consultation has named it.
    return this.objects.get(consultation.value.paperUrl, normalisePaper) ?? { state: 'missing', error: invalidData('Die Beratung nennt keine Vorlage.', consultationUrl) };
  }

  /** Watches elements carrying `data-consultation`; each loads its consultation once it is near the viewport. */
  watch(elements: Iterable<HTMLElement>): void {
    if (typeof IntersectionObserver === 'undefined') {
      for (const element of elements) this.request(element.dataset['consultation']);
      return;
    }
    this.observer ??= new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          this.observer?.unobserve(entry.target);
          this.request((entry.target as HTMLElement).dataset['consultation']);
        }
      },
      { rootMargin: '300px 0px' },
    );
    for (const element of elements) {
      if (this.observed.has(element)) continue;
      this.observed.add(element);
      this.observer.observe(element);
    }
  }

  private request(url: string | undefined): void {
    if (url) this.objects.get(url, normaliseConsultation);
  }
}
