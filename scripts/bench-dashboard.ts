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

type Profile = {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>;
  samples?: number[];
  timeDeltas?: number[];
};

function printHeaviest(step: string, profile: Profile): void {
  const self = new Map<number, number>();
  for (const [i, id] of (profile.samples ?? []).entries()) self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas?.[i] ?? 0));
  const byName = new Map<string, number>();
  for (const n of profile.nodes) {
    const f = n.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    byName.set(key, (byName.get(key) ?? 0) + (self.get(n.id) ?? 0) / 1000);
  }
  console.log(`Heaviest functions (self time, ms) during "${step}":`);
  for (const [key, ms] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${ms.toFixed(1).padStart(7)} ${key}`);
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
// BENCH_PROFILE="open the review,show 300 more": a CPU profile of those steps' main thread, its
// heaviest functions printed (what a long task spends its time on).
const PROFILE = process.env.BENCH_PROFILE?.split(',') ?? [];
const step = async (name: string, act: () => Promise<unknown>) => {
  const cdp = PROFILE.includes(name) ? await page.context().newCDPSession(page) : undefined;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  await act();
  await settled(page);
  report.push([name, await longestTask(page)]);
  if (cdp) printHeaviest(name, (await cdp.send('Profiler.stop')).profile);
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
