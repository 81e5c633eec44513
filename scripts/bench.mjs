// npm run bench: runs every bench/*.bench.mjs in headless Chromium against the built dist/cdn files and
// prints its figures. Figures are measurements, not pass/fail tests; budgets are printed beside them.
// Run `npm run build` first (or pass --build).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { launchChromium, startServer } from '../test/page/helpers.mjs';

if (process.argv.includes('--build') || !existsSync('dist/cdn/herne-widgets.js')) {
  const status = spawnSync('node', ['scripts/build.mjs', '--cdn-only'], { stdio: 'inherit' }).status;
  if (status !== 0) process.exit(status ?? 1);
}

const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const files = readdirSync('bench').filter((file) => file.endsWith('.bench.mjs') && (only.length === 0 || only.some((name) => file.includes(name)))).sort();
const server = await startServer({ csp: false });
// `gc()` in the pages: a bench that loads again and again in one page can start each load with the garbage of
// the last one collected, as a visitor's page starts with none.
const browser = await launchChromium(['--js-flags=--expose-gc']);
let failures = 0;
try {
  for (const file of files) {
    const bench = await import(pathToFileURL(`bench/${file}`).href);
    console.log(`\n## ${bench.title ?? file}`);
    try {
      await bench.run({ browser, origin: server.origin, requests: server.requests, log: (line) => console.log(`  ${line}`) });
    } catch (error) {
      failures += 1;
      console.log(`  failed: ${error.stack ?? error}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
process.exit(failures ? 1 : 0);
