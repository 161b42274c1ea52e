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

const frameName = (f: Profile['nodes'][number]['callFrame']) =>
  `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;

function heaviest(profile: Profile, samples: Array<[number, number]>): string[] {
  const name = new Map(profile.nodes.map((n) => [n.id, frameName(n.callFrame)]));
  const byName = new Map<string, number>();
  for (const [id, us] of samples) byName.set(name.get(id) ?? '?', (byName.get(name.get(id) ?? '?') ?? 0) + us / 1000);
  return [...byName]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([key, ms]) => `  ${ms.toFixed(1).padStart(7)} ${key}`);
}

/** The step's heaviest functions, over the whole step and within its longest stretch without idle time. */
function printHeaviest(step: string, profile: Profile): void {
  const idle = new Set(profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
  const samples = (profile.samples ?? []).map((id, i): [number, number] => [id, profile.timeDeltas?.[i] ?? 0]);
  let longest: Array<[number, number]> = [];
  let run: Array<[number, number]> = [];
  let best = 0;
  let current = 0;
  for (const sample of samples) {
    if (idle.has(sample[0])) {
      run = [];
      current = 0;
      continue;
    }
    run.push(sample);
    current += sample[1];
    if (current > best) {
      best = current;
      longest = run;
    }
  }
  console.log(`Heaviest functions (self time, ms) during "${step}":`, ...heaviest(profile, samples).map((l) => `\n${l}`));
  const ms = best / 1000;
  console.log(`…and in its longest busy stretch (${ms.toFixed(0)} ms):`, ...heaviest(profile, longest).map((l) => `\n${l}`));
}

type TraceEvent = {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** The thread's CPU time in the event: on a loaded machine, a task can last far longer than it computes. */
  tdur?: number;
  tid: number;
  pid: number;
  args?: { name?: string; data?: unknown };
};

/** Starts a trace of the page; the result stops it and returns its events. */
async function startTrace(): Promise<() => Promise<TraceEvent[]>> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,v8.execute,disabled-by-default-devtools.timeline,blink,IndexedDB',
    transferMode: 'ReportEvents',
  });
  return async () => {
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;
    return events;
  };
}

/** The renderer main thread's longest task and the events inside it, by total duration. */
function printLongestTask(step: string, events: TraceEvent[]): void {
  const main = events.find(
    (e) =>
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      events.some((x) => x.tid === e.tid && x.name === 'RunTask' && (x.dur ?? 0) > 40_000),
  );
  if (!main) {
    console.log(`No main-thread task over 40 ms in the trace of "${step}"`);
    return;
  }
  const onMain = events.filter((e) => e.tid === main.tid && e.pid === main.pid && e.ph === 'X');
  const tasks = onMain.filter((e) => e.name === 'RunTask');
  const task = tasks.sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))[0] as TraceEvent;
  // On a loaded machine the longest task is often one that waited for a core, not one that computed most.
  const heaviest = [...tasks].sort((a, b) => (b.tdur ?? 0) - (a.tdur ?? 0))[0] as TraceEvent;
  const ms = (us?: number) => ((us ?? 0) / 1000).toFixed(0);
  console.log(`Most CPU in one main-thread task during "${step}": ${ms(heaviest.tdur)} ms (the task lasted ${ms(heaviest.dur)} ms)`);
  const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + (task.dur ?? 0));
  const byName = new Map<string, number>();
  for (const e of inside) byName.set(e.name, (byName.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
  console.log(
    `Longest main-thread task during "${step}": ${((task.dur ?? 0) / 1000).toFixed(0)} ms (${((task.tdur ?? 0) / 1000).toFixed(0)} ms of CPU); inside it (total ms, nested events overlap):`,
  );
  for (const [n, ms] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 14)) console.log(`  ${ms.toFixed(1).padStart(7)} ${n}`);
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
// BENCH_TRACE="open the review": a performance trace of that step; prints what the renderer's
// longest main-thread task was made of (layout, style, script, IndexedDB callbacks…).
const TRACE = process.env.BENCH_TRACE?.split(',') ?? [];
const step = async (name: string, act: () => Promise<unknown>) => {
  const cdp = PROFILE.includes(name) ? await page.context().newCDPSession(page) : undefined;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  const tracing = TRACE.includes(name) ? await startTrace() : undefined;
  await act();
  await settled(page);
  report.push([name, await longestTask(page)]);
  if (cdp) printHeaviest(name, (await cdp.send('Profiler.stop')).profile);
  if (tracing) printLongestTask(name, await tracing());
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
// The review folds a year of meetings (most of the 100,000) on this page, in 500-row chunks (lib/review/load.ts).
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
