// `npm run bench:popup`: time until the popup's prep paints its open actions, at 1,000 and
// 10,000 people (ten meetings each), as a ratio to a blank extension page's first contentful
// paint in the same run (median of 15 loads, the middle half alongside). Two harnesses
// (BENCH_HARNESS picks some): `playwright` (same-tab loads driven by Playwright) and `bare`
// (nothing attached while the page loads, scripts/bare-chromium.ts). The prep's time is the
// paint that first shows it (Element Timing), so both are paint times. Not a test: read the ratios.
import type { Page } from '@playwright/test';
import { launchWithExtension } from '../harness/chromium.ts';
import { launchBare } from './bare-chromium.ts';
import { attempt, buildWithBlank, quartiles, seedProfile } from './bench-lib.ts';

const PEOPLE = (process.env.BENCH_PEOPLE?.split(',') ?? ['1000', '10000']).map(Number);
const LOADS = Number(process.env.BENCH_LOADS ?? 15);
const HARNESSES = (process.env.BENCH_HARNESS ?? 'playwright,bare').split(',');

// Evaluated in a loaded page: its first contentful paint and, on the popup, the paint of the
// prep's open actions (Element Timing on their heading: a paint time, as the FCP is).
const READ = `new Promise((resolve, reject) => {
  const popup = location.pathname.endsWith('/popup.html');
  let prep;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.identifier === 'tb:open-actions') prep ??= e.startTime;
  }).observe({ type: 'element', buffered: true });
  const until = Date.now() + 20000;
  const poll = () => {
    if (document.visibilityState === 'hidden') return reject(new Error('The page loaded in a hidden tab'));
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    if (paint && (prep !== undefined || !popup)) return Promise.resolve(window.tbPopupStart).then((s) => resolve({ first: paint.startTime, prep, kept: !!s?.painted, early: !!s?.early }));
    if (Date.now() > until) return reject(new Error('No paint of the open actions within 20 s'));
    setTimeout(poll, 50);
  };
  poll();
})`;
type Load = { first: number; prep?: number; kept: boolean; early: boolean };

async function loader(
  harness: string,
  dir: string,
  profile: string,
): Promise<{ load: (page: string) => Promise<Load>; close: () => Promise<void> }> {
  if (harness === 'bare') {
    const bare = await launchBare(dir, profile);
    return {
      load: (name) => bare.load<Load>(`chrome-extension://${bare.extensionId}/${name}.html`, READ, { newTab: false, settle: 400 }),
      close: () => bare.close(),
    };
  }
  const ext = await launchWithExtension({ extensionDir: dir, userDataDir: profile });
  const page: Page = await ext.context.newPage();
  await page.setViewportSize({ width: 420, height: 600 });
  await page.bringToFront();
  return {
    load: async (name) => {
      await page.goto(`chrome-extension://${ext.extensionId}/${name}.html`);
      return page.evaluate(READ) as Promise<Load>;
    },
    close: () => ext.context.close(),
  };
}

const dir = buildWithBlank();
const rows: string[] = [];
for (const people of PEOPLE) {
  const profile = await seedProfile(dir, people, people * 10);
  for (const harness of HARNESSES) {
    const pages = await loader(harness, dir, profile);
    const blank: number[] = [];
    const first: number[] = [];
    const prep: number[] = [];
    let failed = 0;
    let kept = 0;
    let early = 0;
    try {
      for (let i = 0; i < 2; i++) await attempt(() => pages.load('popup')); // warm-up
      for (let i = 0; i < LOADS; i++) {
        const b = await attempt(() => pages.load('blank'));
        const p = await attempt(() => pages.load('popup'));
        if ('error' in b || 'error' in p) {
          failed++;
          continue;
        }
        blank.push(b.value.first);
        first.push(p.value.first);
        prep.push(p.value.prep ?? Number.NaN);
        if (p.value.kept) kept++;
        if (p.value.early) early++;
      }
    } finally {
      await pages.close();
    }
    const b = quartiles(blank);
    const cell = (xs: number[]) => {
      const s = quartiles(xs);
      return `${s.median.toFixed(0)} (${s.q1.toFixed(0)}–${s.q3.toFixed(0)}) | **${(s.median / b.median).toFixed(2)}×**`;
    };
    rows.push(
      `| ${harness} | ${people.toLocaleString('en')} | ${b.median.toFixed(0)} | ${cell(first)} | ${cell(prep)} | ${kept} | ${early} | ${failed} |`,
    );
  }
}
console.log(`\nPopup, median of ${LOADS} loads each, ms from navigation (middle half in brackets); ratios to the blank page's FCP:\n`);
console.log(
  '| harness | people | blank FCP | first paint | ratio | prep with open actions | ratio | kept frame painted | of which before the read | failed |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) console.log(r);
console.log('Targets: open actions ≤ 1.5× (bare) and ≤ 1.6× (playwright) at 1,000 and 10,000 people.');
