import Dexie, { type EntityTable } from 'dexie';
import { changeTracking } from './change-tracking';
import { DB_NAME, SCHEMA_VERSIONS } from './schema';
import type { KeyOf, Rows, TableName } from './tables';
import { writeStamping } from './write-stamp';

/** Every table of the registry (tables.ts), typed by its row and key. */
export type AppTables = { [T in TableName]: EntityTable<Rows[T], KeyOf<T> & keyof Rows[T]> };

/** The database with every schema version of `schema.ts` declared, oldest first. */
export type AppDB = Dexie & AppTables;

export function openAppDb(name = DB_NAME): AppDB {
  const db = new Dexie(name) as AppDB;
  for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
    const v = db.version(version).stores(stores);
    if (upgrade) v.upgrade(upgrade);
  }
  db.use(changeTracking);
  db.use(writeStamping);
  return db;
}
