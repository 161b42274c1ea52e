// Two (or more) browser profiles with the built extension and a CouchDB-protocol server on
// 127.0.0.1, started for the spec that calls `syncDevices()`, and the steps its tests share.
import { expect, type Locator, type Page, test } from '@playwright/test';
import { buildWithGrantedOrigins, type Launched, launchWithExtension } from '../../harness/chromium';
import { type CouchServer, startCouchServer } from '../../harness/couch-server';
import { ready } from './fixtures';

export interface Device {
  ext: Launched;
  page: Page;
}

export const PASSPHRASE = 'four words we remember';

export function syncDevices() {
  let server: CouchServer | undefined;
  let extensionDir = '';
  const open: Launched[] = [];

  test.beforeAll(async () => {
    server = await startCouchServer();
    // Stands for the user's "Allow" on the permission prompt, which a test cannot answer.
    extensionDir = buildWithGrantedOrigins(['http://127.0.0.1/*']);
  });
  test.afterAll(async () => {
    await server?.stop();
  });
  test.afterEach(async () => {
    server?.refuse(undefined);
    for (const l of open.splice(0)) await l.context.close();
  });

  const theServer = (): CouchServer => {
    if (!server) throw new Error('The test server starts before the first test.');
    return server;
  };

  return {
    server: theServer,

    async device(): Promise<Device> {
      const ext = await launchWithExtension({ extensionDir });
      open.push(ext);
      return { ext, page: await ext.context.newPage() };
    },

    async turnOnSync({ page, ext }: Device, database: string, passphrase = PASSPHRASE): Promise<void> {
      await page.goto(ext.url('options', '#/settings/sync'));
      await page.getByLabel('Server address').fill(theServer().url);
      await page.getByLabel('Database').fill(database);
      await page.getByLabel('CouchDB user name').fill('ada');
      await page.getByLabel('CouchDB password').fill('not checked by the test server');
      await page.getByLabel('Encryption passphrase').fill(passphrase);
      await page.getByLabel('The passphrase again').fill(passphrase);
      await page.getByRole('button', { name: 'Turn on sync' }).click();
    },
  };
}

export async function addPerson({ page, ext }: Device, name: string): Promise<void> {
  await page.goto(ext.url('options', '#/people/new'));
  await page.getByLabel('Name').fill(name);
  await page.getByRole('radio', { name: /Beside you/ }).check();
  await page.getByRole('button', { name: 'Add to my network' }).click();
  await expect(page.getByRole('link', { name })).toBeVisible();
}

/**
 * "Sync now", then the people list once that round has finished (its "last synced" is newer than
 * the one before) with nothing waiting.
 */
export async function syncAndList({ page, ext }: Device): Promise<Locator> {
  await page.goto(ext.url('options', '#/settings/sync'));
  await ready(page);
  const last = page.getByTestId('sync-status').locator('time');
  const before = (await last.count()) ? await last.getAttribute('datetime') : null;
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByTestId('sync-status')).toContainText('Changes waitingNone');
  if (before) await expect(last).not.toHaveAttribute('datetime', before);
  else await expect(last).toBeVisible();
  await page.goto(ext.url('options', '#/people'));
  return page.getByTestId('people-list');
}
