// axe on every view, empty and with the demo network: one test each, so they run in parallel and
// each has its whole time budget. Each checks the light theme and then the dark one on the same
// load (see `expectAccessible`). They only look, so a worker's tests share one browser per state.
import { readFileSync } from 'node:fs';
import type { BackupV1 } from '../../lib/backup/schema';
import { weeklyOneOnOne } from './calendar-file';
import { dataPageWithSyncOn, demoFile, expectAccessible, ready, test } from './fixtures';
import { details, VIEWS } from './views';

const STATES = [
  ['empty', VIEWS],
  ['demo', [...VIEWS, ...details()]],
] as const;

for (const [seed, views] of STATES)
  for (const [name, entry, hash] of views)
    test(`${name} passes axe, light and dark (${seed === 'demo' ? 'with data' : 'empty'})`, async ({ browse }) => {
      const ext = await browse(seed);
      const page = await ext.context.newPage();
      await page.goto(ext.url(entry, hash));
      await ready(page);
      await expectAccessible(page);
      await page.close();
    });

// The contacts import preview, from a CSV of no known program (so the column picker shows) with
// one person already in the demo network (so a merge row shows) and one new. Reading a file
// stores nothing, so this test only looks too.
test(`contacts import preview passes axe (with data, light and dark)`, async ({ browse }) => {
  const ext = await browse('demo');
  const { data } = JSON.parse(readFileSync(demoFile(), 'utf8')) as BackupV1;
  const known = String(data.people?.[0]?.name);
  const page = await ext.context.newPage();
  await page.goto(ext.url('options', '#/people/import'));
  await ready(page);
  const csv = `Full name,Employer,Mail\n${known},Somewhere,known@example.org\nNew Person,Elsewhere,new@example.org\n`;
  await page.getByTestId('contacts-file').setInputFiles({ name: 'contacts.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByTestId('contacts-preview').getByText(`Merges into ${known}`).waitFor();
  await expectAccessible(page);
  await page.close();
});

// The calendar preview, with one of the demo's people on a weekly 1:1 and one attendee not in
// the network, chosen to be added (so the direction picker shows). Nothing is applied.
test(`calendar import preview passes axe (with data, light and dark)`, async ({ browse }) => {
  const ext = await browse('demo');
  const { data } = JSON.parse(readFileSync(demoFile(), 'utf8')) as BackupV1;
  const page = await ext.context.newPage();
  await page.goto(ext.url('options', '#/people/calendar'));
  await ready(page);
  const weekly = weeklyOneOnOne({ name: String(data.people?.[0]?.name) }, [{ name: 'Lena Fischer', email: 'lena@example.com' }]);
  await page
    .getByTestId('calendar-file')
    .setInputFiles({ name: 'calendar.ics', mimeType: 'text/calendar', buffer: Buffer.from(weekly.ics) });
  await page.getByRole('button', { name: 'Add Lena Fischer' }).click();
  await page.getByLabel('Direction for Lena Fischer').waitFor();
  await expectAccessible(page);
  await page.close();
});

// The questions a restore and a delete ask while sync is on, the restore's opened from the demo
// card (no file to pick). No test server is needed (see `dataPageWithSyncOn`).
test(`restore and delete questions with sync on pass axe (light and dark)`, async ({ ext, page }) => {
  await dataPageWithSyncOn(ext, page);
  await page.getByRole('button', { name: 'Load the demo network…' }).click();
  await page.getByRole('dialog').getByText('Sync is on.').waitFor();
  await expectAccessible(page);
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Delete everything…' }).click();
  await page.getByRole('dialog', { name: 'Delete everything?' }).getByText('Sync is on.').waitFor();
  await expectAccessible(page);
});
