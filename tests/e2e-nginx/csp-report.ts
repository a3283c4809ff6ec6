/**
 * Counts Content-Security-Policy violations across the nginx suite: each test appends its count (see
 * fixtures.ts); at the end the totals are printed and kept in test-results/e2e-nginx-csp.json.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

export const VIOLATION_LOG = 'test-results/e2e-nginx-csp.jsonl';

export interface TestViolations {
  test: string;
  provoked: boolean;
  count: number;
  violations: { directive: string; blocked: string }[];
}

export default function globalSetup(): () => void {
  rmSync(VIOLATION_LOG, { force: true });
  return () => {
    if (!existsSync(VIOLATION_LOG)) return;
    const runs = readFileSync(VIOLATION_LOG, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as TestViolations);
    const unexpected = runs.filter((run) => !run.provoked).reduce((sum, run) => sum + run.count, 0);
    const provoked = runs.filter((run) => run.provoked).reduce((sum, run) => sum + run.count, 0);
    const summary = { tests: runs.length, unexpectedViolations: unexpected, provokedViolations: provoked };
    writeFileSync('test-results/e2e-nginx-csp.json', `${JSON.stringify(summary, null, 2)}\n`);
    console.log(
      `CSP violations across the nginx suite: ${unexpected} in ${runs.length} tests` +
        ` (plus ${provoked} provoked on purpose by the tests that check blocking)`,
    );
  };
}
