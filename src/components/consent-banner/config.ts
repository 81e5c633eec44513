import type { ConsentConfig } from './types.js';

/*
 * Part of the small core: what it must know of the built-in configuration, and how it recognises a
 * configuration it has checked before. The check itself (validate.ts) and the built-in texts
 * (default-config.ts) load with the dialog; a test keeps BUILT_IN_CORE in step with the full default.
 */

/**
 * What the core needs of the built-in configuration, and all that decides whether a stored choice still
 * answers it (see isCurrent in record.ts): the revision, the services' ids and which is essential.
 */
export const BUILT_IN_CORE = {
  revision: 1,
  services: [{ id: 'essential', essential: true }, { id: 'etracker' }, { id: 'readspeaker' }, { id: 'google-translate' }, { id: 'youtube' }],
} as unknown as ConsentConfig;

/**
 * A short fingerprint of a configuration's text: the JSON child's, or, for none, BUILT_IN_CORE's. The record
 * keeps the fingerprint of the configuration it was checked against, so an unchanged configuration needs no
 * new check and the checking code need not load on every page. The built-in configuration is checked by a
 * test, not at run time, so its fingerprint needs to change only when a stored choice may no longer answer
 * it: with a new revision or a changed list of services, both part of BUILT_IN_CORE.
 */
export function fingerprint(text: string | null | undefined): number {
  const source = text || JSON.stringify(BUILT_IN_CORE);
  let hash = 0;
  for (const char of source) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash;
}
