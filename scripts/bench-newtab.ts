// `npm run bench`: how fast the new tab shows content at three network sizes, as ratios to a
// blank extension page's first contentful paint measured in the same run (median of 21 loads by
// default, each new tab right after a blank page), with the middle half of the loads alongside.
// Not a test: timings on shared machines are noisy; read the ratios.
import type { Page } from '@playwright/test';
import { importThroughDashboard, launchWithExtension } from '../test/e2e/extension.ts';
import { demoFile } from '../test/e2e/fixtures.ts';
import { buildWithBlank, fcp, markTime, quartiles } from './bench-lib.ts';

// BENCH_PEOPLE=1000 (or a comma list) runs fewer sizes while working on speed; meetings are ten per person.
const SIZES: Array<[number, number]> = (process.env.BENCH_PEOPLE?.split(',').map(Number) ?? [100, 1_000, 10_000]).map((n) => [n, n * 10]);
const LOADS = Number(process.env.BENCH_LOADS ?? 21);
// BENCH_EVERY_TAB=1: with "change the prompt on every tab", so every load moves the prompt and the cue on.
const EVERY_TAB = process.env.BENCH_EVERY_TAB === '1';

async function newtabLoad(page: Page, url: string): Promise<{ first: number; fresh: number; direct: boolean }> {
  await page.goto(url);
  const fresh = await markTime(page, 'tb:fresh-data');
  const direct = await page.evaluate(() => performance.getEntriesByName('tb:direct-read').length > 0);
  return { first: await fcp(page), fresh, direct };
}

type Stat = { median: number; q1: number; q3: number };
const rows: Array<{ size: string; blank: Stat; first: Stat; fresh: Stat; direct: number }> = [];
const dir = buildWithBlank();
for (const [people, meetings] of SIZES) {
  const ext = await launchWithExtension({ extensionDir: dir });
  const page = await ext.context.newPage();
  const t = Date.now();
  await importThroughDashboard(page, ext.url('options', '#/data'), demoFile(people, meetings));
  console.error(`seeded ${people} people / ${meetings} meetings in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  if (EVERY_TAB) {
    await page.goto(ext.url('options', '#/settings'));
    await page.getByLabel('Every new tab').check();
  }
  const blankUrl = `chrome-extension://${ext.extensionId}/blank.html`;
  // Let the background finish reacting to the import, then warm up: the first new tab writes
  // the snapshot the next ones paint from.
  await page.waitForTimeout(2_000);
  for (let i = 0; i < 3; i++) await newtabLoad(page, ext.url('newtab'));
  const blank: number[] = [];
  const first: number[] = [];
  const fresh: number[] = [];
  let direct = 0;
  for (let i = 0; i < LOADS; i++) {
    await page.goto(blankUrl);
    blank.push(await fcp(page));
    const r = await newtabLoad(page, ext.url('newtab'));
    first.push(r.first);
    fresh.push(r.fresh);
    if (r.direct) direct++;
  }
  rows.push({
    size: `${people.toLocaleString('en')} people / ${meetings.toLocaleString('en')} meetings`,
    blank: quartiles(blank),
    first: quartiles(first),
    fresh: quartiles(fresh),
    direct,
  });
  await ext.context.close();
}

const ms = (s: Stat) => `${s.median.toFixed(0)} (${s.q1.toFixed(0)}–${s.q3.toFixed(0)})`;
const ratio = (s: Stat, blank: Stat) => `**${(s.median / blank.median).toFixed(2)}×**`;
console.log(
  `\nNew tab${EVERY_TAB ? ' (prompt changes on every tab)' : ''}, median of ${LOADS} loads each, ms (middle half in brackets); ratios to the blank page's first contentful paint:\n`,
);
console.log('| network | blank FCP | first content | ratio | fresh data | ratio | read directly |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows)
  console.log(
    `| ${r.size} | ${ms(r.blank)} | ${ms(r.first)} | ${ratio(r.first, r.blank)} | ${ms(r.fresh)} | ${ratio(r.fresh, r.blank)} | ${r.direct}/${LOADS} |`,
  );
const mid = rows.find((r) => r.size.startsWith('1,000 '));
const big = rows.find((r) => r.size.startsWith('10,000 '));
if (mid && big)
  console.log(`\nFresh data at 10,000 people vs 1,000: ${(big.fresh.median / mid.fresh.median).toFixed(2)}× (target ≤ 1.5×).`);
console.log('Targets at the largest size: first content ≤ 1.25×, fresh data ≤ 1.6×.');
