// Sync between two browser profiles through a CouchDB-protocol server on 127.0.0.1, started here.
import { expect, type Page, test } from '@playwright/test';
import { buildWithGrantedOrigins, type Launched, launchWithExtension } from '../../harness/chromium';
import { type CouchServer, startCouchServer } from '../../harness/couch-server';
import { expectAccessible } from './fixtures';

let server: CouchServer;
let extensionDir: string;
const open: Launched[] = [];

test.beforeAll(async () => {
  server = await startCouchServer();
  // Stands for the user's "Allow" on the permission prompt, which a test cannot answer.
  extensionDir = buildWithGrantedOrigins(['http://127.0.0.1/*']);
});

test.afterAll(async () => {
  await server.stop();
});

test.afterEach(async () => {
  for (const l of open.splice(0)) await l.context.close();
});

async function device(): Promise<{ ext: Launched; page: Page }> {
  const ext = await launchWithExtension({ extensionDir });
  open.push(ext);
  return { ext, page: await ext.context.newPage() };
}

async function turnOnSync(page: Page, ext: Launched, database: string, passphrase: string): Promise<void> {
  await page.goto(ext.url('options', '#/settings/sync'));
  await page.getByLabel('Server address').fill(server.url);
  await page.getByLabel('Database').fill(database);
  await page.getByLabel('CouchDB user name').fill('ada');
  await page.getByLabel('CouchDB password').fill('not checked by the test server');
  await page.getByLabel('Encryption passphrase').fill(passphrase);
  await page.getByLabel('The passphrase again').fill(passphrase);
  await page.getByRole('button', { name: 'Turn on sync' }).click();
}

async function addPerson(page: Page, ext: Launched, name: string): Promise<void> {
  await page.goto(ext.url('options', '#/people/new'));
  await page.getByLabel('Name').fill(name);
  await page.getByRole('radio', { name: /Beside you/ }).check();
  await page.getByRole('button', { name: 'Add to my network' }).click();
  await expect(page.getByRole('link', { name })).toBeVisible();
}

/** "Sync now", then the people list once the round has finished with nothing waiting. */
async function syncAndList(page: Page, ext: Launched) {
  await page.goto(ext.url('options', '#/settings/sync'));
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByTestId('sync-status')).toContainText('Changes waitingNone');
  await page.goto(ext.url('options', '#/people'));
  return page.getByTestId('people-list');
}

const PASSPHRASE = 'four words we remember';

test('a person added on one device and renamed on the other follows both ways, and the server sees none of it', async () => {
  const a = await device();
  await turnOnSync(a.page, a.ext, 'follow', PASSPHRASE);
  await expect(a.page.getByTestId('sync-status')).toBeVisible();
  await addPerson(a.page, a.ext, 'Noor Marker-Haddad');
  await syncAndList(a.page, a.ext);

  const b = await device();
  await turnOnSync(b.page, b.ext, 'follow', PASSPHRASE);
  await expect(b.page.getByTestId('sync-status')).toContainText('Last synced');
  const listB = await syncAndList(b.page, b.ext);
  await expect(listB.getByRole('link', { name: 'Noor Marker-Haddad' })).toBeVisible();

  await listB.getByRole('link', { name: 'Noor Marker-Haddad' }).click();
  await b.page.getByRole('textbox', { name: 'Name' }).fill('Noor Marker-Haddad Rossi');
  await b.page.getByRole('button', { name: 'Save changes' }).click();
  await expect(b.page.getByTestId('people-list').getByRole('link', { name: 'Noor Marker-Haddad Rossi' })).toBeVisible();
  await syncAndList(b.page, b.ext);
  const listA = await syncAndList(a.page, a.ext);
  await expect(listA.getByRole('link', { name: 'Noor Marker-Haddad Rossi' })).toBeVisible();

  const stored = JSON.stringify(await server.documents('follow'));
  expect(stored).not.toContain('Marker');
  expect(stored).not.toContain('people:');
});

test('the same field changed on two devices while the server was down shows both values, and keeping one settles it on both', async () => {
  const a = await device();
  await turnOnSync(a.page, a.ext, 'clash', PASSPHRASE);
  await expect(a.page.getByTestId('sync-status')).toBeVisible();
  await addPerson(a.page, a.ext, 'Wen Zhang');
  await syncAndList(a.page, a.ext);
  const b = await device();
  await turnOnSync(b.page, b.ext, 'clash', PASSPHRASE);
  await expect((await syncAndList(b.page, b.ext)).getByRole('link', { name: 'Wen Zhang' })).toBeVisible();

  server.setAvailable(false);
  for (const [d, role] of [
    [a, 'Staff engineer'],
    [b, 'Engineering manager'],
  ] as const) {
    await d.page.getByTestId('people-list').getByRole('link', { name: 'Wen Zhang' }).click();
    await d.page.getByRole('textbox', { name: 'Role or context' }).fill(role);
    await d.page.getByRole('button', { name: 'Save changes' }).click();
    await expect(d.page.getByTestId('people-list')).toBeVisible();
  }
  server.setAvailable(true);
  await syncAndList(a.page, a.ext);
  await syncAndList(b.page, b.ext);
  await syncAndList(a.page, a.ext);

  for (const d of [a, b]) {
    await d.page.goto(d.ext.url('options', '#/settings/sync'));
    const conflicts = d.page.getByTestId('sync-conflicts');
    await expect(conflicts).toContainText('Wen Zhang');
    await expect(conflicts).toContainText('Staff engineer');
    await expect(conflicts).toContainText('Engineering manager');
  }
  // The status and the conflict, as a user with sync on sees them.
  await expectAccessible(a.page, 'light');
  const keep = a.page.getByTestId('sync-conflicts').getByRole('listitem');
  await expect(keep).toHaveCount(1);
  await expect(keep).toContainText('Wen Zhang: Role');
  const other = (await keep.locator('q').nth(1).textContent()) ?? '';
  await keep.getByRole('button', { name: 'Keep this' }).nth(1).click();
  await expect(a.page.getByTestId('sync-conflicts')).toHaveCount(0);
  const listB = await syncAndList(b.page, b.ext);
  await listB.getByRole('link', { name: 'Wen Zhang' }).click();
  await expect(b.page.getByRole('textbox', { name: 'Role or context' })).toHaveValue(other);
  await b.page.goto(b.ext.url('options', '#/settings/sync'));
  await expect(b.page.getByTestId('sync-status')).toBeVisible();
  await expect(b.page.getByTestId('sync-conflicts')).toHaveCount(0);
});

test('a wrong passphrase is refused before anything changes', async () => {
  const a = await device();
  await turnOnSync(a.page, a.ext, 'refuse', PASSPHRASE);
  await expect(a.page.getByTestId('sync-status')).toBeVisible();
  const b = await device();
  await addPerson(b.page, b.ext, 'Only On B');
  await turnOnSync(b.page, b.ext, 'refuse', 'not the passphrase at all');
  await expect(b.page.getByRole('alert')).toContainText('not the passphrase');
  await expect(b.page.getByRole('button', { name: 'Turn on sync' })).toBeVisible();
  await b.page.goto(b.ext.url('options', '#/people'));
  await expect(b.page.getByTestId('people-list').getByRole('link', { name: 'Only On B' })).toBeVisible();
  expect((await server.documents('refuse')).length).toBe(1);
});
