import { db } from '../db/db';

/**
 * Runs `reads` in one read-only transaction over the store: a page that shows many small
 * queries at once (the new tab) opens one transaction instead of one per query, and sees
 * them all as of the same moment.
 */
export function readTogether<T>(reads: () => Promise<T>): Promise<T> {
  return db.transaction('r', db.tables, reads);
}
