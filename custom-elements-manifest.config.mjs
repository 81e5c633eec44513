// `cem analyze` (run by npm run build): the custom elements manifest, generated from the JSDoc on the element
// classes, into dist/. package.json names the file itself; the analyzer must not rewrite it.

/**
 * The analyzer adds a nameless event for every `dispatchEvent(new SomeEvent(…))` it sees; the events an
 * element fires are the `@fires` lines of its JSDoc, so the nameless duplicates are dropped.
 */
const dropNamelessEvents = {
  name: 'drop-nameless-events',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
      }
    }
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.stories.ts', 'src/**/*.d.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [dropNamelessEvents],
};
