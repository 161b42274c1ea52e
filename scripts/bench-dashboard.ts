// `npm run bench:dashboard`: the longest main-thread task while using the dashboard with
// 10,000 people and 100,000 meetings (people list, paging, search, filters, a person page, the
// review and the development plan).
import { importThroughDashboard, launchWithExtension } from '../harness/chromium.ts';
import { demoFile } from '../harness/demo-file.ts';
import { longestTask, settled, watchLongTasks } from './bench-lib.ts';

const ext = await launchWithExtension();
const page = await ext.context.newPage();
await importThroughDashboard(page, ext.url('options', '#/data'), demoFile(10_000, 100_000));
await watchLongTasks(page);
// Read and reset: each step reports its own longest task, so a later step is not hidden behind an earlier one.
const longest = () => longestTask(page);
const report: Array<[string, number]> = [];
await page.goto('about:blank');
await page.goto(ext.url('options', '#/people'));
await page.getByTestId('people-list').waitFor();
await settled(page);
report.push(['open the people list', await longest()]);
for (let i = 0; i < 3; i++) await page.getByRole('button', { name: /Show 100 more/ }).click();
await settled(page);
report.push(['show 300 more', await longest()]);
await page.getByTestId('people-search').pressSequentially('mar', { delay: 80 });
await settled(page);
report.push(['type a search', await longest()]);
await page.getByLabel('Sort').selectOption('due');
await settled(page);
report.push(['sort by due', await longest()]);
await page.getByTestId('people-list').getByRole('link').first().click();
await page.getByRole('heading', { name: 'History' }).waitFor();
await settled(page);
report.push(['open a person', await longest()]);
// The review reads a year of meetings (most of the 100,000) in a worker: the page only waits.
await page.getByRole('link', { name: 'Review', exact: true }).click();
await page.getByTestId('activity-totals').waitFor({ timeout: 180_000 });
await settled(page);
report.push(['open the review', await longest()]);
await page.getByRole('link', { name: 'Development plan' }).click();
await page.getByTestId('plan-goals').waitFor();
await settled(page);
report.push(['open the plan', await longest()]);
await ext.context.close();
console.log('Longest main-thread task of each step (ms), 10,000 people / 100,000 meetings:');
for (const [step, ms] of report) console.log(`  ${step.padEnd(24)} ${ms.toFixed(0)}`);
