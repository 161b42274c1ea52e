import { join } from 'node:path';
import { expect, ready, test } from './fixtures';

const sample = (name: string) => join(import.meta.dirname, '../fixtures/contacts', name);

test('import a vCard file and LinkedIn connections through the preview, see them on the new tab, undo the second', async ({
  ext,
  page,
}) => {
  await page.goto(ext.url('options', '#/people'));
  await ready(page);
  await page.getByRole('link', { name: 'Import from your contacts' }).click();
  await page.getByTestId('contacts-file').setInputFiles(sample('apple-contacts.vcf'));
  const table = page.getByTestId('contacts-preview');
  await expect(table.getByRole('rowheader')).toHaveText(['Adaeze Okafor', '山田 花子', 'Dr. Zoë Müller-Lüdenscheidt']);
  await expect(page.getByTestId('contacts-summary')).toContainText('1 contact left out');
  await page.getByLabel('Direction for Adaeze Okafor').selectOption({ label: 'Above you' });
  await page.getByLabel('Direction for 山田 花子').selectOption({ label: 'Below you' });
  await page.getByLabel('Import Dr. Zoë Müller-Lüdenscheidt').uncheck();
  await page.getByTestId('contacts-apply').click();
  await expect(page.getByTestId('contacts-outcome')).toContainText('Added 2 people');

  await page.getByTestId('contacts-file').setInputFiles(sample('linkedin-Connections.csv'));
  await expect(table.getByRole('rowheader')).toHaveCount(4);
  await page.getByLabel('Direction for every selected new person').selectOption({ label: 'Outside' });
  await page.getByRole('button', { name: 'Set for selected' }).click();
  await page.getByLabel('Direction for Marcus Lindqvist').selectOption({ label: 'Beside you' });
  await page.getByTestId('contacts-apply').click();
  await expect(page.getByTestId('contacts-outcome')).toContainText('Added 4 people');

  const tab = await ext.context.newPage();
  await tab.goto(ext.url('newtab'));
  await ready(tab);
  await expect(tab.getByRole('img', { name: /Active people by direction/ })).toHaveAccessibleName(
    'Active people by direction. Above you: 1, Beside you: 1, Below you: 1, Outside: 3.',
  );

  await page.getByRole('button', { name: 'Undo this import' }).click();
  await expect(page.getByTestId('contacts-outcome')).toContainText('Undone');
  await page.goto(ext.url('options', '#/people'));
  await ready(page);
  await expect(page.getByTestId('people-list').getByRole('link')).toHaveText(['Adaeze Okafor', '山田 花子']);
});

test('a file that is not contacts changes nothing and says why; markup in a field shows as text', async ({ ext, page }) => {
  await page.goto(ext.url('options', '#/people/import'));
  await ready(page);
  await page
    .getByTestId('contacts-file')
    .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"teachback-backup"}') });
  await expect(page.getByTestId('contacts-outcome')).toContainText('Nothing was imported. This is a JSON document');
  await page.getByTestId('contacts-file').setInputFiles(sample('hostile.csv'));
  const table = page.getByTestId('contacts-preview');
  await expect(table.getByRole('rowheader').first()).toHaveText('<img src=x onerror=alert(1)>Eve');
  await expect(table.locator('img, script')).toHaveCount(0);
  await page.goto(ext.url('options', '#/people'));
  await ready(page);
  await expect(page.getByRole('heading', { name: 'Who do you learn from?' })).toBeVisible();
});
