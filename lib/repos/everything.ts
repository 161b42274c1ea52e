import { db } from '../db/db';
import { type TableName, USER_TABLES } from '../db/tables';
import { SETUP_KEY } from '../sync/status';

/** What sync needs to go on after the user's records are gone: the server and keys, what it sent. */
const SYNC_MACHINERY: TableName[] = ['syncState', 'syncVersions'];

/**
 * Deletes every record in one transaction; the schema stays. The outbox stays too: it then holds
 * the deletes of the user's records, for sync to send. While sync is set up, its setup and
 * bookkeeping stay with it, so that what the user chose (send the deletes everywhere, or leave
 * this device out of sync: lib/sync/setup.ts `beforeRestore`) holds; without a setup they go too.
 */
export async function deleteEverything(): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    const kept: TableName[] = (await db.syncState.get(SETUP_KEY)) ? ['outbox', ...SYNC_MACHINERY] : ['outbox'];
    await Promise.all(db.tables.filter((t) => !kept.includes(t.name as TableName)).map((t) => t.clear()));
  });
}

/** Record counts per table of the user's data (not internal tables), for summaries and previews. */
export async function countAll(): Promise<Record<string, number>> {
  const counts = await Promise.all(USER_TABLES.map(async (t) => [t, await db.table(t).count()] as const));
  return Object.fromEntries(counts);
}
