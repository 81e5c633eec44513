/*
 * How an element asks before it loads anything from a third party (map tiles, videos). The page's
 * <consent-banner> implements this API; without one on the page, nothing optional loads unless the person
 * asks for it explicitly (a "load the map" button counts as asking). A banner whose configuration does not
 * list the service counts as no banner for it: `whenGranted` rejects, and the widget waits for the person's
 * explicit request instead.
 */

/** What <consent-banner> offers to other elements. */
export interface ConsentApi {
  /** True when the person has consented to `service`; false for a service the configuration does not list. */
  has(service: string): boolean;
  /**
   * Resolves once the person consents to `service` (at once if they have). Rejects with an Error naming the
   * service when the configuration does not list it; stays pending while the configuration is invalid.
   */
  whenGranted(service: string): Promise<void>;
  /** Opens the consent settings. */
  show(): void;
}

/** The name of the event <consent-banner> fires on `document` when consent changes. */
export const CONSENT_CHANGE_EVENT = 'consent-change';

/** The page's consent banner, if there is one and it is ready. */
export function findConsent(root: Document = document): ConsentApi | undefined {
  const banner = root.querySelector<Element & Partial<ConsentApi>>('consent-banner');
  return banner && typeof banner.has === 'function' && typeof banner.whenGranted === 'function' ? (banner as unknown as ConsentApi) : undefined;
}
