// `npm run bench`: how fast the new tab shows content at three network sizes, as ratios to a
// blank extension page's first contentful paint measured in the same run (median of 21 loads by
// default, each new tab right after a blank page), with the middle half of the loads alongside.
// Each size is measured three ways (BENCH_HARNESS picks some):
//   playwright  same-tab loads driven by Playwright, which tracks every request as it happens;
//   bare        the same loads with nothing attached while they load (scripts/bare-chromium.ts);
//   tab         bare, each load in a new tab, the new tab through chrome://newtab/ as Ctrl+T does.
// Not a test: timings on shared machines are noisy; read the ratios.
import type { Page } from '@playwright/test';
import { launchWithExtension } from '../harness/chromium.ts';
import { launchBare } from './bare-chromium.ts';
import { attempt, buildWithBlank, fcp, markTime, quartiles, seedProfile } from './bench-lib.ts';

// BENCH_PEOPLE=1000 (or a comma list) runs fewer sizes while working on speed; meetings are ten per person.
const SIZES: Array<[number, number]> = (process.env.BENCH_PEOPLE?.split(',').map(Number) ?? [100, 1_000, 10_000]).map((n) => [n, n * 10]);
const LOADS = Number(process.env.BENCH_LOADS ?? 21);
// BENCH_EVERY_TAB=1: with "change the prompt on every tab", so every load moves the prompt and the cue on.
const EVERY_TAB = process.env.BENCH_EVERY_TAB === '1';
const HARNESSES = (process.env.BENCH_HARNESS ?? 'playwright,bare,tab').split(',') as Harness[];
type Harness = 'playwright' | 'bare' | 'tab';

/** One load's timings, in ms from navigation start; `fresh` only on the new tab. */
type Load = { first: number; fresh?: number; direct: boolean };

// Evaluated in a loaded page by the bare harnesses: waits for the paint (and, on the new tab,
// for its fresh data) without touching the page while it loads.
const READ_TIMINGS = `new Promise((resolve, reject) => {
  const newtab = document.querySelector('meta[name="teachback-main"]') !== null;
  const poll = () => {
    if (document.visibilityState === 'hidden') return reject(new Error('The page loaded in a hidden tab: it paints nothing to measure'));
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    const fresh = performance.getEntriesByName('tb:fresh-data')[0];
    if (paint && (fresh || !newtab))
      return resolve({ first: paint.startTime, fresh: fresh?.startTime, direct: performance.getEntriesByName('tb:direct-read').length > 0 });
    setTimeout(poll, 50);
  };
  poll();
})`;

async function playwrightLoad(page: Page, url: string, newtab: boolean): Promise<Load> {
  await page.goto(url);
  if (!newtab) return { first: await fcp(page), direct: false };
  const fresh = await markTime(page, 'tb:fresh-data');
  const direct = await page.evaluate(() => performance.getEntriesByName('tb:direct-read').length > 0);
  return { first: await fcp(page), fresh, direct };
}

/** A loader for one harness, on a profile seeded beforehand; `close` ends the browser. */
async function open(
  harness: Harness,
  dir: string,
  profile: string,
): Promise<{ blank: () => Promise<Load>; newtab: () => Promise<Load>; close: () => Promise<void> }> {
  if (harness === 'playwright') {
    const ext = await launchWithExtension({ extensionDir: dir, userDataDir: profile });
    const page = await ext.context.newPage();
    // A tab the reopened profile brings back could take the front, and a hidden tab never paints.
    await page.bringToFront();
    return {
      blank: () => playwrightLoad(page, `chrome-extension://${ext.extensionId}/blank.html`, false),
      newtab: () => playwrightLoad(page, ext.url('newtab'), true),
      close: () => ext.context.close(),
    };
  }
  const bare = await launchBare(dir, profile);
  const newTab = harness === 'tab';
  const load = (url: string) => bare.load<Load>(url, READ_TIMINGS, { newTab, settle: 600 });
  return {
    blank: () => load(`chrome-extension://${bare.extensionId}/blank.html`),
    newtab: () => load(newTab ? 'chrome://newtab/' : `chrome-extension://${bare.extensionId}/newtab.html`),
    close: () => bare.close(),
  };
}

type Stat = { median: number; q1: number; q3: number };
type Row = { harness: Harness; size: string; people: number; blank: Stat; first: Stat; fresh: Stat; direct: number; failed: number };

async function measure(harness: Harness, dir: string, profile: string): Promise<Omit<Row, 'size' | 'people'>> {
  console.error(`  ${harness}…`);
  const pages = await open(harness, dir, profile);
  try {
    // Warm up: the first new tab writes the snapshot the next ones paint from.
    for (let i = 0; i < 3; i++) await attempt(pages.newtab);
    const blank: number[] = [];
    const first: number[] = [];
    const fresh: number[] = [];
    let direct = 0;
    let failed = 0;
    for (let i = 0; i < LOADS; i++) {
      const b = await attempt(pages.blank);
      const r = await attempt(pages.newtab);
      // A pair counts only whole: a ratio needs both sides of the same moment.
      if ('error' in b || 'error' in r) {
        failed++;
        continue;
      }
      blank.push(b.value.first);
      first.push(r.value.first);
      fresh.push(r.value.fresh ?? Number.NaN);
      if (r.value.direct) direct++;
    }
    return { harness, blank: quartiles(blank), first: quartiles(first), fresh: quartiles(fresh), direct, failed };
  } finally {
    await pages.close();
  }
}

const rows: Row[] = [];
const dir = buildWithBlank();
for (const [people, meetings] of SIZES) {
  const profile = await seedProfile(dir, people, meetings, async (page, ext) => {
    if (!EVERY_TAB) return;
    await page.goto(ext.url('options', '#/settings'));
    await page.getByLabel('Every new tab').check();
  });
  const size = `${people.toLocaleString('en')} people / ${meetings.toLocaleString('en')} meetings`;
  for (const harness of HARNESSES) {
    const none = { median: Number.NaN, q1: Number.NaN, q3: Number.NaN };
    // A harness that cannot start is a row of failed loads, not the end of the run.
    const row = await measure(harness, dir, profile).catch((e: unknown) => {
      console.error(`  ${harness} could not run: ${e instanceof Error ? e.message : e}`);
      return { harness, blank: none, first: none, fresh: none, direct: 0, failed: LOADS };
    });
    rows.push({ ...row, size, people });
  }
}

const ms = (s: Stat) => `${s.median.toFixed(0)} (${s.q1.toFixed(0)}–${s.q3.toFixed(0)})`;
const ratio = (s: Stat, blank: Stat) => `**${(s.median / blank.median).toFixed(2)}×**`;
console.log(
  `\nNew tab${EVERY_TAB ? ' (prompt changes on every tab)' : ''}, median of ${LOADS} loads each, ms (middle half in brackets); ratios to the blank page's first contentful paint:\n`,
);
console.log('| harness | network | blank FCP | first content | ratio | fresh data | ratio | read directly | failed loads |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows)
  console.log(
    `| ${r.harness} | ${r.size} | ${ms(r.blank)} | ${ms(r.first)} | ${ratio(r.first, r.blank)} | ${ms(r.fresh)} | ${ratio(r.fresh, r.blank)} | ${r.direct}/${LOADS - r.failed} | ${r.failed} |`,
  );
for (const harness of HARNESSES) {
  const at = (n: number) => rows.find((r) => r.harness === harness && r.people === n);
  const mid = at(1_000);
  const big = at(10_000);
  if (mid && big)
    console.log(`${harness}: fresh data at 10,000 people vs 1,000: ${(big.fresh.median / mid.fresh.median).toFixed(2)}× (target ≤ 1.5×).`);
}
console.log('Targets at the largest size: first content ≤ 1.25×, fresh data ≤ 1.6×.');
