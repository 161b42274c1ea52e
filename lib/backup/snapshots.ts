// Automatic local snapshots: a whole backup kept in IndexedDB, the last few of them, each
// restorable — and a restore first snapshots the current data, so it can be undone.
import { db } from '../db/db';
import { newId } from '../ids';
import type { SnapshotMeta, SnapshotReason } from '../model/snapshot';
import { applyBackup, exportBackup } from './transfer';
import { parseBackup } from './validate';

export const KEEP_SNAPSHOTS = 5;
const DAY = 86_400_000;

export async function takeSnapshot(reason: SnapshotReason, now = new Date()): Promise<SnapshotMeta> {
  const doc = await exportBackup(now);
  const json = JSON.stringify(doc);
  const meta: SnapshotMeta = {
    id: newId(),
    at: now.toISOString(),
    reason,
    size: json.length,
    counts: Object.fromEntries(Object.entries(doc.data).map(([k, v]) => [k, v?.length ?? 0])),
  };
  await db.transaction('rw', db.snapshots, db.snapshotData, async () => {
    await db.snapshots.add(meta);
    await db.snapshotData.add({ id: meta.id, json });
    const old = await db.snapshots.orderBy('at').reverse().offset(KEEP_SNAPSHOTS).primaryKeys();
    await db.snapshots.bulkDelete(old);
    await db.snapshotData.bulkDelete(old);
  });
  return meta;
}

export { listSnapshots } from '../repos/snapshot-list';

/** A daily snapshot is due when the newest is older than a day (and there is data to keep). */
export async function dailySnapshotDue(now = new Date()): Promise<boolean> {
  const newest = await db.snapshots.orderBy('at').last();
  if (newest && now.getTime() - Date.parse(newest.at) < DAY) return false;
  return (await db.people.count()) > 0;
}

/** Restores a snapshot after snapshotting what is there now; returns that snapshot, to undo with. */
export async function restoreSnapshot(id: string, onProgress?: (done: number, total: number) => void): Promise<SnapshotMeta> {
  const data = await db.snapshotData.get(id);
  if (!data) throw new Error('This snapshot is no longer kept.');
  const checked = parseBackup(data.json);
  if (!checked.ok) throw new Error(`This snapshot cannot be read: ${checked.problems[0]?.message ?? 'unknown problem'}`);
  const undo = await takeSnapshot('before-restore');
  await applyBackup(checked.backup, onProgress);
  return undo;
}
