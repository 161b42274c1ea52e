// The Reader on Dexie: what every page and live query reads through, so Dexie's live queries
// see each range they depend on.
import Dexie, { type Collection, type IndexableType, type Table } from 'dexie';
import { db } from '../db/db';
import type { Key, KeyRange, Reader } from './reader';

// The same keys IndexedDB takes; Dexie's type for them is narrower than it needs to be.
const k = (key: Key) => key as IndexableType;

function collection(table: Table, index: string, range: KeyRange): Collection {
  if ('equals' in range) return table.where(index || ':id').equals(k(range.equals));
  const { lower, upper } = range;
  if (lower === undefined && upper === undefined) return index ? table.orderBy(index) : table.toCollection();
  return table
    .where(index || ':id')
    .between(lower === undefined ? Dexie.minKey : k(lower), upper === undefined ? Dexie.maxKey : k(upper), true, true);
}

export const dexieReader: Reader = {
  get: (table: string, key: Key) => db.table(table).get(k(key)),
  bulkGet: (table: string, keys: Key[]) => db.table(table).bulkGet(keys.map(k)),
  where: (table: string, index: string, range: KeyRange, limit?: number, reverse = false) => {
    const c = collection(db.table(table), index, range);
    const ordered = reverse ? c.reverse() : c;
    return (limit === undefined ? ordered : ordered.limit(limit)).toArray();
  },
  first: <T>(table: string, index: string, range: KeyRange, test: (row: T) => boolean) =>
    collection(db.table(table), index, range).filter(test).first(),
};
