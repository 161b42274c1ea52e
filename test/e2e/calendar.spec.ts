import { weeklyOneOnOne } from './calendar-file';
import { expect, importPeople, ready, test } from './fixtures';

const grace = { id: 'grace', name: 'Grace Okafor', direction: 'up' as const, emails: ['grace@example.org'] };

test('a calendar file with a weekly 1:1: the next one preselected in the popup, past ones as contacts; a re-import changes nothing', async ({
  ext,
  page,
}) => {
  await importPeople(page, ext.url('options', '#/data'), [grace]);
  const weekly = weeklyOneOnOne({ name: 'G. Okafor', email: 'grace@example.org' });
  const file = { name: 'calendar.ics', mimeType: 'text/calendar', buffer: Buffer.from(weekly.ics) };
  await page.goto(ext.url('options', '#/people/import'));
  await ready(page);
  await page.getByRole('link', { name: 'meetings from your calendar' }).click();
  await page.getByTestId('calendar-file').setInputFiles(file);
  const rows = page.getByTestId('calendar-preview').locator('tbody tr');
  await expect(rows).toHaveCount(weekly.past + 6);
  await expect(rows.first()).toContainText('Grace Okafor');
  await page.getByTestId('calendar-apply').click();
  await expect(page.getByTestId('calendar-outcome')).toContainText(`Done. ${weekly.past} held contacts, 6 planned meetings.`);

  const popup = await ext.context.newPage();
  await popup.goto(ext.url('popup'));
  await expect(popup.getByRole('heading', { level: 2, name: 'Grace Okafor' })).toBeVisible();
  await expect(popup.locator(`.person-head time[datetime="${weekly.next}"]`)).toBeVisible();

  await page.goto(ext.url('options', '#/people/grace'));
  await ready(page);
  const timeline = page.getByTestId('timeline').locator('li');
  await expect(timeline.filter({ hasText: /^Meeting ·/ })).toHaveCount(weekly.past);
  await expect(timeline.filter({ hasText: /^Planned · Meeting/ })).toHaveCount(6);

  await page.goto(ext.url('options', '#/people/calendar'));
  await ready(page);
  await page.getByTestId('calendar-file').setInputFiles(file);
  await expect(rows.filter({ hasText: 'Already here' })).toHaveCount(weekly.past + 6);
  await page.getByTestId('calendar-apply').click();
  await expect(page.getByTestId('calendar-outcome')).toContainText('Nothing new');
  await page.goto(ext.url('options', '#/people/grace'));
  await ready(page);
  await expect(timeline).toHaveCount(weekly.past + 6);
});
