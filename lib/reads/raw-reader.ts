// Reads IndexedDB without Dexie, for the new tab's first read: Dexie's code costs more to load
// than the whole read. Anything unexpected (no database yet, an older schema that Dexie must
// upgrade first) returns undefined and the caller goes through Dexie instead.
import { stampWrite, touchesFirstFrame } from '../db/write-stamp';
import type { Key, KeyRange, Reader } from './reader';

export interface RawReader extends Reader {
  /**
   * Stores one row, for the one write a new tab makes before its first render (its prompt's
   * turn, see features/newtab/start.ts). Pages with a Dexie live query on it are not told.
   */
  put(table: string, row: unknown): Promise<void>;
  close(): void;
}

const done = <T>(req: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

function keyRange(range: KeyRange): IDBKeyRange | null {
  if ('equals' in range) return IDBKeyRange.only(range.equals);
  const { lower, upper } = range;
  if (lower !== undefined && upper !== undefined) return IDBKeyRange.bound(lower, upper);
  if (lower !== undefined) return IDBKeyRange.lowerBound(lower);
  return upper === undefined ? null : IDBKeyRange.upperBound(upper);
}

/** The index names of a Dexie table spec ("id, name, *tags, [a+b]"), without the primary key. */
export function indexNames(spec: string): string[] {
  return spec
    .split(',')
    .slice(1)
    .map((s) => s.trim().replace(/^[*&]/, ''))
    .filter(Boolean);
}

/** The transaction that found every table and index of `stores`, or undefined when one is missing. */
function matching(db: IDBDatabase, stores: Record<string, string>): IDBTransaction | undefined {
  const names = Object.keys(stores);
  if (!names.every((n) => db.objectStoreNames.contains(n))) return undefined;
  const tx = db.transaction(names, 'readonly');
  const all = names.every((n) => {
    const store = tx.objectStore(n);
    return indexNames(stores[n] ?? '').every((i) => store.indexNames.contains(i));
  });
  return all ? tx : undefined;
}

/**
 * Opens `name` for reading if it is already at `version` (Dexie's version, which Dexie stores
 * times ten) with every table and index of `stores`. Never creates or upgrades a database.
 */
export function openRawReader(name: string, version: number, stores: Record<string, string>): Promise<RawReader | undefined> {
  return new Promise((resolve) => {
    let req: IDBOpenDBRequest;
    try {
      req = indexedDB.open(name);
    } catch {
      return resolve(undefined);
    }
    req.onupgradeneeded = () => {
      // No database yet: leave its creation to Dexie.
      req.transaction?.abort();
    };
    req.onerror = (e) => {
      e.preventDefault();
      resolve(undefined);
    };
    req.onblocked = () => resolve(undefined);
    req.onsuccess = () => {
      const db = req.result;
      // Never hold up an upgrade another page or the background starts.
      db.onversionchange = () => db.close();
      const checked = db.version < version * 10 ? undefined : matching(db, stores);
      if (!checked) {
        db.close();
        return resolve(undefined);
      }
      // The first reads go on the check's transaction: a page's first one costs a few ms.
      resolve(rawReader(db, Object.keys(stores), checked));
    };
  });
}

/**
 * The rows a cursor passes (those that pass `test`, if given), up to `limit`. It walks on its
 * own request's events, so the transaction stays open.
 */
function walk<T>(opened: Promise<IDBCursorWithValue | null>, limit = Number.POSITIVE_INFINITY, test?: (row: T) => boolean): Promise<T[]> {
  return opened.then(
    (cursor) =>
      new Promise<T[]>((resolve, reject) => {
        const rows: T[] = [];
        const step = (c: IDBCursorWithValue | null) => {
          if (c && (!test || test(c.value as T))) rows.push(c.value as T);
          if (!c || rows.length >= limit) return resolve(rows);
          const req = c.request as IDBRequest<IDBCursorWithValue | null>;
          req.onsuccess = () => step(req.result);
          req.onerror = () => reject(req.error);
          c.continue();
        };
        step(cursor);
      }),
  );
}

/** One read-only transaction over `tables`, opened again when it has finished. */
function rawReader(db: IDBDatabase, tables: string[], first: IDBTransaction): RawReader {
  let tx: IDBTransaction | undefined;
  const use = (t: IDBTransaction) => {
    tx = t;
    t.oncomplete = t.onabort = () => {
      if (tx === t) tx = undefined;
    };
    return t;
  };
  use(first);
  const store = (table: string): IDBObjectStore => {
    try {
      if (tx) return tx.objectStore(table);
    } catch {
      // Finished: it commits once nothing is pending, so later reads need another.
    }
    return use(db.transaction(tables, 'readonly')).objectStore(table);
  };
  // A transaction ends when no request is pending; a request made on one that has just ended throws.
  const request = <T>(table: string, make: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
    try {
      return done(make(store(table)));
    } catch {
      tx = undefined;
      return done(make(store(table)));
    }
  };
  const source = (s: IDBObjectStore, index: string) => (index ? s.index(index) : s);
  return {
    get: <T>(table: string, key: Key) => request(table, (s) => s.get(key)) as Promise<T | undefined>,
    bulkGet: <T>(table: string, keys: Key[]) => Promise.all(keys.map((k) => request(table, (s) => s.get(k)) as Promise<T | undefined>)),
    where: <T>(table: string, index: string, range: KeyRange, limit?: number, reverse = false) =>
      reverse
        ? walk<T>(
            request(table, (s) => source(s, index).openCursor(keyRange(range), 'prev')),
            limit,
          )
        : (request(table, (s) => source(s, index).getAll(keyRange(range), limit)) as Promise<T[]>),
    first: async <T>(table: string, index: string, range: KeyRange, test: (row: T) => boolean) =>
      (
        await walk<T>(
          request(table, (s) => source(s, index).openCursor(keyRange(range))),
          1,
          test,
        )
      )[0],
    put: (table: string, row: unknown) =>
      new Promise<void>((resolve, reject) => {
        const t = db.transaction(table, 'readwrite');
        const store = t.objectStore(table);
        const key = typeof store.keyPath === 'string' ? (row as Record<string, unknown>)[store.keyPath] : undefined;
        if (touchesFirstFrame(table, key === undefined ? undefined : [key])) stampWrite(t);
        store.put(row);
        t.oncomplete = () => resolve();
        t.onerror = t.onabort = () => reject(t.error);
      }),
    close: () => db.close(),
  };
}
