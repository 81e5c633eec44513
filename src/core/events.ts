import type { LoadErrorKind } from './errors.js';

/*
 * Event naming, for every element of the library: `<subject>-<what happened>` in lower-case kebab case, one
 * Event subclass per name with typed read-only fields (no `detail` to unpack). Lifecycle events bubble and are
 * composed, so a page can listen on `document` for all widgets at once.
 */

/** Fired by every widget when its data has loaded and rendered. */
export class WidgetLoadedEvent extends Event {
  static readonly eventName = 'widget-loaded' as const;
  /** The URL the data came from; undefined when it was set as a property. */
  readonly src: string | undefined;
  /** A short, countable description of what is shown (for example the number of agenda items). */
  readonly count: number | undefined;

  constructor(src: string | undefined, count?: number) {
    super(WidgetLoadedEvent.eventName, { bubbles: true, composed: true });
    this.src = src;
    this.count = count;
  }
}

/** Fired by every widget when loading failed; the widget shows the error itself. */
export class WidgetErrorEvent extends Event {
  static readonly eventName = 'widget-error' as const;
  readonly kind: LoadErrorKind;
  readonly status: number | undefined;
  readonly url: string | undefined;
  readonly message: string;

  constructor(init: { kind: LoadErrorKind; status?: number | undefined; url?: string | undefined; message: string }) {
    super(WidgetErrorEvent.eventName, { bubbles: true, composed: true });
    this.kind = init.kind;
    this.status = init.status;
    this.url = init.url;
    this.message = init.message;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'widget-loaded': WidgetLoadedEvent;
    'widget-error': WidgetErrorEvent;
  }
}
