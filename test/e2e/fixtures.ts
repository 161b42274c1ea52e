import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { AXE_RUN, AXE_RUN_COLOURS, AXE_SOURCE } from '../../harness/axe';
import { importThroughDashboard, type Launched, launchWithExtension, welcomeOpened } from '../../harness/chromium';
import { demoFile } from '../../harness/demo-file';
import type { BackupV1 } from '../../lib/backup/schema';
import { systemTimeZone } from '../../lib/model/calendar';
import { isDueNow } from '../../lib/model/due';
import type { Person } from '../../lib/model/types';

export { demoFile };

/** Imports `people` (and nothing else) through the dashboard. */
export async function importPeople(page: Page, url: string, people: Array<Partial<Person>>): Promise<void> {
  const doc = { format: 'teachback-backup', version: 1, exportedAt: '2026-01-01T00:00:00Z', data: { people } };
  await importThroughDashboard(page, url, { name: 'network.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
}

/** The default demo's people, and those of them the badge counts as due now. */
export function demoPeople(): { all: Person[]; due: Person[] } {
  const demo = JSON.parse(readFileSync(demoFile(), 'utf8')) as BackupV1;
  const all = demo.data.people as unknown as Person[];
  const now = new Date();
  return { all, due: all.filter((p) => isDueNow(p, now, systemTimeZone())) };
}

// A browser profile that has imported the default demo, closed so that it can be copied: each
// test that starts from the demo gets its own copy, and the import runs once per worker.
async function seededProfile(): Promise<string> {
  const launched = await launchWithExtension();
  const page = await launched.context.newPage();
  await importThroughDashboard(page, launched.url('options', '#/data'), demoFile());
  const dir = launched.profile;
  await launched.context.close();
  // Opened once more before any copy, and checked: copies then start from a profile whose
  // install the browser has already settled, and that holds the network.
  const again = await launchWithExtension({ userDataDir: dir });
  const check = await again.context.newPage();
  await check.goto(again.url('options', '#/people'));
  await check.getByTestId('people-list').getByRole('link').first().waitFor();
  await again.context.close();
  return dir;
}

function copyOf(profile: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'teachback-'));
  // The lock files belong to the browser that had the profile open.
  cpSync(profile, dir, { recursive: true, filter: (src) => !/Singleton/.test(src) });
  return dir;
}

async function launch(seed: Options['seed'], demoProfile: () => Promise<string>, timeZone?: string): Promise<Launched> {
  const zone = timeZone ? { timeZone } : {};
  if (seed === 'empty') return launchWithExtension(zone);
  const launched = await launchWithExtension({ userDataDir: copyOf(await demoProfile()), ...zone });
  if (await holdsPeople(launched)) return launched;
  // Now and then (about one copy in forty here) the browser takes a copied profile for a new
  // install: it clears the extension's storage and opens the welcome tab. Such a test imports
  // the demo itself, after the welcome has opened, rather than start from nothing.
  await welcomeOpened(launched.context);
  const page = await launched.context.newPage();
  await importThroughDashboard(page, launched.url('options', '#/data'), demoFile());
  await page.close();
  return launched;
}

/** Whether the extension's database holds anyone, read without creating it where it is missing. */
async function holdsPeople(launched: Launched): Promise<boolean> {
  const page = await launched.context.newPage();
  await page.goto(launched.url('popup'));
  const count = await page.evaluate(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'teachback')) return 0;
    return new Promise<number>((resolve) => {
      const open = indexedDB.open('teachback');
      open.onsuccess = () => {
        const names = [...open.result.objectStoreNames];
        if (!names.includes('people')) return resolve(0);
        const req = open.result.transaction('people').objectStore('people').count();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => resolve(0);
      };
      open.onerror = () => resolve(0);
    });
  });
  await page.close();
  return count > 0;
}

interface Options {
  /** What the test's profile holds at the start: nothing, or the default demo network. */
  seed: 'empty' | 'demo';
}

interface WorkerFixtures {
  demoProfile: () => Promise<string>;
  /**
   * A browser kept for the worker's read-only tests (they only look at pages), started on first
   * use from an empty profile or a copy of the demo one.
   */
  browse: (seed: Options['seed']) => Promise<Launched>;
}

export const test = base.extend<Options & { ext: Launched; page: Page }, WorkerFixtures>({
  seed: ['empty', { option: true }],
  // Seeded the first time a test of the worker asks for it: a worker that runs none has no import.
  demoProfile: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies as the first argument
    async ({}, use) => {
      let seeded: Promise<string> | undefined;
      await use(() => {
        seeded ??= seededProfile();
        return seeded;
      });
    },
    { scope: 'worker' },
  ],
  browse: [
    async ({ demoProfile }, use) => {
      const started = new Map<Options['seed'], Promise<Launched>>();
      await use((seed) => {
        const launched = started.get(seed) ?? launch(seed, demoProfile);
        started.set(seed, launched);
        return launched;
      });
      for (const launched of started.values()) await (await launched).context.close();
    },
    { scope: 'worker' },
  ],
  // `test.use({ timezoneId })` sets the whole browser's time zone, the extension's worker's too.
  ext: async ({ seed, demoProfile, timezoneId }, use) => {
    const launched = await launch(seed, demoProfile, timezoneId);
    await use(launched);
    await launched.context.close();
  },
  page: async ({ ext }, use) => {
    const page = await ext.context.newPage();
    await use(page);
  },
});

/** `test`, each starting from a copy of a profile that holds the default demo network. */
export const testWithDemo = test.extend({ seed: 'demo' });

/** Resolves once the page has rendered what it read (not a saved first frame), and nothing is loading. */
export async function ready(page: Page): Promise<void> {
  await page.locator('html[data-state="ready"]').waitFor({ state: 'attached' });
}

/**
 * Fails with the list of axe violations (WCAG 2.2 A/AA and best practices) on the current page.
 * In the dark theme only the colour rules run: the page's DOM is the same in both themes (no
 * script reads the theme; only the style sheets do), so its light run checks the rest.
 */
export async function expectAccessible(page: Page, scheme: 'light' | 'dark' = 'light'): Promise<void> {
  await page.evaluate(AXE_SOURCE);
  expect(await page.evaluate(scheme === 'dark' ? AXE_RUN_COLOURS : AXE_RUN)).toEqual([]);
}

export { expect };
