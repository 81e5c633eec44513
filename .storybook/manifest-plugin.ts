import type { Plugin } from 'vite';
// @ts-expect-error: plain JavaScript module without type declarations
import { MANIFEST_FILE, MANIFEST_MODULE, manifestModuleSource } from '../scripts/custom-elements-manifest.mjs';

/** Serves dist/custom-elements.json to the stories as `virtual:custom-elements-manifest` (their controls). */
export function customElementsManifest(): Plugin {
  const resolved = `\0${MANIFEST_MODULE as string}`;
  return {
    name: 'herne-widgets:custom-elements-manifest',
    resolveId: (id) => (id === MANIFEST_MODULE ? resolved : undefined),
    load(id) {
      if (id !== resolved) return undefined;
      const source = manifestModuleSource() as string;
      this.addWatchFile(MANIFEST_FILE as string);
      return source;
    },
  };
}
