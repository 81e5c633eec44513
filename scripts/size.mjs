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

/** The chunks a file loads, statically or lazily ("./chunks/x.js" in the minified output). */
function chunksOf(file, seen = new Set()) {
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(/["'`](\.{1,2}\/[^"'`]+?\.js)["'`]/g)) {
    const target = join(dirname(file), match[1]);
    if (!seen.has(target) && existsSync(target)) {
      seen.add(target);
      chunksOf(target, seen);
    }
  }
  return seen;
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
  const own = gzip(readFileSync(path));
  const chunks = [...chunksOf(path)];
  if (bundle.coreBudget !== undefined) {
    const ok = own <= bundle.coreBudget;
    rows.push([`${bundle.file} (core, loaded on every page)`, own, bundle.coreBudget, ok]);
    if (!ok) failed += 1;
  }
  const total = own + chunks.reduce((sum, chunk) => sum + gzip(readFileSync(chunk)), 0);
  const counted = bundle.includeChunks ? total : own;
  const ok = bundle.budget === undefined || counted <= bundle.budget;
  const label = bundle.includeChunks && chunks.length ? `${bundle.file} + ${chunks.length} lazy chunk(s)` : bundle.file;
  rows.push([label, counted, bundle.budget, ok]);
  if (!ok) failed += 1;
  if (!bundle.includeChunks && chunks.length) {
    rows.push([`  lazy, not counted: ${chunks.map((chunk) => chunk.slice(CDN.length + 1)).join(', ')}`, total - own, undefined, true]);
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
  const core = gzip(readFileSync(join(CDN, consent.file)));
  const full = core + [...chunksOf(join(CDN, consent.file))].reduce((sum, chunk) => sum + gzip(readFileSync(chunk)), 0);
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
