// The first read of a page that cannot wait for Dexie's code (the new tab): IndexedDB directly,
// at the current schema, over every table but the device's own machinery (a snapshot being
// written, or sync's outbox, must not hold the read up).
import { DB_NAME, LATEST_VERSION, storesAt } from '../db/schema';
import { READ_TABLES } from '../db/tables';
import { openRawReader, type RawReader } from './raw-reader';

export type { RawReader };

/** Undefined when the page must go through Dexie instead (no database yet, an upgrade due). */
export function openDirectReader(): Promise<RawReader | undefined> {
  const all = storesAt(LATEST_VERSION);
  const stores = Object.fromEntries(READ_TABLES.map((t) => [t, all[t] ?? '']));
  return openRawReader(DB_NAME, LATEST_VERSION, stores);
}
