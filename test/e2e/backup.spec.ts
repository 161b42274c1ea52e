import { readFileSync } from 'node:fs';
import { importThroughDashboard, submitImport } from '../../harness/chromium';
import { dataPageWithSyncOn, demoFile, expect, test, testWithDemo } from './fixtures';
import { storedRow } from './stored-row';

const byId = (rows: Array<{ id: string }> = []) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

test('export, delete everything, import the export: the same data comes back', async ({ ext, page }) => {
  await importThroughDashboard(page, ext.url('options', '#/data'), demoFile());
  await expect(page.getByTestId('import-result')).toContainText(
    /Imported\. Your network now holds 40 people, 7 goals, 320 meetings and contacts/,
  );

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export backup' }).click();
  const file = await (await download).path();
  await expect(page.getByTestId('export-result')).toContainText('Exported 40 people');
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported).toMatchObject({ format: 'teachback-backup', version: 1 });

  await page.getByRole('button', { name: 'Delete everything…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete everything?' });
  await expect(dialog.getByRole('button', { name: 'Delete everything' })).toBeDisabled();
  await dialog.getByLabel('Type “delete” to confirm').fill('delete');
  await dialog.getByRole('button', { name: 'Delete everything' }).click();
  await expect(page.getByTestId('data-counts')).toHaveText('nothing yet');

  await importThroughDashboard(page, ext.url('options', '#/data'), file);
  await expect(page.getByTestId('import-result')).toContainText('40 people');
  const again = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export backup' }).click();
  const restored = JSON.parse(readFileSync(await (await again).path(), 'utf8'));
  for (const table of Object.keys(exported.data)) expect(byId(restored.data[table]), table).toEqual(byId(exported.data[table]));
});

const BAD_FILES: Array<[string, string, RegExp]> = [
  ['not JSON', 'name,direction\nAda,up\n', /not a Teachback backup/],
  ['empty', '', /The file is empty/],
  [
    'wrong format',
    JSON.stringify({ format: 'photo-album', version: 1, exportedAt: '2026-01-01', data: {} }),
    /format.*must be "teachback-backup"/,
  ],
  ['version 2', JSON.stringify({ format: 'teachback-backup', version: 2, exportedAt: '2026-01-01', data: {} }), /newer Teachback/],
  [
    'a meeting without its person',
    JSON.stringify({
      format: 'teachback-backup',
      version: 1,
      exportedAt: '2026-01-01',
      data: { people: [], meetings: [{ id: 'm', personId: 'ghost', at: '2026-01-01' }] },
    }),
    /data\.meetings\[0\]\.personId.*refers to a person that is not in the backup/,
  ],
];

test('a bad import says what is wrong and leaves the data exactly as it was', async ({ ext, page }) => {
  await importThroughDashboard(page, ext.url('options', '#/data'), demoFile(12, 40));
  const counts = await page.getByTestId('data-counts').textContent();
  for (const [name, text, message] of BAD_FILES) {
    await submitImport(page, ext.url('options', '#/data'), {
      name: `${name}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await expect(page.getByTestId('import-result'), name).toContainText('Nothing was imported');
    await expect(page.getByTestId('import-result'), name).toContainText(message);
    await expect(page.getByTestId('data-counts'), name).toHaveText(counts ?? '');
  }
  await page.goto(ext.url('options', '#/people'));
  await expect(page.getByTestId('people-list').getByRole('listitem')).not.toHaveCount(0);
});

test('a large file that is not a backup is refused at once, and HTML in a backup shows as text', async ({ ext, page }) => {
  const junk = Buffer.alloc(8_000_000, 'x');
  await submitImport(page, ext.url('options', '#/data'), { name: 'video.json', mimeType: 'application/json', buffer: junk });
  await expect(page.getByTestId('import-result')).toContainText('not a Teachback backup');

  const evil = '<img src=x onerror="document.title=\'pwned\'"><b>Bold</b>';
  const doc = {
    format: 'teachback-backup',
    version: 1,
    exportedAt: '2026-01-01T00:00:00Z',
    data: { people: [{ id: 'p1', name: evil, direction: 'peer' }] },
  };
  await importThroughDashboard(page, ext.url('options', '#/data'), {
    name: 'evil.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(doc)),
  });
  await page.goto(ext.url('options', '#/people'));
  await expect(page.getByRole('link', { name: evil })).toBeVisible();
  await expect(page.locator('.people-list img, .people-list b')).toHaveCount(0);
  const newtab = await ext.context.newPage();
  await newtab.goto(ext.url('newtab'));
  await expect(newtab.getByTestId('due-list')).toContainText(evil);
  expect(await newtab.title()).not.toBe('pwned');
});

test('import shows a preview first; snapshots restore, and a restore can be undone', async ({ ext, page }) => {
  await importThroughDashboard(page, ext.url('options', '#/data'), demoFile(12, 40));
  const before = await page.getByTestId('data-counts').textContent();

  // The preview says what the file holds before anything changes.
  await page.getByTestId('import-file').setInputFiles(demoFile());
  await expect(page.getByTestId('import-preview')).toContainText('holds 40 people, 7 goals, 320 meetings and contacts');
  await expect(page.getByTestId('data-counts')).toHaveText(before ?? '');
  await page.getByRole('button', { name: 'Replace my data' }).click();
  await expect(page.getByTestId('import-result')).toContainText('40 people');

  // A snapshot of the 12-person network was kept before the import: restore it, then undo.
  const snapshots = page.getByTestId('snapshots').getByRole('listitem');
  await expect(snapshots.first()).toContainText('12 people');
  await snapshots.first().getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restored the snapshot.' })).toBeVisible();
  await expect(page.getByTestId('data-counts')).toHaveText(before ?? '');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Undone' })).toBeVisible();
  await expect(page.getByTestId('data-counts')).toContainText('40 people');

  await page.getByRole('button', { name: 'Take a snapshot now' }).click();
  await expect(snapshots.first()).toContainText('Taken by you');
});

test('load the demo network from the dashboard', async ({ ext, page }) => {
  await page.goto(ext.url('options', '#/data'));
  await page.getByRole('button', { name: 'Load the demo network…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Load the demo' }).click();
  await expect(page.getByTestId('import-result')).toContainText('40 people');
});

// The question and what each answer keeps are this test's subject, not a round.
testWithDemo(
  'with sync on, “Delete everything” asks how far it goes; kept on this device, sync is turned off first',
  async ({ ext, page }) => {
    const server = await dataPageWithSyncOn(ext, page);
    await page.getByRole('button', { name: 'Delete everything…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete everything?' });
    await expect(dialog).toContainText('Sync is on.');
    const here = dialog.getByRole('button', { name: 'Take this device out of sync' });
    await expect(here).toBeDisabled();
    await expect(dialog.getByRole('button', { name: 'Delete on every device' })).toBeDisabled();
    await dialog.getByLabel('Type “delete” to confirm').fill('delete');
    await here.click();
    await expect(page.getByTestId('data-counts')).toHaveText('nothing yet');
    await expect(page.getByTestId('delete-result')).toContainText(
      'Sync is off on this device now, and your other devices kept their data.',
    );
    await expect
      .poll(() => storedRow(page, 'syncState', 'setup'))
      .toMatchObject({ value: { remote: { url: server }, enabled: false, rejoin: true } });
  },
);
