import type { ConsentConfig } from './types.js';

/*
 * Part of the small core: what it must know of the built-in configuration, and how it recognises a
 * configuration it has checked before. The check itself (validate.ts) and the built-in texts
 * (default-config.ts) load with the dialog; tests keep BUILT_IN_CORE and BUILT_IN_FINGERPRINT in step with
 * the full default.
 */

/** What the core needs of the built-in configuration: its services' ids and which is essential. */
export const BUILT_IN_CORE = {
  services: [{ id: 'essential', essential: true }, { id: 'etracker' }, { id: 'readspeaker' }, { id: 'google-translate' }, { id: 'youtube' }],
} as unknown as ConsentConfig;

/**
 * The fingerprint of the built-in configuration: that of `JSON.stringify(defaultConfig)`. A test fails when
 * default-config.ts changes and this does not: then update it, so every stored choice is checked against the
 * new configuration once (the revision and new-service rule of record.ts) before the core applies it again.
 */
export const BUILT_IN_FINGERPRINT = -855155609;

/**
 * A short fingerprint of a configuration's text; the built-in configuration's for no text. The record keeps
 * the fingerprint of the configuration it was checked against, so an unchanged configuration needs no new
 * check and the checking code need not load on every page.
 */
export function fingerprint(text: string | null | undefined): number {
  let hash = 0;
  for (const char of text || '') hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash || BUILT_IN_FINGERPRINT;
}
