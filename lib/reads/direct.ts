// The first read of a page that cannot wait for Dexie's code (the new tab): IndexedDB directly,
// at the current schema, over every table but the snapshots (a snapshot being written must not
// hold the read up).
import { DB_NAME, LATEST_VERSION, SNAPSHOT_TABLES, storesAt } from '../db/schema';
import { openRawReader, type RawReader } from './raw-reader';

export type { RawReader };

/** Undefined when the page must go through Dexie instead (no database yet, an upgrade due). */
export function openDirectReader(): Promise<RawReader | undefined> {
  const stores = Object.fromEntries(Object.entries(storesAt(LATEST_VERSION)).filter(([t]) => !SNAPSHOT_TABLES.includes(t)));
  return openRawReader(DB_NAME, LATEST_VERSION, stores);
}
