import { describe, expect, it } from 'vitest';
import { db } from '../db/db';
import { generateDemo } from '../demo/generate';
import { addPerson, listPeople } from '../repos/people';
import { dailySnapshotDue, KEEP_SNAPSHOTS, listSnapshots, restoreSnapshot, takeSnapshot } from './snapshots';
import { applyBackup } from './transfer';

describe('local snapshots', () => {
  it('keep the last few, newest first, without loading their data to list them', async () => {
    await addPerson({ name: 'A', direction: 'up' });
    for (let i = 0; i < KEEP_SNAPSHOTS + 2; i++) await takeSnapshot('manual', new Date(Date.UTC(2026, 0, 1 + i)));
    const list = await listSnapshots();
    expect(list).toHaveLength(KEEP_SNAPSHOTS);
    expect(list[0]?.at).toBe('2026-01-07T00:00:00.000Z');
    expect(list[0]?.counts.people).toBe(1);
    expect(await db.snapshotData.count()).toBe(KEEP_SNAPSHOTS);
  });

  it('are due daily when there is data', async () => {
    expect(await dailySnapshotDue()).toBe(false);
    await addPerson({ name: 'A', direction: 'up' });
    expect(await dailySnapshotDue()).toBe(true);
    await takeSnapshot('daily');
    expect(await dailySnapshotDue()).toBe(false);
    expect(await dailySnapshotDue(new Date(Date.now() + 25 * 3_600_000))).toBe(true);
  });

  it('restore, and the restore can be undone; imports leave snapshots alone', async () => {
    await addPerson({ name: 'Before', direction: 'up' });
    const snap = await takeSnapshot('manual');
    await applyBackup(generateDemo({ people: 5, meetings: 5 }));
    expect(await db.snapshots.count()).toBe(1);
    const undo = await restoreSnapshot(snap.id);
    expect((await listPeople()).map((p) => p.name)).toEqual(['Before']);
    await restoreSnapshot(undo.id);
    expect(await listPeople()).toHaveLength(5);
    await expect(restoreSnapshot('gone')).rejects.toThrow(/no longer kept/);
  });
});
