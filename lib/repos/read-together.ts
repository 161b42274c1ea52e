import { db } from '../db/db';
import { LOCAL_TABLES } from '../db/tables';

/**
 * Runs `reads` in one read-only transaction: a page that shows many small queries at once
 * (the new tab) opens one transaction instead of one per query, and sees them all as of the
 * same moment. Every table but the device's own (snapshots, the outbox), so a daily snapshot
 * being written never holds the reads up.
 */
export function readTogether<T>(reads: () => Promise<T>): Promise<T> {
  const tables = db.tables.filter((t) => !(LOCAL_TABLES as string[]).includes(t.name));
  return db.transaction('r', tables, reads);
}
