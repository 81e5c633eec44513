import { VERSION } from './version.js';

/** A custom element class that may carry the library version it was built from. */
export type VersionedElementClass = CustomElementConstructor & { version?: string };

/**
 * Registers `tagName` for `elementClass`, but only if the tag is still free.
 *
 * - The same class under the same tag twice (two bundles of one version on a page): nothing happens.
 * - Another class already holds the tag: a warning names both versions; the first one keeps working.
 * - The class already holds another tag (a partner registering `<x-agenda>` for our class): a subclass is
 *   registered instead, because the platform allows one tag per constructor.
 *
 * Returns the constructor that is registered under the tag afterwards.
 */
export function defineElement(tagName: string, elementClass: VersionedElementClass): CustomElementConstructor | undefined {
  const registry = globalThis.customElements;
  if (!registry) return undefined;
  const existing: VersionedElementClass | undefined = registry.get(tagName);
  if (existing) {
    // The same version from another bundle on the page (meeting-agenda.js beside herne-widgets.js) is fine.
    const ours = elementClass.version ?? VERSION;
    if (existing !== elementClass && existing.version !== ours) {
      console.warn(`herne-widgets: <${tagName}> ${existing.version ?? '(another element)'} is already defined; ${ours} was not registered.`);
    }
    return existing;
  }
  try {
    registry.define(tagName, elementClass);
  } catch (error) {
    if (!(error instanceof DOMException) || error.name !== 'NotSupportedError') throw error;
    // The constructor is already in use under another tag name.
    registry.define(tagName, class extends (elementClass as unknown as typeof HTMLElement) {});
  }
  return registry.get(tagName);
}
