/**
 * The nginx suite's test: tests/e2e/helper.ts (remote tile hosts answered locally, page errors collected)
 * plus a record of every Content-Security-Policy violation of every page, through a listener installed
 * before any script of the page runs. A test fails on any violation unless it provokes them on purpose
 * (`test.use({ provokesViolations: true })`) and checks them itself.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect, test as base, type BrowserContext } from '../e2e/helper.ts';
import { VIOLATION_LOG, type TestViolations } from './csp-report.ts';

export { expect };

export interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  page: string;
  /** Where the blocked code or request came from (file:line:column). */
  source: string;
}

/**
 * Records every Content-Security-Policy violation of the context's pages in `into`, through a listener
 * installed before any script of a page runs. Also for contexts a test launches itself (kiosk-restart).
 */
export async function watchViolations(context: BrowserContext, into: Violation[]): Promise<void> {
  await context.exposeBinding('__atlasCspViolation', (_source, violation: Violation) => {
    into.push(violation);
  });
  await context.addInitScript(() => {
    const report = (window as unknown as { __atlasCspViolation: (v: unknown) => void }).__atlasCspViolation;
    document.addEventListener(
      'securitypolicyviolation',
      (event) =>
        report({
          directive: event.effectiveDirective,
          blocked: event.blockedURI,
          sample: event.sample,
          page: location.href,
          source: `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
        }),
      true,
    );
  });
}

interface CspFixtures {
  provokesViolations: boolean;
  violations: Violation[];
  /** Console messages about the policy or other security headers (the browser's own complaints). */
  headerWarnings: string[];
}

export const test = base.extend<CspFixtures>({
  provokesViolations: [false, { option: true }],
  headerWarnings: async ({ page }, use) => {
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Permissions-Policy|Refused to/i.test(message.text())) {
        warnings.push(message.text());
      }
    });
    await use(warnings);
  },
  violations: [
    async ({ context, provokesViolations, headerWarnings }, use, testInfo) => {
      const violations: Violation[] = [];
      await watchViolations(context, violations);
      await use(violations);
      const entry: TestViolations = {
        test: testInfo.titlePath.slice(1).join(' › '),
        provoked: provokesViolations,
        count: violations.length,
        violations: violations.map(({ directive, blocked }) => ({ directive, blocked })),
      };
      mkdirSync(dirname(VIOLATION_LOG), { recursive: true });
      appendFileSync(VIOLATION_LOG, `${JSON.stringify(entry)}\n`);
      if (!provokesViolations) {
        expect(violations, 'Content-Security-Policy violations').toEqual([]);
        expect(headerWarnings, 'console messages about the security headers').toEqual([]);
      }
    },
    { auto: true },
  ],
});
