import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { type Launched, launchWithExtension, ROOT } from './extension';

/** A demo backup for the given size, generated once per run (deterministic). */
export function demoFile(people = 40, meetings = people * 8): string {
  const file = join(ROOT, `.cache/e2e-demo-${people}-${meetings}.json`);
  if (!existsSync(file))
    execFileSync('npx', ['tsx', 'scripts/demo.ts', '--people', String(people), '--meetings', String(meetings), '--out', file], {
      cwd: ROOT,
    });
  return file;
}

export const test = base.extend<{ ext: Launched; page: Page }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies as the first argument
  ext: async ({}, use) => {
    const launched = await launchWithExtension();
    await use(launched);
    await launched.context.close();
  },
  page: async ({ ext }, use) => {
    const page = await ext.context.newPage();
    await use(page);
  },
});

/** Fails with the list of WCAG A/AA violations on the current page, if any. */
export async function expectAccessible(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

export { expect };
