import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
import { putStoredRow } from './stored-row';

export { demoFile };

/** Imports a backup holding `data` (and nothing else) through the dashboard. */
export async function importData(page: Page, url: string, data: BackupV1['data']): Promise<void> {
  const doc = { format: 'teachback-backup', version: 1, exportedAt: '2026-01-01T00:00:00Z', data };
  await importThroughDashboard(page, url, { name: 'network.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
}

/** Imports `people` (and nothing else) through the dashboard. */
export const importPeople = (page: Page, url: string, people: Array<Partial<Person>>): Promise<void> =>
  importData(page, url, { people } as BackupV1['data']);

/** The default demo's people, and those of them the badge counts as due now. */
export function demoPeople(): { all: Person[]; due: Person[] } {
  const demo = JSON.parse(readFileSync(demoFile(), 'utf8')) as BackupV1;
  const all = demo.data.people as unknown as Person[];
  const now = new Date();
  return { all, due: all.filter((p) => isDueNow(p, now, systemTimeZone())) };
}

// Every test starts from a copy of a profile made once per worker: installed (its welcome tab
// opened and closed), and for 'demo' holding the default demo network. Copying is much cheaper
// than an install, an import, or a check that renders a page.
const KEPT = 'test.kept';
type WithStorage = {
  chrome: { storage: { local: { get: (k: string) => Promise<Record<string, unknown>>; set: (v: object) => Promise<void> } } };
};

async function templateProfile(seed: Options['seed']): Promise<string> {
  const launched = await launchWithExtension();
  if (seed === 'demo') {
    const page = await launched.context.newPage();
    await importThroughDashboard(page, launched.url('options', '#/data'), demoFile());
  }
  // A mark in the extension's own storage, which a browser that takes a copy for a new install clears.
  await (await launched.worker()).evaluate((key) => (globalThis as unknown as WithStorage).chrome.storage.local.set({ [key]: true }), KEPT);
  await launched.context.close();
  // Opened once more before any copy: copies then start from a profile whose install the
  // browser has already settled.
  const again = await launchWithExtension({ userDataDir: launched.profile });
  if (!(await keptStorage(again))) throw new Error('The template profile lost its storage on a second start.');
  await again.context.close();
  return launched.profile;
}

function copyOf(profile: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'teachback-'));
  // The lock files belong to the browser that had the profile open.
  cpSync(profile, dir, { recursive: true, filter: (src) => !/Singleton/.test(src) });
  return dir;
}

async function launch(seed: Options['seed'], template: Templates, timeZone?: string): Promise<Launched> {
  const launched = await launchWithExtension({ userDataDir: copyOf(await template(seed)), ...(timeZone ? { timeZone } : {}) });
  if (await keptStorage(launched)) return launched;
  // Now and then (about one copy in forty here) the browser takes a copied profile for a new
  // install: it clears the extension's storage and opens the welcome tab. Such a test gets what
  // a fresh install followed by the seed gives, rather than start from something else.
  await welcomeOpened(launched.context);
  for (const p of launched.context.pages()) if (p.url().includes('options.html')) await p.close();
  if (seed === 'demo') {
    const page = await launched.context.newPage();
    await importThroughDashboard(page, launched.url('options', '#/data'), demoFile());
    await page.close();
  }
  return launched;
}

/** Whether the extension kept its storage, asked of its worker (which every start runs). */
async function keptStorage(launched: Launched): Promise<boolean> {
  const worker = await launched.worker();
  return worker.evaluate(async (key) => (await (globalThis as unknown as WithStorage).chrome.storage.local.get(key))[key] === true, KEPT);
}

async function closeAndRemove(launched: Launched): Promise<void> {
  await launched.context.close();
  rmSync(launched.profile, { recursive: true, force: true });
}

type Templates = (seed: Options['seed']) => Promise<string>;

interface Options {
  /** What the test's profile holds at the start: nothing, or the default demo network. */
  seed: 'empty' | 'demo';
}

interface WorkerFixtures {
  template: Templates;
  /**
   * A browser kept for the worker's read-only tests (they only look at pages), started on first
   * use from an empty profile or a copy of the demo one.
   */
  browse: (seed: Options['seed']) => Promise<Launched>;
}

export const test = base.extend<Options & { ext: Launched; page: Page }, WorkerFixtures>({
  seed: ['empty', { option: true }],
  // Each made the first time a test of the worker asks for it: a worker that runs none makes none.
  template: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies as the first argument
    async ({}, use) => {
      const made = new Map<Options['seed'], Promise<string>>();
      await use((seed) => {
        const profile = made.get(seed) ?? templateProfile(seed);
        made.set(seed, profile);
        return profile;
      });
      for (const profile of made.values()) rmSync(await profile, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  browse: [
    async ({ template }, use) => {
      const started = new Map<Options['seed'], Promise<Launched>>();
      await use((seed) => {
        const launched = started.get(seed) ?? launch(seed, template);
        started.set(seed, launched);
        return launched;
      });
      for (const launched of started.values()) await closeAndRemove(await launched);
    },
    { scope: 'worker' },
  ],
  // `test.use({ timezoneId })` sets the whole browser's time zone, the extension's worker's too.
  ext: async ({ seed, template, timezoneId }, use) => {
    const launched = await launch(seed, template, timezoneId);
    await use(launched);
    await closeAndRemove(launched);
  },
  page: async ({ ext }, use) => {
    const page = await ext.context.newPage();
    await use(page);
  },
});

/** `test`, each starting from a copy of a profile that holds the default demo network. */
export const testWithDemo = test.extend({ seed: 'demo' });

/**
 * Opens "Your data" with sync set up and on, written straight into the database for a server
 * nothing listens on: for tests of what the page asks while sync is on, not of a round (the
 * background's rounds fail without changing anything). Returns the server's address.
 */
export async function dataPageWithSyncOn(ext: Launched, page: Page): Promise<string> {
  await page.goto(ext.url('options', '#/settings'));
  await ready(page);
  const remote = { url: 'http://127.0.0.1:9/teachback', username: 'ada', password: 'unused' };
  await putStoredRow(page, 'syncState', { key: 'setup', value: { remote, keys: {}, enabled: true } });
  await page.goto(ext.url('options', '#/data'));
  await ready(page);
  return remote.url;
}

/** Resolves once the page has rendered what it read (not a saved first frame), and nothing is loading. */
export async function ready(page: Page): Promise<void> {
  await page.locator('html[data-state="ready"]').waitFor({ state: 'attached' });
}

/**
 * Fails with the list of axe violations (WCAG 2.2 A/AA and best practices) on the current page,
 * in the light theme and then in the dark one, on the same load. In the dark theme only the
 * colour rules run: the page's DOM is the same in both themes (no script reads the theme; only
 * the style sheets do), so the light run checks the rest. Motion is off, so the switch repaints
 * at once rather than through the buttons' colour transitions.
 */
export async function expectAccessible(page: Page): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await page.evaluate(AXE_SOURCE);
  expect(await page.evaluate(AXE_RUN), 'light').toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  expect(await page.evaluate(AXE_RUN_COLOURS), 'dark').toEqual([]);
}

export { expect };
