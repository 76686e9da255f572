/// <reference lib="dom" />
/**
 * axe-core run in a Chromium page as the a11y suites run it: WCAG 2.0 and 2.1, levels A and AA.
 */
import { createRequire } from 'node:module';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const RULES = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Injects axe into the page as it stands (the test's own script: open the page in a context with
 * `bypassCSP`, the site's policy would rightly refuse it) and returns its violations.
 */
export async function axeViolations(page: Page): Promise<Result[]> {
  await page.addScriptTag({ path: AXE_SOURCE });
  const results = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        // Only violations are read: axe then skips describing every passing node (a selector and
        // an HTML excerpt each), most of its time on a long page.
        resultTypes: ['violations'],
      }),
    RULES,
  );
  return results.violations;
}

/** A violation as a reader wants it: the rule, why it matters, and where. */
export function describeViolation(violation: Result): string {
  const nodes = violation.nodes.map((node) => `    ${node.target.join(' ')}\n      ${node.failureSummary?.replace(/\n/g, '\n      ')}`);
  return `  [${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})\n${nodes.join('\n')}`;
}
