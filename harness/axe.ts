// axe-core, run in the page itself: the Chromium tests, the Firefox tests and the site's tests
// check the same rules the same way. (Playwright's axe wrapper opens an extra page for every
// check, which cost more than the check.)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0–2.2 A and AA, and axe's best practices (which include `page-has-heading-one`). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** An expression for the page that resolves to its violations of `only` (axe's `runOnly`), one line each. */
function axeRun(only: string): string {
  // Passes are only counted (`resultTypes`): far less work on a long page.
  return `axe.run(document, { runOnly: ${only}, resultTypes: ['violations'] }).then((r) =>
  r.violations.map((v) => v.id + ': ' + v.help + ' — ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`;
}

/** Every rule of `AXE_TAGS`. */
export const AXE_RUN = axeRun(JSON.stringify(AXE_TAGS));

/**
 * Only the rules of `AXE_TAGS` about colour (contrast, links told apart by colour): the themes
 * differ only in their colours, so a second theme needs no more than these.
 */
export const AXE_RUN_COLOURS = axeRun(
  `{ type: 'rule', values: axe.getRules(${JSON.stringify(AXE_TAGS)}).filter((r) => r.tags.includes('cat.color')).map((r) => r.ruleId) }`,
);
