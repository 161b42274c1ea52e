import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { EVERYTHING } from '../db/change-tracking';
import { db } from '../db/db';
import { setSetting } from '../repos/settings';
import { SETTINGS } from '../settings/registry';
import type { SyncKeys } from './crypto';
import { REPLICA_SEQ_KEY } from './first-sync';
import { asksBeforeRestore, beforeRestore, forgetServer, loadSetup, type SyncSetup, sendsWhenResumed, setEnabled } from './setup';

const remote = { url: 'https://couch.example.org/teachback', username: 'ada', password: 'pw' };

/** A device that has synced: its setup, what it knew of the records, how far it read the replica. */
async function synced(): Promise<void> {
  await db.syncState.bulkPut([
    { key: 'setup', value: { remote, keys: {} as SyncKeys, enabled: true } satisfies SyncSetup },
    { key: REPLICA_SEQ_KEY, value: 42 },
  ]);
  await db.syncVersions.put({ ref: 'people:p1', docId: 'd1', version: { ref: 'people:p1', fields: {}, deletions: [], seen: {} } as never });
}

describe('a restore while sync is set up', () => {
  it('asks only while sync is on', () => {
    expect(asksBeforeRestore(undefined)).toBe(false);
    expect(asksBeforeRestore({ remote, keys: {} as SyncKeys, enabled: false })).toBe(false);
    expect(asksBeforeRestore({ remote, keys: {} as SyncKeys, enabled: true })).toBe(true);
  });

  it('says it is sent later when sync is off but will be turned on as before', () => {
    const keys = {} as SyncKeys;
    expect(sendsWhenResumed(undefined)).toBe(false);
    expect(sendsWhenResumed({ remote, keys, enabled: true })).toBe(false);
    expect(sendsWhenResumed({ remote, keys, enabled: false })).toBe(true);
    // Taken out of sync for a restore kept here: turning it on merges, and sends no deletes.
    expect(sendsWhenResumed({ remote, keys, enabled: false, rejoin: true })).toBe(false);
  });

  it('sent everywhere, leaves sync as it was', async () => {
    await synced();
    await beforeRestore('everywhere');
    expect(await loadSetup()).toEqual({ remote, keys: {}, enabled: true });
    expect(await db.syncVersions.count()).toBe(1);
  });

  it('kept here, turns sync off with the server and credentials kept, and turning it on again starts as a first sync', async () => {
    await synced();
    await beforeRestore('this-device');
    expect(await loadSetup()).toEqual({ remote, keys: {}, enabled: false, rejoin: true });
    // Nothing else changes until sync is turned on again.
    expect(await db.syncVersions.count()).toBe(1);
    await setEnabled(true);
    expect(await loadSetup()).toEqual({ remote, keys: {}, enabled: true });
    expect(await db.syncVersions.count()).toBe(0);
    expect(await db.syncState.get(REPLICA_SEQ_KEY)).toBeUndefined();
    expect((await db.outbox.toArray()).map((e) => e.ref)).toEqual([EVERYTHING]);
  });

  it('an ordinary off and on resumes where sync was', async () => {
    await synced();
    await setEnabled(false);
    await setEnabled(true);
    expect(await loadSetup()).toEqual({ remote, keys: {}, enabled: true });
    expect(await db.syncVersions.count()).toBe(1);
    expect((await db.syncState.get(REPLICA_SEQ_KEY))?.value).toBe(42);
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('forgetting the server', () => {
  const forgotten = async (calendar: string) => {
    const remove = vi.spyOn(browser.permissions, 'remove').mockResolvedValue(undefined);
    await synced();
    await setSetting(SETTINGS.calendarAddress, calendar);
    await forgetServer();
    const origins = remove.mock.calls.flatMap(([p]) => p.origins ?? []);
    remove.mockRestore();
    return origins;
  };

  it('removes the setup and what sync knew, and gives the host back unless the calendar is on it', async () => {
    expect(await forgotten('')).toEqual(['https://couch.example.org/*']);
    expect(await loadSetup()).toBeUndefined();
    expect(await db.syncVersions.count()).toBe(0);
    expect(await forgotten('https://couch.example.org/cal/basic.ics')).toEqual([]);
  });
});
