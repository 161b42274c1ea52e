// Two (or more) browser profiles with the built extension and a CouchDB-protocol server on
// 127.0.0.1, started for the spec that calls `syncDevices()`, and the steps its tests share.
import { expect, type Locator, type Page, test } from '@playwright/test';
import { buildWithGrantedOrigins, type Launched, launchWithExtension } from '../../harness/chromium';
import { type CouchServer, startCouchServer } from '../../harness/couch-server';
import { turnOnSync } from '../../harness/sync-devices';
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

    /** A profile with the extension: a new one, or `userDataDir` opened again. */
    async device(userDataDir?: string): Promise<Device> {
      const ext = await launchWithExtension({ extensionDir, ...(userDataDir ? { userDataDir } : {}) });
      open.push(ext);
      return { ext, page: await ext.context.newPage() };
    },

    turnOnSync: ({ page, ext }: Device, database: string, passphrase = PASSPHRASE): Promise<void> =>
      turnOnSync(page, ext, theServer().url, database, passphrase),
  };
}

export async function addPerson({ page, ext }: Device, name: string): Promise<void> {
  await page.goto(ext.url('options', '#/people/new'));
  await page.getByRole('textbox', { name: /^Name/ }).fill(name);
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
