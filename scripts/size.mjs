// npm run size: min+gzip bytes of every dist/cdn file against its budget (from scripts/elements.mjs), with the
// consent peers measured from their npm packages in the same run. Exits non-zero when a budget is exceeded.
// Run `npm run build` first.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cdnBundles } from './elements.mjs';

const CDN = 'dist/cdn';
const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;
const format = (bytes) => `${bytes.toLocaleString('en-US')} B`.padStart(10);

/**
 * The chunks a file loads: `static` ones load with it (and count against its budget), `lazy` ones through
 * import() only when a feature is used. Chunks imported by a lazy chunk are lazy too.
 */
function chunksOf(file, found = { static: new Set(), lazy: new Set(), root: file }, lazy = false) {
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(/(import\(\s*|from\s*|import\s*)["'`](\.{1,2}\/[^"'`]+?\.js)["'`]/g)) {
    const target = join(dirname(file), match[2]);
    if (!existsSync(target) || target === found.root) continue;
    const isLazy = lazy || match[1].startsWith('import(');
    const set = isLazy ? found.lazy : found.static;
    if (set.has(target) || (isLazy && found.static.has(target))) continue;
    set.add(target);
    chunksOf(target, found, isLazy);
  }
  return found;
}

if (!existsSync(CDN)) {
  console.error('dist/cdn is missing: run `npm run build` first.');
  process.exit(1);
}

let failed = 0;
const rows = [];
for (const bundle of cdnBundles) {
  const path = join(CDN, bundle.file);
  if (!existsSync(path)) {
    rows.push([bundle.file, 'missing', bundle.budget, false]);
    failed += 1;
    continue;
  }
  const { static: staticChunks, lazy } = chunksOf(path);
  for (const chunk of staticChunks) lazy.delete(chunk);
  const own = gzip(readFileSync(path)) + [...staticChunks].reduce((sum, chunk) => sum + gzip(readFileSync(chunk)), 0);
  const lazyBytes = [...lazy].reduce((sum, chunk) => sum + gzip(readFileSync(chunk)), 0);
  if (bundle.coreBudget !== undefined) {
    const ok = own <= bundle.coreBudget;
    rows.push([`${bundle.file} (core, loaded on every page)`, own, bundle.coreBudget, ok]);
    if (!ok) failed += 1;
  }
  const counted = bundle.includeChunks ? own + lazyBytes : own;
  const ok = bundle.budget === undefined || counted <= bundle.budget;
  const extra = staticChunks.size ? ` (with ${staticChunks.size} chunk(s) it imports)` : '';
  const label = bundle.includeChunks && lazy.size ? `${bundle.file} + ${lazy.size} lazy chunk(s)` : `${bundle.file}${extra}`;
  rows.push([label, counted, bundle.budget, ok]);
  if (!ok) failed += 1;
  // Workers the file starts (`new Worker(new URL('assets/….js', import.meta.url))`): loaded beside it, off the page's main thread.
  for (const match of readFileSync(path, 'utf8').matchAll(/new URL\(\s*["'`]((?:\.{1,2}\/)?assets\/[^"'`]+?\.js)["'`]\s*,\s*import\.meta\.url/g)) {
    const worker = join(CDN, match[1]);
    if (existsSync(worker)) rows.push([`  started as a worker, not counted: ${match[1].replace(/-[\w-]{8}\.js$/, '')}`, gzip(readFileSync(worker)), undefined, true]);
  }
  if (!bundle.includeChunks && lazy.size) {
    const names = [...lazy].map((chunk) => chunk.slice(CDN.length + 1).replace(/-[\w-]{8}\.js$/, '')).join(', ');
    rows.push([`  loaded on demand, not counted: ${names}`, lazyBytes, undefined, true]);
  }
}

console.log('dist/cdn, minified, gzip -9:');
for (const [label, bytes, budget, ok] of rows) {
  const budgetText = budget === undefined ? '' : ` of ${format(budget).trim()} budget`;
  console.log(`  ${ok ? 'ok  ' : 'OVER'} ${typeof bytes === 'number' ? format(bytes) : bytes.padStart(10)}${budgetText}  ${label}`);
}

// Peers of <consent-banner>, from their npm packages (devDependencies pinned to the versions in the issue).
const peers = [
  ['vanilla-cookieconsent 3.1.0 (JS + CSS)', ['node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js', 'node_modules/vanilla-cookieconsent/dist/cookieconsent.css']],
  ['Klaro 0.7.22 (klaro.js, CSS included)', ['node_modules/klaro/dist/klaro.js']],
];
const consent = cdnBundles.find((bundle) => bundle.file === 'consent-banner.js');
if (consent && existsSync(join(CDN, consent.file))) {
  const { static: staticChunks, lazy } = chunksOf(join(CDN, consent.file));
  const sizeOf = (files) => [...files].reduce((sum, chunk) => sum + gzip(readFileSync(chunk)), 0);
  const core = gzip(readFileSync(join(CDN, consent.file))) + sizeOf(staticChunks);
  const full = core + sizeOf(lazy);
  console.log('\nConsent banner against its peers (gzip -9):');
  console.log(`  ${format(core)}  herne-widgets consent core (returning visitors load only this)`);
  console.log(`  ${format(full)}  herne-widgets consent core + dialog, Lit included`);
  for (const [name, files] of peers) {
    if (!files.every((file) => existsSync(file))) continue;
    const bytes = files.reduce((sum, file) => sum + gzip(readFileSync(file)), 0);
    console.log(`  ${format(bytes)}  ${name}: ours is ${((1 - full / bytes) * 100).toFixed(0)} % smaller`);
  }
}

if (failed) {
  console.error(`\n${failed} budget(s) exceeded.`);
  process.exit(1);
}
console.log('\nAll budgets kept.');
