import { db } from '../db/db';

/** Deletes every record in one transaction; the schema stays. */
export async function deleteEverything(): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((t) => t.clear()));
  });
}

/** Record counts per table of the user's data (not internal tables), for summaries and previews. */
export async function countAll(): Promise<Record<string, number>> {
  const counts = await Promise.all(
    db.tables.filter((t) => !['stats', 'snapshots', 'snapshotData'].includes(t.name)).map(async (t) => [t.name, await t.count()] as const),
  );
  return Object.fromEntries(counts);
}
