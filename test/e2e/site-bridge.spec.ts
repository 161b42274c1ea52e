import { buildWithGrantedOrigins, launchWithExtension } from '../../harness/chromium';
import { encodeCollection } from '../../lib/share/collection-link';
import { test as base, expect } from './fixtures';

const SITE = 'http://localhost:4173/';

// The user set their site's address and allowed the bridge on it: on its host, every port, as
// Teachback asks (lib/ext/host-pattern.ts).
const test = base.extend({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies as the first argument
  ext: async ({}, use) => {
    const launched = await launchWithExtension({ extensionDir: buildWithGrantedOrigins(['http://localhost/*']) });
    await use(launched);
    await launched.context.close();
  },
});

test('the site offers "Import into Teachback" once connected, and the dashboard previews the collection', async ({ ext, page }) => {
  const fragment = await encodeCollection({
    title: 'From Priya',
    note: 'For your first month as a lead',
    items: [{ kind: 'lesson', lessonId: 'prepare-the-hour', title: 'Prepare the hour' }],
  });

  // Not connected yet: the button stays hidden and the page explains how to paste the link.
  const before = await ext.context.newPage();
  await before.goto(`${SITE}collection.html#${fragment}`);
  await expect(before.getByRole('heading', { level: 1 })).toHaveText('From Priya');
  await expect(before.getByRole('button', { name: 'Import into Teachback' })).toBeHidden();

  await page.goto(ext.url('options', '#/collections'));
  await page.getByRole('button', { name: 'New collection' }).click();
  await page.getByLabel('Title', { exact: true }).fill('Mine');
  await page.getByLabel('Protect the slot, and keep in touch between meetings').check();
  await page.getByRole('button', { name: 'Create collection' }).click();
  await page.getByLabel('Address of your Teachback site').fill(SITE);
  await page.getByRole('button', { name: 'Save and make the link' }).click();
  await expect(page.getByTestId('share-link')).toHaveValue(/^http:\/\/localhost:4173\/collection\.html#v1\./);

  const site = await ext.context.newPage();
  await site.goto(`${SITE}collection.html#${fragment}`);
  const button = site.getByRole('button', { name: 'Import into Teachback' });
  await expect(button).toBeVisible();
  const opened = ext.context.waitForEvent('page');
  await button.click();
  const dashboard = await opened;
  await expect(dashboard.locator('.preview').getByRole('heading', { name: 'From Priya' })).toBeVisible();
  await dashboard.getByRole('button', { name: 'Import this collection' }).click();
  await expect(dashboard.getByTestId('collection-card').filter({ hasText: 'From Priya' })).toBeVisible();
});
