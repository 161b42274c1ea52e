import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { browser } from 'wxt/browser';
import { buildWithGrantedOrigins, launchWithExtension } from '../../harness/chromium';
import { weeklyOneOnOne } from './calendar-file';
import { expect, expectAccessible, importPeople, ready, test } from './fixtures';

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

// The user allowed Teachback to read 127.0.0.1: a test cannot answer the permission prompt.
const subscribed = test.extend({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies as the first argument
  ext: async ({}, use) => {
    const launched = await launchWithExtension({ extensionDir: buildWithGrantedOrigins(['http://127.0.0.1/*']) });
    await use(launched);
    await launched.context.close();
  },
});

subscribed(
  'a calendar subscription served from 127.0.0.1 is fetched and applied, shown masked, refreshed (by hand and by the hourly alarm) and removed',
  async ({ ext, page }) => {
    const weekly = weeklyOneOnOne({ name: 'Grace Okafor', email: 'grace@example.org' });
    let served = weekly.ics;
    const inTwoDays = new Date(Date.now() + 2 * 86_400_000).toISOString().replace(/[-:]|\.\d{3}/g, '');
    const extra = `BEGIN:VEVENT\r\nUID:coffee@google.com\r\nDTSTART:${inTwoDays}\r\nATTENDEE;CN=Grace Okafor:mailto:grace@example.org\r\nSUMMARY:Coffee\r\nEND:VEVENT\r\n`;
    const hits: string[] = [];
    const server = createServer((req, res) => {
      hits.push(req.url ?? '');
      if (req.url === '/private-5f2a9c8d7e/basic.ics') res.writeHead(200, { 'content-type': 'text/calendar' }).end(served);
      else res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Sign in</title>');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      await importPeople(page, ext.url('options', '#/data'), [grace]);
      await page.goto(ext.url('options', '#/people/calendar'));
      await ready(page);
      const box = page.getByTestId('calendar-subscription');
      const address = box.getByLabel('Private address in iCal format');
      await address.fill(`${base}/login`);
      await box.getByRole('button', { name: 'Subscribe' }).click();
      await expect(box.getByTestId('subscription-said')).toContainText('This is a web page, not a calendar');

      await address.fill(`${base}/private-5f2a9c8d7e/basic.ics`);
      await box.getByRole('button', { name: 'Subscribe' }).click();
      await expect(box.getByTestId('subscription-status')).toContainText(`${weekly.past} held contacts, 6 planned meetings.`);
      await expect(box.getByTestId('subscription-address')).toHaveText(`${base}/…/basic.ics`);
      await expectAccessible(page);

      await box.getByRole('button', { name: 'Refresh now' }).click();
      await expect(box.getByTestId('subscription-status')).toContainText('Nothing new');
      expect(hits.filter((h) => h.startsWith('/private-'))).toHaveLength(2);

      // The hourly alarm, fired now: the background reads the calendar again, with a new event on it.
      served = served.replace('END:VCALENDAR', `${extra}END:VCALENDAR`);
      const worker = await ext.worker();
      await worker.evaluate(
        (name) => (globalThis as unknown as { chrome: typeof browser }).chrome.alarms.create(name, { when: Date.now() + 100 }),
        'calendar-subscription',
      );
      await expect(box.getByTestId('subscription-status')).toContainText('1 planned meeting.');

      await box.getByRole('button', { name: 'Remove subscription' }).click();
      await expect(address).toBeVisible();
      await expect(box.getByTestId('subscription-address')).toHaveCount(0);
    } finally {
      server.close();
    }
  },
);
