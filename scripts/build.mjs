// npm run build
//   dist/            ESM for npm: one module per source file, lit as a dependency, .d.ts, custom-elements.json
//   dist/cdn/        one self-contained, minified module per element plus herne-widgets.js with all of them
// --cdn-only builds dist/cdn alone (the page tests need nothing else); --only=meeting-agenda builds one CDN file.
// SOURCEMAP=1 adds source maps (to see which module costs how many bytes).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { minifyHTMLLiterals } from 'minify-literals';
import { build } from 'vite';
import { cdnBundles } from './elements.mjs';

const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
const cdnOnly = process.argv.includes('--cdn-only') || only !== undefined;
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

if (!cdnOnly) {
  rmSync('dist', { recursive: true, force: true });
  run('npx', ['tsc', '-p', 'tsconfig.build.json']);
  run('npx', ['cem', 'analyze', '--quiet']);
} else if (!only) {
  rmSync('dist/cdn', { recursive: true, force: true });
}

/** Minifies the HTML and CSS inside Lit's html`` and css`` literals, which the JavaScript minifier leaves alone. */
const minifyLiterals = {
  name: 'herne-minify-literals',
  enforce: 'pre',
  async transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|css)`/.test(code)) return null;
    // Conservative: runs of whitespace become one space, never none, so text such as "Ö 15: Titel" keeps its spaces.
    const result = await minifyHTMLLiterals(code, { fileName: id, html: { collapseWhitespace: true, conservativeCollapse: true, removeComments: true } });
    return result ? { code: result.code, map: result.map } : null;
  },
};

/**
 * The agenda opens a decision in place from one chunk (src/components/meeting-agenda/card.ts): it imports the
 * card's reader and details statically, so that one request brings all three, while the card on its own loads
 * them with import(). Rollup reports that those import()s then stay in the agenda's chunk; that is the point.
 * Importing them dynamically from the agenda as well was measured: it split off a shared chunk, +566 B on the
 * agenda's first load and +2.3 kB on demand. Only this one report is silenced.
 */
const isIntendedCardChunk = (warning) =>
  warning.code === 'INEFFECTIVE_DYNAMIC_IMPORT' &&
  /src\/components\/resolution-card\/(read|details)\.ts/.test(warning.message) &&
  warning.message.includes('src/components/meeting-agenda/card.ts');

/**
 * `<meeting-list>` loads the agenda with import() when one is opened in place; in the all-in-one bundle the
 * agenda is there already (src/all.ts), so that import() stays in the bundle, as it should.
 */
const isAgendaInAllInOne = (warning) =>
  warning.code === 'INEFFECTIVE_DYNAMIC_IMPORT' &&
  warning.message.includes('src/components/meeting-agenda/define.ts') &&
  warning.message.includes('src/components/meeting-list/meeting-list.ts') &&
  warning.message.includes('src/all.ts');

for (const { file, entry, siblings = {}, compileOnLoad = false } of cdnBundles.filter((bundle) => !only || bundle.file === `${only}.js`)) {
  await build({
    configFile: false,
    plugins: [minifyLiterals],
    logLevel: 'warn',
    // Files the bundle starts itself (the finder's worker) are found next to it, wherever the CDN folder is served.
    base: './',
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: 'dist/cdn',
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: process.env.SOURCEMAP === '1',
      copyPublicDir: false,
      lib: { entry, formats: ['es'], fileName: () => file },
      rollupOptions: {
        // Lets lazy chunks import shared code from the element's file, instead of splitting it into more
        // files that every page would load up front.
        preserveEntrySignatures: 'allow-extension',
        onwarn(warning, warn) {
          if (isIntendedCardChunk(warning) || isAgendaInAllInOne(warning)) return;
          warn(warning);
        },
        external: (id) => id in siblings,
        output: {
          // Rollup hands relative external ids on resolved; map them back by their ending.
          paths: (id) => Object.entries(siblings).find(([source]) => id.endsWith(source.replace(/^(\.\.\/)+/, '')))?.[1] ?? id,
          minify: true,
          chunkFileNames: 'chunks/[name]-[hash].js',
          banner: `/*! herne-widgets ${version} | ${file} | EUPL-1.2 */`,
          // After minification, which would drop the comment; V8 reads the hint only on the file's first line.
          // Lazy chunks stay compiled lazily: much of their code (the map's Leaflet) never runs.
          ...(compileOnLoad ? { postBanner: (chunk) => (chunk.isEntry ? '//# allFunctionsCalledOnLoad' : '') } : {}),
        },
      },
    },
  });
}
// The embed builder (issue 13): dist/cdn/configurator.html, its code and CSS in dist/cdn/configurator/ (no
// inline script or style, for the strict CSP), and the manifest its option fields come from.
if (!only) {
  if (!existsSync('dist/custom-elements.json')) run('npx', ['cem', 'analyze', '--quiet']);
  await build({
    configFile: false,
    root: 'src/configurator',
    base: './',
    plugins: [minifyLiterals],
    logLevel: 'warn',
    build: {
      outDir: resolve('dist/cdn'),
      emptyOutDir: false,
      assetsDir: 'configurator',
      target: 'es2022',
      modulePreload: { polyfill: false },
      rollupOptions: { input: resolve('src/configurator/configurator.html') },
    },
  });
  copyFileSync('dist/custom-elements.json', 'dist/cdn/custom-elements.json');
}
console.log(`Built ${cdnOnly ? 'dist/cdn' : 'dist and dist/cdn'} (herne-widgets ${version}).`);
