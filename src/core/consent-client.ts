/*
 * How an element asks before it loads anything from a third party (map tiles, videos). The page's
 * <consent-banner> implements this API; without one on the page, nothing optional loads unless the person
 * asks for it explicitly (a "load the map" button counts as asking).
 */

/** What <consent-banner> offers to other elements. */
export interface ConsentApi {
  /** True when the person has consented to `service`. */
  has(service: string): boolean;
  /** Resolves once the person consents to `service` (at once if they have). */
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
