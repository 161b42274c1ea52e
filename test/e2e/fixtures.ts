import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import type { BackupV1 } from '../../lib/backup/schema';
import { dueAt } from '../../lib/model/cadence';
import type { Person } from '../../lib/model/types';
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

/** The default demo's people, and those of them the badge counts as due now. */
export function demoPeople(): { all: Person[]; due: Person[] } {
  const demo = JSON.parse(readFileSync(demoFile(), 'utf8')) as BackupV1;
  const all = demo.data.people as unknown as Person[];
  const now = new Date().toISOString();
  return { all, due: all.filter((p) => p.status === 'active' && dueAt(p) <= now) };
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
