// `npm run bench:popup`: time until the popup's prep shows the person's open actions, against
// 1,000 people and 10,000 meetings, as a ratio to a blank extension page's first contentful
// paint in the same run (median of 15+ loads). Not a test: read the ratio.
import { importThroughDashboard, launchWithExtension } from '../harness/chromium.ts';
import { demoFile } from '../harness/demo-file.ts';
import { attempt, buildWithBlank, fcp, median } from './bench-lib.ts';

const LOADS = Number(process.env.BENCH_LOADS ?? 15);
const ext = await launchWithExtension({ extensionDir: buildWithBlank() });
const page = await ext.context.newPage();
await page.setViewportSize({ width: 420, height: 600 });
await importThroughDashboard(page, ext.url('options', '#/data'), demoFile(1_000, 10_000));
const blank: number[] = [];
const actions: number[] = [];
let failed = 0;
const load = async () => {
  await page.goto(`chrome-extension://${ext.extensionId}/blank.html`);
  const b = await fcp(page);
  await page.goto(ext.url('popup'));
  await page.getByTestId('open-actions').waitFor();
  return [b, await page.evaluate(() => performance.now())] as const;
};
for (let i = 0; i < LOADS + 2; i++) {
  const r = await attempt(load);
  if (i < 2) continue; // warm-up
  if ('error' in r) failed++;
  else {
    blank.push(r.value[0]);
    actions.push(r.value[1]);
  }
}
await ext.context.close();
const b = median(blank);
const a = median(actions);
console.log(`Popup with 1,000 people / 10,000 meetings, median of ${LOADS - failed} loads (${failed} failed):`);
console.log(
  `blank page FCP ${b.toFixed(1)} ms; prep with open actions shown by ${a.toFixed(1)} ms (${(a / b).toFixed(2)}× the blank page).`,
);
