import { describe, expect, it } from 'vitest';
import { takeSnapshot } from '../backup/snapshots';
import { applyBackup, exportBackup } from '../backup/transfer';
import { deleteEverything } from '../repos/everything';
import { addMeeting } from '../repos/meetings';
import { addPerson, updatePerson } from '../repos/people';
import { setSetting } from '../repos/settings';
import { SETTINGS } from '../settings/registry';
import { EVERYTHING, markWrites } from './change-tracking';
import { db } from './db';

const outbox = () => db.outbox.toArray();
const refs = async () => (await outbox()).map((e) => `${e.op} ${e.ref}`).sort();

describe('change tracking', () => {
  it('queues one entry per changed record, the latest change replacing an earlier one', async () => {
    const p = await addPerson({ name: 'Ada', direction: 'up' });
    await updatePerson(p.id, { role: 'CTO' });
    const m = await addMeeting({ personId: p.id, at: '2026-11-02T10:00:00.000Z' });
    await setSetting(SETTINGS.theme, 'dark');
    expect(await refs()).toEqual([`put meetings:${m.id}`, `put people:${p.id}`, 'put settings:theme']);
    const entry = (await outbox()).find((e) => e.table === 'people');
    expect(entry).toMatchObject({ key: p.id, op: 'put' });
    expect(Date.parse(entry?.at ?? '')).toBeGreaterThan(Date.now() - 60_000);
  });

  it('writes the entry in the change’s own transaction: a change that rolls back leaves none', async () => {
    const failed = db.transaction('rw', db.people, async () => {
      await db.people.add({ id: 'x', name: 'Rolled back', direction: 'peer' });
      throw new Error('stop');
    });
    await expect(failed).rejects.toThrow('stop');
    expect(await db.people.count()).toBe(0);
    expect(await outbox()).toEqual([]);
  });

  it('keeps a delete as a tombstone, even when a whole table is cleared', async () => {
    const a = await addPerson({ name: 'Ada', direction: 'up' });
    const b = await addPerson({ name: 'Grace', direction: 'peer' });
    await db.outbox.clear();
    await db.people.delete(a.id);
    expect(await refs()).toEqual([`delete people:${a.id}`]);
    await deleteEverything();
    expect(await refs()).toEqual([`delete people:${a.id}`, `delete people:${b.id}`].sort());
  });

  it('does not queue what came from another device, or the device’s own tables', async () => {
    await db.transaction('rw', db.people, async (tx) => {
      markWrites(tx, 'sync');
      await db.people.add({ id: 'remote', name: 'From elsewhere', direction: 'down' });
    });
    await takeSnapshot('manual');
    await db.stats.put({ key: 'people', total: 1, active: { up: 0, peer: 0, down: 1, outside: 0 } });
    expect(await outbox()).toEqual([]);
  });

  it('stands an import that replaced everything by one entry, not one per record', async () => {
    await addPerson({ name: 'Ada', direction: 'up' });
    const backup = await exportBackup();
    await db.outbox.clear();
    await applyBackup(backup);
    expect((await outbox()).map((e) => e.ref)).toEqual([EVERYTHING]);
  });
});
