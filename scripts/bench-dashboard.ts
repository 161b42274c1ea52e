// `npm run bench:dashboard`: the dashboard with 10,000 people and 100,000 meetings (one person
// with 500 of them). Reports the first view (the people list, until the page has what it
// shows) as a ratio to a blank extension page's first contentful paint in the same run, and
// the longest main-thread task of each interaction. Not a test: timings are noisy.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importThroughDashboard, launchWithExtension, ROOT } from '../harness/chromium.ts';
import { demoFile } from '../harness/demo-file.ts';
import { buildWithBlank, fcp, longestTask, markTime, median, settled, watchLongTasks } from './bench-lib.ts';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 10_000);
const LOADS = Number(process.env.BENCH_LOADS ?? 7);
const BUSY = 500;

/** The demo network, with BUSY of its meetings moved to its first person. */
function busyDemo(): { file: string; busy: string } {
  const doc = JSON.parse(readFileSync(demoFile(PEOPLE, PEOPLE * 10), 'utf8'));
  const busy = doc.data.people[0].id as string;
  for (const m of doc.data.meetings.slice(0, BUSY)) m.personId = busy;
  const file = join(ROOT, `.cache/bench-dashboard-${PEOPLE}.json`);
  writeFileSync(file, JSON.stringify(doc));
  return { file, busy };
}

const { file, busy } = busyDemo();
const ext = await launchWithExtension({ extensionDir: buildWithBlank() });
const page = await ext.context.newPage();
await importThroughDashboard(page, ext.url('options', '#/data'), file);

const blank: number[] = [];
const first: number[] = [];
for (let i = 0; i < LOADS + 1; i++) {
  await page.goto(`chrome-extension://${ext.extensionId}/blank.html`);
  const b = await fcp(page);
  await page.goto(ext.url('options', '#/people'));
  const f = await markTime(page, 'tb:first-ready');
  if (i === 0) continue; // warm-up
  blank.push(b);
  first.push(f);
}

await watchLongTasks(page);
// Read and reset: each step reports its own longest task, so a later step is not hidden behind an earlier one.
const report: Array<[string, number]> = [];
const step = async (name: string, act: () => Promise<unknown>) => {
  await act();
  await settled(page);
  report.push([name, await longestTask(page)]);
};
const list = page.getByTestId('people-list');
await page.goto('about:blank');
await step('open the people list', async () => {
  await page.goto(ext.url('options', '#/people'));
  await list.waitFor();
});
await step('show 300 more', async () => {
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: /Show 100 more/ }).click();
});
await step('type a search', () => page.getByTestId('people-search').pressSequentially('mar', { delay: 80 }));
await step('filter by direction', () => page.getByLabel('Direction').selectOption('peer'));
await step('type a tag', () => page.getByRole('textbox', { name: 'Tag' }).pressSequentially('te', { delay: 80 }));
await step('only due now', () => page.getByLabel('Only due now').check());
await step('sort by due', () => page.getByLabel('Sort').selectOption('due'));
await step(`open a person with ${BUSY} meetings`, async () => {
  await page.goto(ext.url('options', `#/people/${busy}`));
  await page.getByRole('heading', { name: 'History' }).waitFor();
});
await step('open the actions list', async () => {
  await page.getByRole('link', { name: 'Actions', exact: true }).click();
  await page.getByTestId('actions').waitFor();
});
await step('open the goals', async () => {
  await page.getByRole('link', { name: 'Goals', exact: true }).click();
  await page.getByRole('heading', { name: 'Goals', level: 1 }).waitFor();
});
// The review reads a year of meetings (most of the 100,000) in a worker: the page only waits.
await step('open the review', async () => {
  await page.getByRole('link', { name: 'Review', exact: true }).click();
  await page.getByTestId('activity-totals').waitFor({ timeout: 180_000 });
});
await step('open the plan', async () => {
  await page.getByRole('link', { name: 'Development plan' }).click();
  await page.getByTestId('plan-goals').waitFor();
});
await ext.context.close();

const b = median(blank);
const f = median(first);
console.log(`Dashboard, ${PEOPLE.toLocaleString('en')} people / ${(PEOPLE * 10).toLocaleString('en')} meetings:`);
console.log(
  `  first view (people list ready), median of ${LOADS}: ${f.toFixed(0)} ms against blank FCP ${b.toFixed(0)} ms: ${(f / b).toFixed(2)}× (target ≤ 2×)`,
);
console.log('Longest main-thread task of each step (ms; target ≤ 50):');
for (const [name, ms] of report) console.log(`  ${name.padEnd(34)} ${ms.toFixed(0)}`);
