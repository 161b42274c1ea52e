import { db } from '../db/db';
import { addTo, type PeopleCounts } from '../model/people-counts';
import type { Person } from '../model/types';
import { dexieReader } from '../reads/dexie-reader';
import * as reads from '../reads/queries';

/**
 * The people counts: one read. When none are stored yet (a new or wiped database) they are
 * counted without writing, since live queries may only read; the next person write stores them.
 */
export const peopleCounts = (): Promise<PeopleCounts> => reads.peopleCounts(dexieReader);

const countPeople = (): Promise<PeopleCounts> => reads.countPeople(dexieReader);

/**
 * Moves one person's contribution from `before` to `after`. Call inside the write's
 * transaction, after the write: with no counts stored yet, a full count already includes it.
 */
export async function adjustPeopleCounts(before: Person | undefined, after: Person | undefined): Promise<void> {
  const stored = await db.stats.get('people');
  if (!stored) {
    await db.stats.put(await countPeople());
    return;
  }
  if (before) addTo(stored, before, -1);
  if (after) addTo(stored, after, 1);
  await db.stats.put(stored);
}

/** Adds newly stored people to the counts in one write; inside the write's transaction, after it. */
export async function countAdded(added: Person[]): Promise<void> {
  const stored = await db.stats.get('people');
  if (!stored) {
    await db.stats.put(await countPeople());
    return;
  }
  for (const p of added) addTo(stored, p, 1);
  await db.stats.put(stored);
}

/** Counts every person again and stores the result (after an import, or to repair). */
export async function recountPeople(): Promise<PeopleCounts> {
  return db.transaction('rw', db.people, db.stats, async () => {
    const counts = await countPeople();
    await db.stats.put(counts);
    return counts;
  });
}
