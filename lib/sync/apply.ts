// Writes what sync decided into this device's database: the record as every device now shows it,
// with its derived fields and the people counts kept in step. Marked as sync's own writes, so
// they are not sent back.
import type { AppDB } from '../db/app-db';
import { markWrites } from '../db/change-tracking';
import { deriveRow, stripDerived } from '../db/derived';
import { keyOf, type TableName, type UserTable } from '../db/tables';
import { addTo, emptyCounts, type PeopleCounts } from '../model/people-counts';
import type { Person } from '../model/types';

export function splitRef(ref: string): { table: UserTable; key: string } {
  const at = ref.indexOf(':');
  return { table: ref.slice(0, at) as UserTable, key: ref.slice(at + 1) };
}

/** A stored row as sync sees it: the user's fields only. */
export function syncedFields(table: TableName, row: object | undefined): Record<string, unknown> | undefined {
  return row && (stripDerived(table, row) as Record<string, unknown>);
}

export interface Change {
  ref: string;
  before: Record<string, unknown> | undefined;
  after: Record<string, unknown> | undefined;
}

function countChange(counts: PeopleCounts, c: Change): void {
  if (c.before) addTo(counts, c.before as unknown as Person, -1);
  if (c.after) addTo(counts, c.after as unknown as Person, 1);
}

/** Applies changes inside the caller's transaction (which must include their tables and `stats`). */
export async function applyChanges(db: AppDB, changes: Change[]): Promise<void> {
  const people = changes.filter((c) => splitRef(c.ref).table === 'people');
  const byTable = new Map<UserTable, { puts: object[]; deletes: string[] }>();
  for (const c of changes) {
    const { table, key } = splitRef(c.ref);
    const writes = byTable.get(table) ?? { puts: [], deletes: [] };
    byTable.set(table, writes);
    if (c.after) writes.puts.push(deriveRow(table, { ...c.after, [keyOf(table)]: key }));
    else writes.deletes.push(key);
  }
  // One request per table rather than per record: a first sync applies tens of thousands.
  for (const [table, { puts, deletes }] of byTable) {
    await db.table(table).bulkPut(puts);
    await db.table(table).bulkDelete(deletes);
  }
  if (!people.length) return;
  const stored = await db.stats.get('people');
  if (stored) for (const c of people) countChange(stored, c);
  await db.stats.put(stored ?? (await countEveryone(db)));
}

/** With no counts kept yet, every person counted once, as now stored. */
async function countEveryone(db: AppDB): Promise<PeopleCounts> {
  const counts = emptyCounts();
  await db.people.each((p) => addTo(counts, p, 1));
  return counts;
}

/** Runs `body` in a transaction whose writes are sync's own. */
export function syncTransaction<T>(db: AppDB, tables: string[], body: () => Promise<T>): Promise<T> {
  return db.transaction('rw', tables, async (tx) => {
    markWrites(tx, 'sync');
    return body();
  });
}
