// Sync between two browser profiles through a CouchDB-protocol server on 127.0.0.1, started here.
import { expect, test } from '@playwright/test';
import { expectAccessible } from './fixtures';
import { addPerson, syncAndList, syncDevices } from './sync-devices';

const { server, device, turnOnSync } = syncDevices();

test('a person added on one device and renamed on the other follows both ways, and the server sees none of it', async () => {
  const a = await device();
  await turnOnSync(a, 'follow');
  await expect(a.page.getByTestId('sync-status')).toBeVisible();
  await addPerson(a, 'Noor Marker-Haddad');
  await syncAndList(a);

  const b = await device();
  await turnOnSync(b, 'follow');
  await expect(b.page.getByTestId('sync-status')).toContainText('Last synced');
  const listB = await syncAndList(b);
  await expect(listB.getByRole('link', { name: 'Noor Marker-Haddad' })).toBeVisible();

  await listB.getByRole('link', { name: 'Noor Marker-Haddad' }).click();
  await b.page.getByRole('textbox', { name: 'Name' }).fill('Noor Marker-Haddad Rossi');
  await b.page.getByRole('button', { name: 'Save changes' }).click();
  await expect(b.page.getByTestId('people-list').getByRole('link', { name: 'Noor Marker-Haddad Rossi' })).toBeVisible();
  await syncAndList(b);
  const listA = await syncAndList(a);
  await expect(listA.getByRole('link', { name: 'Noor Marker-Haddad Rossi' })).toBeVisible();

  const stored = JSON.stringify(await server().documents('follow'));
  expect(stored).not.toContain('Marker');
  expect(stored).not.toContain('people:');
});

test('the same field changed on two devices while the server was down shows both values, and keeping one settles it on both', async () => {
  const a = await device();
  await turnOnSync(a, 'clash');
  await expect(a.page.getByTestId('sync-status')).toBeVisible();
  await addPerson(a, 'Wen Zhang');
  await syncAndList(a);
  const b = await device();
  await turnOnSync(b, 'clash');
  await expect((await syncAndList(b)).getByRole('link', { name: 'Wen Zhang' })).toBeVisible();

  server().setAvailable(false);
  for (const [d, role] of [
    [a, 'Staff engineer'],
    [b, 'Engineering manager'],
  ] as const) {
    await d.page.getByTestId('people-list').getByRole('link', { name: 'Wen Zhang' }).click();
    await d.page.getByRole('textbox', { name: 'Role or context' }).fill(role);
    await d.page.getByRole('button', { name: 'Save changes' }).click();
    await expect(d.page.getByTestId('people-list')).toBeVisible();
  }
  server().setAvailable(true);
  await syncAndList(a);
  await syncAndList(b);
  await syncAndList(a);

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
  const listB = await syncAndList(b);
  await listB.getByRole('link', { name: 'Wen Zhang' }).click();
  await expect(b.page.getByRole('textbox', { name: 'Role or context' })).toHaveValue(other);
  await b.page.goto(b.ext.url('options', '#/settings/sync'));
  await expect(b.page.getByTestId('sync-status')).toBeVisible();
  await expect(b.page.getByTestId('sync-conflicts')).toHaveCount(0);
});

test('a wrong passphrase is refused before anything changes', async () => {
  const a = await device();
  await turnOnSync(a, 'refuse');
  await expect(a.page.getByTestId('sync-status')).toBeVisible();
  const b = await device();
  await addPerson(b, 'Only On B');
  await turnOnSync(b, 'refuse', 'not the passphrase at all');
  await expect(b.page.getByRole('alert')).toContainText('not the passphrase');
  await expect(b.page.getByRole('button', { name: 'Turn on sync' })).toBeVisible();
  await b.page.goto(b.ext.url('options', '#/people'));
  await expect(b.page.getByTestId('people-list').getByRole('link', { name: 'Only On B' })).toBeVisible();
  expect((await server().documents('refuse')).length).toBe(1);
});

test('a refused password or a full server is named, at setup and in a round, and nothing here changes', async () => {
  const a = await device();
  await addPerson(a, 'Stays Put');
  server().refuse('credentials');
  await turnOnSync(a, 'refused');
  await expect(a.page.getByRole('alert')).toContainText('did not accept this user name and password');
  await expect(a.page.getByRole('alert')).toContainText('Nothing was changed.');
  server().refuse(undefined);
  await a.page.getByRole('button', { name: 'Turn on sync' }).click();
  const status = a.page.getByTestId('sync-status');
  await expect(status.locator('time')).toBeVisible();

  server().refuse('full');
  await addPerson(a, 'Waits For Space');
  await a.page.goto(a.ext.url('options', '#/settings/sync'));
  await a.page.getByRole('button', { name: 'Sync now' }).click();
  await expect(status).toContainText('out of disk space');
  server().refuse('credentials');
  await a.page.getByRole('button', { name: 'Sync now' }).click();
  await expect(status).toContainText('no longer accepts the user name and password');
  await a.page.goto(a.ext.url('options', '#/people'));
  for (const name of ['Stays Put', 'Waits For Space']) await expect(a.page.getByRole('link', { name })).toBeVisible();
});
