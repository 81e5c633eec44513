import type { CopyTarget } from './details.messages.js';

/** Fired when a copy button put text on the clipboard (the card also announces it in a live region). */
export class ResolutionCopiedEvent extends Event {
  static readonly eventName = 'resolution-copied' as const;
  /** What was copied: the paper's reference or the citation line. */
  readonly kind: CopyTarget;
  readonly text: string;

  constructor(kind: CopyTarget, text: string) {
    super(ResolutionCopiedEvent.eventName, { bubbles: true, composed: true });
    this.kind = kind;
    this.text = text;
  }
}

/**
 * Fired once per load when every linked object (meeting, committee, paper, the steps of the Beratungsfolge)
 * has loaded or failed, after `widget-loaded`. `unavailable` counts the parts shown as a note instead.
 */
export class ResolutionSettledEvent extends Event {
  static readonly eventName = 'resolution-settled' as const;
  readonly unavailable: number;

  constructor(unavailable: number) {
    super(ResolutionSettledEvent.eventName, { bubbles: true, composed: true });
    this.unavailable = unavailable;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'resolution-copied': ResolutionCopiedEvent;
    'resolution-settled': ResolutionSettledEvent;
  }
}
