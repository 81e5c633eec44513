/**
 * The `consent-change` event, fired on `<consent-banner>` (bubbling and composed, so `document` receives it)
 * whenever a choice is applied: the stored one when the page loads, a new one, and one made in another tab.
 * It is a plain `Event` with these two fields (a class of its own would cost the small core 70 bytes), so
 * this is its type, not a class: listen with `document.addEventListener('consent-change', (event) => …)`.
 */
export interface ConsentChangeEvent extends Event {
  /** Every service allowed now, the essential ones included. */
  readonly granted: readonly string[];
  /** The services whose state this choice changed (allowed or withdrawn); may be empty. */
  readonly changed: readonly string[];
}

declare global {
  interface GlobalEventHandlersEventMap {
    'consent-change': ConsentChangeEvent;
  }
}
