import type { ConsentConfig } from './types.js';

/*
 * Part of the small core: what it must know of the built-in configuration, and how it recognises a
 * configuration it has checked before. The check itself (validate.ts) and the built-in texts
 * (default-config.ts) load with the dialog; a test keeps BUILT_IN_CORE in step with the full default.
 */

/** The cookie and the localStorage key of the record (record.ts spells it out, for a shorter core). */
export const RECORD_NAME = 'herne_consent';

/** What the core needs of the built-in configuration: the revision and the services (the first is essential). */
export const BUILT_IN_CORE = {
  revision: 1,
  services: 'essential etracker readspeaker google-translate youtube'.split(' ').map((id, index) => ({ id, essential: !index })),
} as unknown as ConsentConfig;

/**
 * A short fingerprint of a configuration's text (0 for the built-in one). The record keeps the fingerprint
 * of the configuration it was checked against, so an unchanged configuration needs no new check and the
 * checking code need not load on every page.
 */
export function fingerprint(text: string | null | undefined): number {
  let hash = 0;
  for (const char of text ?? '') hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash;
}
