import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A count is announced once typing pauses, not at every keystroke. */
const DELAY_MS = 700;

/**
 * Says short texts through the finder's polite live region (`.ssf-live`), written directly: Lit renders the
 * region empty once, and a live region announces a change, so the same words again get a no-break space.
 */
export class LiveAnnouncer implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost & Element) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  /** Says `text` now, or once nothing else was asked for DELAY_MS; `undefined` only cancels what waits. */
  say(text: string | undefined, immediately: boolean): void {
    clearTimeout(this.#timer);
    if (text === undefined) return;
    const set = () => {
      const region = this.#host.querySelector('.ssf-live');
      if (region) region.textContent = region.textContent === text ? `${text}\u00a0` : text;
    };
    if (immediately) set();
    else this.#timer = setTimeout(set, DELAY_MS);
  }
}
