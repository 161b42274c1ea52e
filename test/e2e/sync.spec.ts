// Sync between two browser profiles through a CouchDB-protocol server on 127.0.0.1, started here.
import { expect, type Page, test } from '@playwright/test';
import { buildWithGrantedOrigins, importThroughDashboard, type Launched, launchWithExtension } from '../../harness/chromium';
import { type CouchServer, startCouchServer } from '../../harness/couch-server';
import { demoFile } from '../../harness/demo-file';
import { countTables, readTables, turnOnSync as turnOn } from '../../harness/sync-devices';
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

async function device(userDataDir?: string): Promise<{ ext: Launched; page: Page }> {
  const ext = await launchWithExtension({ extensionDir, userDataDir });
  open.push(ext);
  return { ext, page: await ext.context.newPage() };
}

function turnOnSync(page: Page, ext: Launched, database: string, passphrase: string): Promise<void> {
  return turnOn(page, ext, server.url, database, passphrase);
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

/** The sync page, once a round has finished with nothing left to send. */
async function synced(page: Page, ext: Launched, timeout = 60_000): Promise<void> {
  await page.goto(ext.url('options', '#/settings/sync'));
  await expect(page.getByTestId('sync-status')).toContainText('Changes waitingNone', { timeout });
  await expect(page.getByTestId('sync-status')).not.toContainText('Not yet', { timeout });
}

/** How many of the server's changes feed requests since request `from` read database `db` from its start. */
const fromTheStart = (db: string, from: number) =>
  server.requests.slice(from).filter((r) => r.startsWith(`/${db}/_changes`) && /[?&]since=0(&|$)/.test(r)).length;

test('a fresh profile receives 1,000 people and 10,000 meetings, record for record', async () => {
  // Minutes, not seconds, on a busy 2-core machine: see docs/sync.md for the figures.
  test.setTimeout(360_000);
  const a = await device();
  await importThroughDashboard(a.page, a.ext.url('options', '#/data'), demoFile(1_000, 10_000));
  await turnOnSync(a.page, a.ext, 'fresh', PASSPHRASE);
  await synced(a.page, a.ext, 180_000);
  const expected = await readTables(a.page);
  expect(expected.people).toHaveLength(1_000);
  expect(expected.meetings).toHaveLength(10_000);

  const b = await device();
  await turnOnSync(b.page, b.ext, 'fresh', PASSPHRASE);
  const counts = Object.fromEntries(Object.entries(expected).map(([t, rows]) => [t, rows.length]));
  await expect.poll(() => countTables(b.page), { timeout: 180_000 }).toEqual(counts);
  expect(await readTables(b.page)).toEqual(expected);
});

test('a relaunched profile resumes: its next round reads only what is new', async () => {
  const a = await device();
  await addPerson(a.page, a.ext, 'Ama Before');
  await turnOnSync(a.page, a.ext, 'resume', PASSPHRASE);
  await synced(a.page, a.ext);
  let b = await device();
  const profile = b.ext.profile;
  const firstSync = server.requests.length;
  await turnOnSync(b.page, b.ext, 'resume', PASSPHRASE);
  await synced(b.page, b.ext);
  expect(fromTheStart('resume', firstSync)).toBeGreaterThan(0);
  await b.ext.context.close();

  await addPerson(a.page, a.ext, 'Kofi After');
  await synced(a.page, a.ext);
  const relaunch = server.requests.length;
  b = await device(profile);
  const list = await syncAndList(b.page, b.ext);
  await expect(list.getByRole('link', { name: 'Kofi After' })).toBeVisible();
  await expect(list.getByRole('link', { name: 'Ama Before' })).toBeVisible();
  // PouchDB's checkpoint: the server's changes are read from where the last round ended.
  expect(fromTheStart('resume', relaunch)).toBe(0);
});

test('the server stopped in the middle of a round: the round fails and says so, the next one completes with nothing lost or doubled', async () => {
  test.setTimeout(120_000);
  const a = await device();
  await importThroughDashboard(a.page, a.ext.url('options', '#/data'), demoFile(300, 3_000));
  const expected = await readTables(a.page);
  const records = Object.values(expected).reduce((n, rows) => n + rows.length, 0);
  await turnOnSync(a.page, a.ext, 'halt', PASSPHRASE);
  // Stopped once the server holds some of the records and not all of them.
  await expect.poll(() => server.count('halt'), { timeout: 60_000, intervals: [50] }).toBeGreaterThan(1);
  await server.halt();
  const status = a.page.getByTestId('sync-status');
  await expect(status).toContainText('Last problem', { timeout: 60_000 });
  await expect(status).toContainText('could not be reached');
  await server.restart();
  expect(await server.count('halt')).toBeLessThan(records);

  await a.page.getByRole('button', { name: 'Sync now' }).click();
  await expect(status).not.toContainText('Last problem', { timeout: 60_000 });
  const b = await device();
  await turnOnSync(b.page, b.ext, 'halt', PASSPHRASE);
  const counts = Object.fromEntries(Object.entries(expected).map(([t, rows]) => [t, rows.length]));
  await expect.poll(() => countTables(b.page), { timeout: 60_000 }).toEqual(counts);
  expect(await readTables(b.page)).toEqual(expected);
  expect(await readTables(a.page)).toEqual(expected);
});
