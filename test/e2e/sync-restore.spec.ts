// A snapshot restored on one of two synced devices: it asks first, and goes where the user says.
import { expect, test } from '@playwright/test';
import { addPerson, type Device, syncAndList, syncDevices } from './sync-devices';

const { device, turnOnSync } = syncDevices();

/**
 * Two devices with the same two people: "Ines Early", held by A before sync was set up (so in its
 * snapshot from before the first sync), and "Omar Later", added after.
 */
async function twoSynced(database: string): Promise<[Device, Device]> {
  const a = await device();
  await addPerson(a, 'Ines Early');
  await turnOnSync(a, database);
  await expect(a.page.getByTestId('sync-status')).toBeVisible();
  await addPerson(a, 'Omar Later');
  await syncAndList(a);
  const b = await device();
  await turnOnSync(b, database);
  await expect(b.page.getByTestId('sync-status')).toContainText('Last synced');
  await expect((await syncAndList(b)).getByRole('link', { name: 'Omar Later' })).toBeVisible();
  return [a, b];
}

/** Restores A's snapshot from before the first sync, answering the question with `choice`. */
async function restoreOnA({ page, ext }: Device, choice: string): Promise<void> {
  await page.goto(ext.url('options', '#/data'));
  const row = page.getByTestId('snapshots').getByRole('listitem').filter({ hasText: 'Before the first sync' });
  await row.getByRole('button', { name: 'Restore' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore this snapshot?' });
  await expect(dialog).toContainText('Sync is on.');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await dialog.getByRole('button', { name: choice }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restored the snapshot.' })).toBeVisible();
}

test('a restore that takes this device out of sync leaves the other device as it was', async () => {
  const [a, b] = await twoSynced('restore-here');
  await restoreOnA(a, 'Take this device out of sync');
  await a.page.goto(a.ext.url('options', '#/people'));
  await expect(a.page.getByRole('link', { name: 'Ines Early' })).toBeVisible();
  await expect(a.page.getByRole('link', { name: 'Omar Later' })).toHaveCount(0);
  await a.page.goto(a.ext.url('options', '#/settings/sync'));
  await expect(a.page.getByRole('button', { name: 'Turn sync on' })).toBeVisible();
  await expect(a.page.getByText('taken out of sync for a restore')).toBeVisible();

  const listB = await syncAndList(b);
  await expect(listB.getByRole('link', { name: 'Omar Later' })).toBeVisible();
  await expect(listB.getByRole('link', { name: 'Ines Early' })).toBeVisible();
});

test('a restore that replaces the data on every device reaches the other device', async () => {
  const [a, b] = await twoSynced('restore-everywhere');
  await restoreOnA(a, 'Replace the data on every device');
  await syncAndList(a);
  const listB = await syncAndList(b);
  await expect(listB.getByRole('link', { name: 'Ines Early' })).toBeVisible();
  await expect(listB.getByRole('link', { name: 'Omar Later' })).toHaveCount(0);
});
