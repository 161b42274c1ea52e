import { db } from '../db/db';
import type { SnapshotMeta } from '../model/snapshot';

/** Newest first; the data itself is not read. (Apart from the snapshot code, which loads the backup validator.) */
export function listSnapshots(): Promise<SnapshotMeta[]> {
  return db.snapshots.orderBy('at').reverse().toArray();
}
