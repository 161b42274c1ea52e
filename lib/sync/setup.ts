// Setting sync up, turning it off and forgetting the server: what the sync page does. No
// PouchDB here: the page stays light, and rounds run in the background (session.ts).
import { takeSnapshot } from '../backup/snapshots';
import { EVERYTHING } from '../db/change-tracking';
import { db } from '../db/db';
import { newId } from '../ids';
import type { SyncKeys } from './crypto';
import type { Remote } from './pouch-remote';
import { prepareServer } from './server';
import { SETUP_KEY } from './status';

export interface SyncSetup {
  remote: Remote;
  keys: SyncKeys;
  enabled: boolean;
}

export const REPLICA_NAME = 'teachback-replica';

export async function loadSetup(): Promise<SyncSetup | undefined> {
  return (await db.syncState.get(SETUP_KEY))?.value as SyncSetup | undefined;
}

/**
 * Checks the server and the passphrase, then keeps them (the keys as non-extractable CryptoKeys:
 * the passphrase itself is never stored). The device's data is snapshotted first, and its first
 * round compares every record with the server's, so both sides are merged.
 */
export async function setUp(remote: Remote, passphrase: string): Promise<void> {
  const keys = await prepareServer(remote, passphrase);
  await takeSnapshot('before-sync');
  await db.transaction('rw', db.syncState, db.outbox, async () => {
    await db.syncState.put({ key: SETUP_KEY, value: { remote, keys, enabled: true } satisfies SyncSetup });
    await db.outbox.put({ ref: EVERYTHING, table: 'settings', key: '', op: 'put', at: new Date().toISOString(), stamp: newId() });
  });
}

/** Stops or restarts syncing; the data here stays, and so do the server's address and keys. */
export async function setEnabled(enabled: boolean): Promise<void> {
  const setup = await loadSetup();
  if (setup) await db.syncState.put({ key: SETUP_KEY, value: { ...setup, enabled } });
}

/** Forgets the server: credentials, keys, the replica and what sync knew. The data here stays. */
export async function forgetServer(): Promise<void> {
  await db.transaction('rw', db.syncState, db.syncVersions, async () => {
    await db.syncState.clear();
    await db.syncVersions.clear();
  });
  await new Promise((resolve) => {
    const req = indexedDB.deleteDatabase(`_pouch_${REPLICA_NAME}`);
    req.onsuccess = req.onerror = req.onblocked = resolve;
  });
}
