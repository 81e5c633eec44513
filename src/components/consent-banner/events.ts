import { CONSENT_CHANGE_EVENT } from '../../core/consent-client.js';

/**
 * Fired on `<consent-banner>` (bubbling and composed, so `document` receives it) whenever a choice is
 * applied: the stored one when the page loads, a new one, and one made in another tab.
 */
export class ConsentChangeEvent extends Event {
  /** Every service allowed now, the essential ones included. */
  declare readonly granted: readonly string[];
  /** The services whose state this choice changed (allowed or withdrawn); may be empty. */
  declare readonly changed: readonly string[];

  constructor(granted: readonly string[], changed: readonly string[]) {
    super(CONSENT_CHANGE_EVENT, { bubbles: true, composed: true });
    this.granted = granted;
    this.changed = changed;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'consent-change': ConsentChangeEvent;
  }
}
