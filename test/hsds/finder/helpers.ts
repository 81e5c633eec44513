import { fromBerlinTime } from '../../../src/core/i18n.js';
import { buildCatalogue, toOffer, type Catalogue, type Offer } from '../../../src/hsds/finder/catalogue.js';
import { readService, readServices, type HsdsService } from '../../../src/hsds/normalise.js';

/* What the finder's data tests share: a pinned Herne clock and offers from the sample or from a few fields. */

/** An instant given by its wall-clock time in Herne. */
export const at = (y: number, mo: number, d: number, h: number, mi = 0): number => fromBerlinTime(y, mo, d, h, mi).getTime();
/** Monday, 23 November 2026, 10:15 in Herne. */
export const MONDAY_MORNING = at(2026, 11, 23, 10, 15);

export async function sampleCatalogue(): Promise<Catalogue> {
  return buildCatalogue(readServices(await (await fetch('/sample/hsds/services.json')).json()).services, { skipped: 0, incomplete: false });
}

/** An offer read from an HSDS service with these fields. */
export function offer(raw: Record<string, unknown>): Offer {
  return toOffer(readService({ id: 'x', name: 'Test', ...raw }) as HsdsService);
}

export const weekly = (byday: string, opens: string, closes: string) => ({ freq: 'WEEKLY', byday, opens_at: opens, closes_at: closes });
/** The filters the finder offers for the sample (with one language). */
export const FILTER_KEYS = ['jetzt', 'heute', 'kostenlos', 'stufenlos', 'aufzug', 'wc', 'schleife', 'hausbesuch', 'telefon', 'angehoerige', 'sprache-tr'];
