import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError } from '../../core/errors.js';
import { fetchLinked } from '../../oparl/client.js';
import { expectObject, referenceUrl } from '../../oparl/normalise.js';
import { cleanText, safeUrl } from '../../core/sanitize.js';

/** The little the chip needs of a paper; the resolution card reads the whole paper. */
export interface PaperLabel {
  reference: string | undefined;
  paperType: string | undefined;
  web: string | undefined;
}

/** What an agenda item's paper chip shows. */
export type PaperChip = { state: 'loading' } | { state: 'ok'; paper: PaperLabel } | { state: 'restricted' } | { state: 'missing' } | { state: 'failed' };

const paperOfConsultation = (raw: unknown, url: string) => referenceUrl(expectObject(raw, 'Consultation', url).json['paper']);
const paperLabel = (raw: unknown, url: string): PaperLabel => {
  const { json } = expectObject(raw, 'Paper', url);
  return { reference: cleanText(json['reference']), paperType: cleanText(json['paperType']), web: safeUrl(json['web']) };
};

/** Parallel requests at most; a long agenda must not flood a council server. */
const MAX_IN_FLIGHT = 4;

/**
 * Loads the paper (Vorlage) behind an agenda item only when the item comes into view: OParl links an item
 * to its paper through a Consultation, two requests per item, so an agenda renders from one request and
 * fills in the chips of what the reader actually sees. Requests go through the shared cache, so a
 * <resolution-card> opened later reuses them.
 */
export class PaperChipLoader implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly timeoutMs: () => number;
  private chips = new Map<string, PaperChip>();
  private queue: string[] = [];
  private inFlight = 0;
  private controller = new AbortController();
  private observer: IntersectionObserver | undefined;
  private readonly observed = new WeakSet<Element>();

  constructor(host: ReactiveControllerHost, timeoutMs: () => number) {
    this.host = host;
    this.timeoutMs = timeoutMs;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.reset();
  }

  /** Forgets everything (another meeting is shown, or the element left the page). */
  reset(): void {
    this.controller.abort();
    this.controller = new AbortController();
    this.observer?.disconnect();
    this.observer = undefined;
    this.chips = new Map();
    this.queue = [];
    this.inFlight = 0;
  }

  chip(consultationUrl: string): PaperChip | undefined {
    return this.chips.get(consultationUrl);
  }

  /** Watches elements carrying `data-consultation`; each loads its paper once it is near the viewport. */
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
    if (!url || this.chips.has(url)) return;
    this.chips.set(url, { state: 'loading' });
    this.queue.push(url);
    this.pump();
  }

  private pump(): void {
    while (this.inFlight < MAX_IN_FLIGHT && this.queue.length > 0) {
      const url = this.queue.shift()!;
      this.inFlight += 1;
      const { signal } = this.controller;
      this.load(url, signal)
        .then((chip) => {
          if (signal.aborted) return;
          this.chips.set(url, chip);
          this.host.requestUpdate();
        })
        .catch((error: unknown) => {
          if (!isAbortError(error) && !signal.aborted) this.chips.set(url, { state: 'failed' });
        })
        .finally(() => {
          if (signal.aborted) return;
          this.inFlight -= 1;
          this.pump();
        });
    }
  }

  private async load(consultationUrl: string, signal: AbortSignal): Promise<PaperChip> {
    const options = { signal, timeoutMs: this.timeoutMs() };
    const consultation = await fetchLinked(consultationUrl, paperOfConsultation, options);
    if (consultation.state !== 'ok') return { state: consultation.state };
    if (!consultation.value) return { state: 'missing' };
    const paper = await fetchLinked(consultation.value, paperLabel, options);
    return paper.state === 'ok' ? { state: 'ok', paper: paper.value } : { state: paper.state };
  }
}
