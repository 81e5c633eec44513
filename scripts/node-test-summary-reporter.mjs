// A node:test reporter that writes {passed, failed} of the page tests as JSON (suites are not counted).
export default async function* summary(source) {
  const totals = { passed: 0, failed: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') {
      // A suite that fails outside its tests (a failing before hook) still counts as a failure.
      if (event.type === 'test:fail' && event.data.details?.error?.failureType !== 'subtestsFailed') totals.failed += 1;
      continue;
    }
    if (event.data.skip || event.data.todo) continue;
    totals[event.type === 'test:pass' ? 'passed' : 'failed'] += 1;
  }
  yield JSON.stringify(totals);
}
