// npm test: every test in Chromium and Firefox (unit and component tests with web-test-runner), then the
// page-level tests (playwright-core driving Chromium on the built dist/cdn files under a strict CSP).
// Prints one plain "N passed, N failed" line and exits non-zero on any failure.
//   --only=unit   web-test-runner only        --only=page   page tests only (builds dist/ and Storybook first)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { ensureBrowsers } from './ensure-browsers.mjs';

const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
const totals = { passed: 0, failed: 0 };
const run = (command, args, env = {}) => spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

if (!ensureBrowsers({ firefox: only !== 'page' })) process.exit(1);

function readSummary(file) {
  if (!existsSync(file)) return { passed: 0, failed: 1 };
  return JSON.parse(readFileSync(file, 'utf8'));
}

if (only !== 'page') {
  rmSync('.test-results/unit.json', { force: true });
  const status = run('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs']);
  const unit = readSummary('.test-results/unit.json');
  if (status !== 0 && unit.failed === 0) unit.failed = 1; // the runner itself failed
  totals.passed += unit.passed;
  totals.failed += unit.failed;
  console.log(`Unit and component tests: ${unit.passed} passed, ${unit.failed} failed ${formatBrowsers(unit.browsers)}`);
}

if (only !== 'unit') {
  let status = 0;
  // The page tests run on the built files (dist/, dist/cdn/) and the built Storybook; CI builds them before (--no-build).
  if (!process.argv.includes('--no-build')) status = run('node', ['scripts/build.mjs']);
  if (status === 0 && !process.argv.includes('--no-build')) status = run('npx', ['storybook', 'build', '-o', 'storybook-static', '--quiet']);
  rmSync('.test-results/page.json', { force: true });
  if (status === 0) {
    status = run('node', ['--test', '--test-concurrency=1', '--test-reporter=spec', '--test-reporter-destination=stdout',
      '--test-reporter=./scripts/node-test-summary-reporter.mjs', '--test-reporter-destination=.test-results/page.json', 'test/page/', 'test/mirror/']);
  }
  const page = readSummary('.test-results/page.json');
  if (status !== 0 && page.failed === 0) page.failed = 1;
  totals.passed += page.passed;
  totals.failed += page.failed;
  console.log(`Page tests (Chromium, built dist/cdn): ${page.passed} passed, ${page.failed} failed`);
}

console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);

function formatBrowsers(browsers = {}) {
  const parts = Object.entries(browsers).map(([name, counts]) => `${name} ${counts.passed}/${counts.passed + counts.failed}`);
  return parts.length ? `(${parts.join(', ')})` : '';
}
