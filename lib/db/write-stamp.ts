// A stamp that every write the popup's first frame could depend on changes: first to "writing",
// and to a new clean value once the last such write of this page (or of the background) has
// committed. The popup paints the frame kept from its last opening, before IndexedDB has even
// opened, only when the stamp (lib/reads/write-stamp.ts) is the clean one that frame was read
// under (features/prep/trusted-frame.ts).
// Kept in the extension's storage, not localStorage: the background writes too (sync, the
// calendar subscription), and a service worker has no localStorage.
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import { browser } from 'wxt/browser';
import { newId } from '../ids';

export const STAMP_KEY = 'teachback.writes';

/** The tables the popup's first read reads; of the settings, only the meeting running and the drafts (features/prep). */
const FRAME_TABLES = new Set(['people', 'meetings', 'actions', 'goals', 'stats', 'settings']);
const FRAME_SETTINGS = ['prep.timer', 'prep.draft.'];

/** Whether a write to `table` at `keys` (unknown: a range) can change what the popup's first frame shows. */
export function touchesFirstFrame(table: string, keys: readonly unknown[] | undefined): boolean {
  if (!FRAME_TABLES.has(table)) return false;
  return table !== 'settings' || !keys || keys.some((k) => typeof k !== 'string' || FRAME_SETTINGS.some((s) => k.startsWith(s)));
}

// Undefined in a worker, which has no extension APIs: its writes are stamped by the page that asked for them.
export const stampStorage = () => (browser as typeof browser | undefined)?.storage?.local;

function setStamp(value: string): void {
  // A stamp that could not be set stays as it was: the popup's first read, which follows its
  // early paint, still checks the frame and takes it out if it is no longer right.
  stampStorage()
    ?.set({ [STAMP_KEY]: value })
    .catch(() => undefined);
}

// This page's writes still under way: "clean" only once none is, so a page that closes with
// one of them committed but unannounced leaves "writing" behind, which trusts nothing.
let writing = 0;

/**
 * Marks a write the popup's first frame may depend on as begun; the function returned marks it
 * ended (once, whether it committed or failed). For what cannot stamp itself too: a worker has
 * no extension storage, so the page that asks it to import brackets the request.
 */
export function beginWrite(): () => void {
  if (writing++ === 0) setStamp(`w:${newId()}`);
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    if (--writing === 0) setStamp(`c:${newId()}`);
  };
}

const stamped = new WeakSet<object>();

/** Marks `trans` as writing what the popup reads, until it commits or fails. */
export function stampWrite(trans: IDBTransaction): void {
  if (stamped.has(trans)) return;
  stamped.add(trans);
  const end = beginWrite();
  trans.addEventListener('complete', end);
  trans.addEventListener('abort', end);
}

function keysOf(table: DBCoreTable, req: DBCoreMutateRequest): readonly unknown[] | undefined {
  if (req.type === 'deleteRange') return undefined;
  if (req.type === 'delete') return req.keys;
  const extract = table.schema.primaryKey.extractKey;
  return req.keys ?? (extract ? req.values.map(extract) : undefined);
}

export const writeStamping: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'write-stamp',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      if (!FRAME_TABLES.has(name)) return table;
      return {
        ...table,
        mutate(req) {
          if (touchesFirstFrame(name, keysOf(table, req))) stampWrite(req.trans as unknown as IDBTransaction);
          return table.mutate(req);
        },
      };
    },
  }),
};
