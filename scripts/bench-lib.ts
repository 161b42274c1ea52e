// Shared by the benchmark scripts: a build with a blank baseline page, paint timing, medians.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { browser } from 'wxt/browser';
import { EXTENSION_DIR, importThroughDashboard, type Launched, launchWithExtension, welcomeOpened } from '../harness/chromium.ts';
import { demoFile } from '../harness/demo-file.ts';

/** The build plus one blank page, the baseline every timing is divided by. */
export function buildWithBlank(): string {
  const dir = mkdtempSync(join(tmpdir(), 'teachback-bench-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  writeFileSync(
    join(dir, 'blank.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="color-scheme" content="light dark"><title>blank</title></head><body><p>Blank</p></body></html>',
  );
  return dir;
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};

/** Median and the middle half (first and third quartile). */
export function quartiles(xs: number[]): { median: number; q1: number; q3: number } {
  const s = [...xs].sort((a, b) => a - b);
  const at = (f: number) => s[Math.min(s.length - 1, Math.floor(f * s.length))] as number;
  return { median: median(xs), q1: at(0.25), q3: at(0.75) };
}

/** The page's first contentful paint, in ms from navigation start. */
export function fcp(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const found = performance.getEntriesByName('first-contentful-paint')[0];
        if (found) return resolve(found.startTime);
        new PerformanceObserver((list) => {
          const e = list.getEntriesByName('first-contentful-paint')[0];
          if (e) resolve(e.startTime);
        }).observe({ type: 'paint', buffered: true });
        // A page in a hidden tab never paints: say so rather than wait for ever.
        setTimeout(() => reject(new Error(`No first paint after 10 s (page ${document.visibilityState})`)), 10_000);
      }),
  );
}

/**
 * When the page set the performance mark `name`, in ms from navigation start. Polls from here
 * with small evaluations after a pause: Playwright's waitForFunction would inject its (large)
 * helper script into the page while the page is still loading, and so slow what is measured.
 */
export async function markTime(page: Page, name: string, timeout = 60_000): Promise<number> {
  const until = Date.now() + timeout;
  for (let wait = 300; Date.now() < until; wait = 50) {
    await new Promise((r) => setTimeout(r, wait));
    const t = await page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime, name);
    if (t !== undefined) return t;
  }
  throw new Error(`No "${name}" mark within ${timeout} ms`);
}

/**
 * `load`, tried up to three times: a benchmark reports a load that keeps failing (as `error`)
 * instead of stopping the run.
 */
export async function attempt<T>(load: () => Promise<T>, tries = 3): Promise<{ value: T } | { error: string }> {
  let last = '';
  for (let i = 0; i < tries; i++) {
    try {
      return { value: await load() };
    } catch (e) {
      last = e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e);
      console.error(`    a load failed (${last}); ${i + 1 < tries ? 'trying again' : 'giving up on it'}`);
    }
  }
  return { error: last };
}

/** Waits until the page has rendered what it read (html[data-state="ready"]) and drawn it. */
export async function settled(page: Page): Promise<void> {
  await page.locator('html[data-state="ready"]').waitFor({ state: 'attached', timeout: 60_000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** From now on, every page `page` loads records its longest main-thread task. */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { longest: number };
    w.longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** The longest task since the page loaded or since the last call, which starts the count again. */
export const longestTask = (page: Page): Promise<number> =>
  page.evaluate(() => {
    const w = window as unknown as { longest: number };
    const value = w.longest;
    w.longest = 0;
    return value;
  });

/**
 * A profile with the demo network imported through the dashboard, as a user would, for the
 * build at `dir`; `then` changes what else the benchmark needs (a setting) before it closes.
 */
export async function seedProfile(
  dir: string,
  people: number,
  meetings: number,
  then?: (page: Page, ext: Launched) => Promise<void>,
): Promise<string> {
  const profile = mkdtempSync(join(tmpdir(), 'teachback-bench-profile-'));
  const ext = await launchWithExtension({ extensionDir: dir, userDataDir: profile });
  const page = await ext.context.newPage();
  const t = Date.now();
  await importThroughDashboard(page, ext.url('options', '#/data'), demoFile(people, meetings));
  console.error(`seeded ${people} people / ${meetings} meetings in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  await then?.(page, ext);
  // Let the background finish reacting to the import (it sets the badge) before the browser closes.
  const worker = await ext.worker();
  const badge = () => worker.evaluate(() => (globalThis as unknown as { chrome: typeof browser }).chrome.action.getBadgeText({}));
  for (const until = Date.now() + 20_000; !(await badge()) && Date.now() < until; ) await new Promise((r) => setTimeout(r, 100));
  // Leave no extension page open, including the welcome tab a first install opens: the next
  // launch of this profile brings its tabs back, and one of them took over the tab measured.
  await welcomeOpened(ext.context);
  for (const p of ext.context.pages()) if (p !== page) await p.close();
  await page.goto('about:blank');
  await ext.context.close();
  return profile;
}
