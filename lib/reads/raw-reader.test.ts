import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openAppDb } from '../db/app-db';
import { db } from '../db/db';
import { DB_NAME, LATEST_VERSION, storesAt } from '../db/schema';
import { addAction } from '../repos/actions';
import { addMeeting } from '../repos/meetings';
import { addPerson } from '../repos/people';
import { dexieReader } from './dexie-reader';
import { indexNames, openRawReader } from './raw-reader';
import { MAX_KEY, MIN_KEY, type Reader } from './reader';

const STORES = storesAt(LATEST_VERSION);
const open = (name = DB_NAME) => openRawReader(name, LATEST_VERSION, STORES);
const databases = async () => (await indexedDB.databases()).map((d) => d.name);

async function network() {
  const ada = await addPerson({ name: 'Ada Lovelace', direction: 'up' }, '2025-12-01T09:00:00.000Z');
  const bo = await addPerson({ name: 'Bo Chen', direction: 'peer', cadence: { idealDays: 7, maxDays: 14 } }, '2026-01-01T09:00:00.000Z');
  await addMeeting({ personId: ada.id, at: '2026-03-02T10:00:00.000Z', status: 'planned', kind: 'call' });
  await addMeeting({ personId: bo.id, at: '2026-02-20T10:00:00.000Z', status: 'held', kind: 'call' });
  await addMeeting({ personId: bo.id, at: '2026-02-21T10:00:00.000Z', status: 'cancelled', kind: 'call' });
  await addAction({ text: 'Send the deck', owner: 'me', personId: ada.id, dueAt: '2026-03-05T00:00:00.000Z' });
  await addAction({ text: 'Intro to Sam', owner: 'them', personId: bo.id });
  await addAction({ text: 'Read the paper', owner: 'me' });
  return { ada, bo };
}

// Each query the app makes, asked of both engines.
const QUERIES: Array<[string, (r: Reader) => Promise<unknown>]> = [
  ['a row by key', (r) => r.get('settings', 'missing')],
  [
    'rows by keys',
    (r) =>
      r.where('people', 'name', {}).then((ps) =>
        r.bulkGet(
          'people',
          (ps as Array<{ id: string }>).map((p) => p.id),
        ),
      ),
  ],
  ['an index in order', (r) => r.where('people', 'name', {})],
  ['a bounded range', (r) => r.where('meetings', 'at', { lower: '2026-02-20T12:00:00.000Z', upper: '2026-02-28' })],
  ['a limit', (r) => r.where('meetings', 'at', {}, 2)],
  ['newest first', (r) => r.where('meetings', 'at', {}, 2, true)],
  ['a range in reverse', (r) => r.where('meetings', 'at', { upper: '2026-02-28' }, undefined, true)],
  ['an open upper end', (r) => r.where('meetings', 'at', { lower: '2026-02-21' })],
  ['one key', (r) => r.where('people', 'direction', { equals: 'peer' })],
  ['a compound prefix', (r) => r.where('actions', '[owner+openDue]', { lower: ['me', MIN_KEY], upper: ['me', MAX_KEY] })],
  ['the primary key', (r) => r.where('people', '', {})],
  ['the first row that passes a test', (r) => r.first('meetings', 'at', {}, (m: { status?: string }) => m.status === 'cancelled')],
  ['no row passing', (r) => r.first('meetings', 'at', {}, () => false)],
];

describe('reading IndexedDB directly', () => {
  it.each(QUERIES)('gives what Dexie gives: %s', async (_, query) => {
    await network();
    const raw = await open();
    expect(raw).toBeDefined();
    const direct = await query(raw as Reader);
    expect(direct).toEqual(await query(dexieReader));
    raw?.close();
  });

  it('goes on reading after its transaction has finished', async () => {
    await network();
    const raw = await open();
    const before = await raw?.where('people', 'name', {});
    await new Promise((r) => setTimeout(r, 20));
    expect(await raw?.where('people', 'name', {})).toEqual(before);
    raw?.close();
  });

  it('stores a row Dexie then reads', async () => {
    const raw = await open();
    await raw?.put('settings', { key: 'rotation.prompt', value: { recent: [] } });
    raw?.close();
    expect(await db.settings.get('rotation.prompt')).toEqual({ key: 'rotation.prompt', value: { recent: [] } });
  });

  it('never creates a database that is not there', async () => {
    expect(await open('nothing-here')).toBeUndefined();
    expect(await databases()).not.toContain('nothing-here');
  });

  it('declines an older schema, leaving its upgrade to Dexie, and does not block it', async () => {
    const old = new Dexie('older');
    old.version(LATEST_VERSION - 1).stores(storesAt(LATEST_VERSION - 1));
    await old.open();
    old.close();
    expect(await open('older')).toBeUndefined();
    const upgraded = openAppDb('older');
    await upgraded.open();
    expect(upgraded.verno).toBe(LATEST_VERSION);
    upgraded.close();
  });

  it('declines a database missing an index it would read', async () => {
    const odd = new Dexie('odd');
    odd.version(LATEST_VERSION).stores({ ...STORES, people: 'id, name' });
    await odd.open();
    odd.close();
    expect(await open('odd')).toBeUndefined();
  });

  it('opens the database Dexie keeps at the current version', async () => {
    await db.open();
    const raw = await open();
    expect(raw).toBeDefined();
    raw?.close();
  });

  it('reads index names from a table spec', () => {
    expect(indexNames('id, name, *tags, [status+name], &email')).toEqual(['name', 'tags', '[status+name]', 'email']);
  });
});
