// Writes the run's totals to a file so scripts/test.mjs can print one `N passed, N failed`
// line for every suite. Kept trivial on purpose: a reporter that throws makes wtr exit 0.
import { writeFileSync } from 'node:fs';

function count(results, totals) {
  for (const test of results?.tests ?? []) {
    if (test.skipped) continue;
    if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const suite of results?.suites ?? []) count(suite, totals);
}

export function summaryReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that fails to load or throws outside a test counts as a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.failed += 1;
      }
      if (file) writeFileSync(file, JSON.stringify(totals));
    },
  };
}
