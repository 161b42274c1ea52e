import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../lib/db/db';
import { DB_NAME, LATEST_VERSION, storesAt } from '../../lib/db/schema';
import { defaultLayout, toggleWidget } from '../../lib/model/widgets';
import { dexieReader } from '../../lib/reads/dexie-reader';
import { openRawReader, type RawReader } from '../../lib/reads/raw-reader';
import type { Reader } from '../../lib/reads/reader';
import { addPerson, setStatus } from '../../lib/repos/people';
import { readTogether } from '../../lib/repos/read-together';
import { setSetting } from '../../lib/repos/settings';
import { SETTINGS } from '../../lib/settings/registry';
import { loadNewtab } from './load';
import { rotateBoth } from './rotation-store';

const TZ = 'Europe/London';
const NOW = new Date('2026-03-01T10:00:00Z');

async function network() {
  await addPerson({ name: 'Ada Lovelace', direction: 'up', teachBack: 'spreadsheets' }, '2025-12-01T09:00:00.000Z');
  await addPerson({ name: 'Grace Hopper', direction: 'peer' }, '2025-12-01T09:00:00.000Z');
}

let raw: RawReader | undefined;
afterEach(() => raw?.close());

// The same queries on both engines: Dexie (live) and IndexedDB directly (a new tab's first read).
const ENGINES: Array<[string, () => Promise<Reader>]> = [
  ['Dexie', async () => dexieReader],
  [
    'IndexedDB directly',
    async () => {
      await db.open();
      raw = await openRawReader(DB_NAME, LATEST_VERSION, storesAt(LATEST_VERSION));
      if (!raw) throw new Error('the database Dexie made did not open directly');
      return raw;
    },
  ],
];

it('reads through Dexie in one read-only transaction, not over the snapshot tables', async () => {
  await network();
  const transaction = vi.spyOn(db, 'transaction');
  await readTogether(() => loadNewtab(dexieReader, NOW, TZ));
  expect(transaction).toHaveBeenCalledTimes(1);
  expect(transaction.mock.calls[0]?.[0]).toBe('r');
  // Not over the snapshot tables, which a daily snapshot may be writing at that moment.
  const tables = ((transaction.mock.calls[0]?.[1] ?? []) as unknown as Array<{ name: string }>).map((t) => t.name);
  expect(tables).toContain('people');
  expect(tables).not.toContain('snapshotData');
});

describe.each(ENGINES)('new tab data, read with %s', (_, open) => {
  it('shows the rotation’s current prompt and cue, counts and who is due', async () => {
    await network();
    await rotateBoth(NOW, TZ);
    const data = await loadNewtab(await open(), NOW, TZ);
    expect(data.activeCount).toBe(2);
    expect(data.balance.counts).toEqual({ up: 1, peer: 1, down: 0, outside: 0 });
    expect(data.balance.nudge).toBeTruthy();
    expect(data.prompt?.text).toBeTruthy();
    expect(['Ada Lovelace', 'Grace Hopper']).toContain(data.cue?.name);
    expect(data.due.map((d) => d.name).sort()).toEqual(['Ada Lovelace', 'Grace Hopper']);
    expect(data.streak).toBeUndefined(); // off unless chosen
  });

  it('reads the streak too once it is turned on', async () => {
    await network();
    await setSetting(SETTINGS.layout, toggleWidget(defaultLayout(), 'streak'));
    expect((await loadNewtab(await open(), NOW, TZ)).streak).toBeDefined();
  });

  it('reads nothing for a hidden widget', async () => {
    await network();
    await setSetting(SETTINGS.layout, toggleWidget(defaultLayout(), 'due'));
    const reader = await open();
    const where = vi.spyOn(reader, 'where');
    const data = await loadNewtab(reader, NOW, TZ);
    expect(where.mock.calls.map((c) => c[0])).toContain('meetings');
    expect(where).not.toHaveBeenCalledWith('people', 'dueAt', expect.anything(), expect.anything());
    where.mockRestore();
    expect(data.due).toEqual([]);
    expect(data.layout.find((w) => w.id === 'due')?.hidden).toBe(true);
  });

  it('drops a cue whose person has since ended the relationship', async () => {
    await network();
    const ada = (await db.people.where('name').equals('Ada Lovelace').first()) as { id: string };
    await setSetting(SETTINGS.cueShown, { current: { id: `${ada.id}:own`, at: NOW.toISOString() }, recent: [] });
    const reader = await open();
    expect((await loadNewtab(reader, NOW, TZ)).cue?.text).toBe('Offer Ada what you can teach back: spreadsheets');
    await setStatus(ada.id, 'ended');
    expect((await loadNewtab(reader, NOW, TZ)).cue).toBeUndefined();
  });
});
