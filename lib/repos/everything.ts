import { db } from '../db/db';
import { USER_TABLES } from '../db/tables';

/**
 * Deletes every record in one transaction; the schema stays. The outbox stays too: it then holds
 * the deletes of the user's records, for sync to send.
 */
export async function deleteEverything(): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.filter((t) => t.name !== 'outbox').map((t) => t.clear()));
  });
}

/** Record counts per table of the user's data (not internal tables), for summaries and previews. */
export async function countAll(): Promise<Record<string, number>> {
  const counts = await Promise.all(USER_TABLES.map(async (t) => [t, await db.table(t).count()] as const));
  return Object.fromEntries(counts);
}
