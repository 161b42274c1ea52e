// Setting sync up, turning it off and forgetting the server: what the sync page does. No
// PouchDB here: the page stays light, and rounds run in the background (session.ts).
import { takeSnapshot } from '../backup/snapshots';
import { db } from '../db/db';
import { releaseHost } from '../ext/release-host';
import { getSetting } from '../repos/settings';
import { SETTINGS } from '../settings/registry';
import type { SyncKeys } from './crypto';
import { startAsFirstSync } from './first-sync';
import type { Remote } from './pouch-remote';
import { prepareServer } from './server';
import { SETUP_KEY, syncServerUrl } from './status';

export interface SyncSetup {
  remote: Remote;
  keys: SyncKeys;
  enabled: boolean;
  /** Taken out of sync for a restore that stays here: turning sync on again merges as a first sync does. */
  rejoin?: true;
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
  await db.transaction('rw', db.syncState, db.syncVersions, db.outbox, async () => {
    await db.syncState.put({ key: SETUP_KEY, value: { remote, keys, enabled: true } satisfies SyncSetup });
    await startAsFirstSync(db);
  });
}

/**
 * Stops or restarts syncing; the data here stays, and so do the server's address and keys. A
 * device taken out of sync for a restore comes back as a new device would: nothing it lacks is
 * deleted elsewhere, and what the others hold comes back here.
 */
export async function setEnabled(enabled: boolean): Promise<void> {
  await db.transaction('rw', db.syncState, db.syncVersions, db.outbox, async () => {
    const setup = await loadSetup();
    if (!setup) return;
    const { rejoin, ...kept } = setup;
    if (enabled && rejoin) await startAsFirstSync(db);
    await db.syncState.put({ key: SETUP_KEY, value: { ...kept, enabled, ...(rejoin && !enabled ? { rejoin } : {}) } });
  });
}

/**
 * How a restore (a backup imported, a snapshot restored) goes while sync is on: sent to every
 * device as a full comparison, so records it lacks are deleted everywhere; or kept here, with
 * this device taken out of sync first.
 */
export type RestoreChoice = 'everywhere' | 'this-device';

/** A restore asks first while sync runs. With sync off it reaches no device now; turning sync on sends it as it would have been sent. */
export const asksBeforeRestore = (setup: SyncSetup | null | undefined): boolean => !!setup?.enabled;

/** Sync is set up but off (not for a restore kept here): what changes now is sent when it is turned on. */
export const sendsWhenResumed = (setup: SyncSetup | null | undefined): boolean => !!setup && !setup.enabled && !setup.rejoin;

/** Done after the user chose and before the restore changes anything. */
export async function beforeRestore(choice: RestoreChoice): Promise<void> {
  if (choice === 'everywhere') return;
  await db.transaction('rw', db.syncState, async () => {
    const setup = await loadSetup();
    if (setup) await db.syncState.put({ key: SETUP_KEY, value: { ...setup, enabled: false, rejoin: true } });
  });
}

/** Forgets the server: credentials, keys, the replica and what sync knew. The data here stays. */
export async function forgetServer(): Promise<void> {
  const url = await syncServerUrl();
  await db.transaction('rw', db.syncState, db.syncVersions, async () => {
    await db.syncState.clear();
    await db.syncVersions.clear();
  });
  await new Promise((resolve) => {
    const req = indexedDB.deleteDatabase(`_pouch_${REPLICA_NAME}`);
    req.onsuccess = req.onerror = req.onblocked = resolve;
  });
  // The server's host permission goes too, unless the user's site or calendar is on that host.
  if (url) await releaseHost(url, await Promise.all([getSetting(SETTINGS.siteUrl), getSetting(SETTINGS.calendarAddress)]));
}
