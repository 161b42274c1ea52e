import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Dexie from 'dexie';
import { type AppDB, openAppDb } from '../../lib/db/app-db';

export interface DbFixture {
  version: number;
  stores: Record<string, string>;
  tables: Record<string, Array<Record<string, unknown>>>;
}

const DIR = join(import.meta.dirname, '../fixtures/db');

/** Every frozen database fixture, oldest first. */
export function dbFixtures(): Array<{ name: string; fixture: DbFixture }> {
  return readdirSync(DIR)
    .filter((f) => /^v\d+\.json$/.test(f))
    .sort((a, b) => Number(a.slice(1, -5)) - Number(b.slice(1, -5)))
    .map((name) => ({ name, fixture: JSON.parse(readFileSync(join(DIR, name), 'utf8')) as DbFixture }));
}

/**
 * Writes a database exactly as an older release left it (that release's schema, its
 * records), then opens it with today's schema, which runs every upgrade since.
 */
export async function upgradeFrom(fixture: DbFixture, name: string): Promise<AppDB> {
  await Dexie.delete(name);
  const old = new Dexie(name);
  old.version(fixture.version).stores(fixture.stores);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
  });
  old.close();
  const db = openAppDb(name);
  await db.open();
  return db;
}
