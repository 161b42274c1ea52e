// What makes a device's next round a first sync: it has seen no record's synced version, it
// reads the replica's feed from the start, and it counts every record here as changed. Merging
// then keeps both sides (the conflict rules of versions.ts), and deletes nothing anywhere.
import type { AppDB } from '../db/app-db';
import { EVERYTHING } from '../db/change-tracking';
import { newId } from '../ids';

/** Where the engine keeps how far it has read the replica's changes. */
export const REPLICA_SEQ_KEY = 'replicaSeq';

export async function startAsFirstSync(db: AppDB): Promise<void> {
  await db.transaction('rw', db.syncState, db.syncVersions, db.outbox, async () => {
    await db.syncVersions.clear();
    await db.syncState.delete(REPLICA_SEQ_KEY);
    await db.outbox.put({ ref: EVERYTHING, table: 'settings', key: '', op: 'put', at: new Date().toISOString(), stamp: newId() });
  });
}
