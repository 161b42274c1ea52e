// The few ways the app reads a table, written once for two engines: Dexie (every page, and the
// live queries) and IndexedDB directly (the new tab's first read, before Dexie has loaded).
// Queries built on this interface run unchanged on either.

export type Key = IDBValidKey;

/** Sorts before every key, and after every key: for open ends of compound ranges. */
export const MIN_KEY: Key = -Infinity;
export const MAX_KEY: Key = [[]];

/** Both ends inclusive; a missing end is open. `equals` picks one key. */
export type KeyRange = { lower?: Key; upper?: Key } | { equals: Key };

/** Index '' is the primary key. */
export interface Reader {
  get<T>(table: string, key: Key): Promise<T | undefined>;
  bulkGet<T>(table: string, keys: Key[]): Promise<Array<T | undefined>>;
  /** Rows in index order (or the reverse) within `range`, at most `limit`. */
  where<T>(table: string, index: string, range: KeyRange, limit?: number, reverse?: boolean): Promise<T[]>;
  /** The first row in index order within `range` that passes `test`. */
  first<T>(table: string, index: string, range: KeyRange, test: (row: T) => boolean): Promise<T | undefined>;
}
