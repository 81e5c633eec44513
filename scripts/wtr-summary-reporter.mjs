// A web-test-runner reporter that writes the number of passed and failed tests per browser to a JSON file,
// so that `npm test` and CI can print one plain "N passed, N failed" line.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function summaryReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, browsers: {} };
      for (const session of sessions) {
        const own = { passed: 0, failed: 0, skipped: 0 };
        if (session.testResults) count(session.testResults, own);
        // A file that fails to load or throws outside a test has no test results but must count as a failure.
        const broken = !session.passed && own.failed === 0 ? 1 : 0;
        own.failed += broken;
        const name = session.browser?.name ?? 'browser';
        const perBrowser = (totals.browsers[name] ??= { passed: 0, failed: 0, skipped: 0 });
        for (const key of ['passed', 'failed', 'skipped']) {
          totals[key] += own[key];
          perBrowser[key] += own[key];
        }
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(totals, null, 2));
    },
  };
}
