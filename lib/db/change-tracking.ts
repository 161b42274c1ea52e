// Change tracking for sync: every write to one of the user's tables also writes an outbox entry,
// inside the same IndexedDB transaction, so a change that committed is never missed by sync, even
// when the browser closes right after it. Done once here, under Dexie, rather than in each
// repository, so no writer can forget it.
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware, Transaction } from 'dexie';
import { newId } from '../ids';
import { TABLES, type TableName } from './tables';

/** One record that changed since sync last sent it (entries for the same record replace each other). */
export interface OutboxEntry {
  /** `table:key`: one entry per record. */
  ref: string;
  table: TableName;
  key: string;
  /** A delete keeps its entry as the record's tombstone until sync has sent it. */
  op: 'put' | 'delete';
  /** When the change was made on this device: the time sync orders edits by. */
  at: string;
  /** Tells a change apart from a later one at the same millisecond, so sending one never clears the other. */
  stamp: string;
  /** Fields whose "changed on two devices" the user settled with this change. */
  settle?: string[];
}

/** The entry that stands for "everything changed" (an import replaced the data). */
export const EVERYTHING = '*';

/** Why a transaction writes, when it is not the user's own edit. */
type Source = 'sync' | 'replace';

interface Marked {
  teachbackSource?: Source;
  mode?: IDBTransactionMode;
}

/**
 * Marks a transaction's writes: `sync` writes what came from another device (not to be sent
 * back); `replace` is an import that replaced everything (one entry says so, not one per record).
 */
export function markWrites(tx: Transaction, source: Source): void {
  (tx.idbtrans as unknown as Marked).teachbackSource = source;
}

/** Schema upgrades rewrite records without changing them, and may run before the outbox exists. */
function sourceOf(trans: DBCoreTransaction): Source | 'upgrade' | undefined {
  const marked = trans as unknown as Marked;
  return marked.mode === 'versionchange' ? 'upgrade' : marked.teachbackSource;
}

const tracked = new Set<string>(Object.entries(TABLES).flatMap(([name, spec]) => (spec.role === 'user' ? [name] : [])));

export const refOf = (table: string, key: unknown) => `${table}:${String(key)}`;

function entry(table: string, key: unknown, op: OutboxEntry['op'], at: string): OutboxEntry {
  return { ref: refOf(table, key), table: table as TableName, key: String(key), op, at, stamp: newId() };
}

/**
 * The primary keys a request changes; a range delete is resolved to its keys first. Dexie's own
 * promises only (no `await`): a native await here would lose the transaction Dexie tracks.
 */
function changedKeys(table: DBCoreTable, req: DBCoreMutateRequest): Promise<unknown[]> | unknown[] {
  if (req.type === 'delete') return req.keys;
  if (req.type === 'deleteRange')
    return table
      .query({ trans: req.trans, values: false, query: { index: table.schema.primaryKey, range: req.range } })
      .then((r) => r.result);
  const extract = table.schema.primaryKey.extractKey;
  return req.keys ?? (extract ? req.values.map(extract) : []);
}

function outboxEntries(table: string, req: DBCoreMutateRequest, keys: unknown[], result: DBCoreMutateResponse): OutboxEntry[] {
  const at = new Date().toISOString();
  if (sourceOf(req.trans) === 'replace') return [{ ...entry(EVERYTHING, '', 'put', at), ref: EVERYTHING }];
  const op = req.type === 'add' || req.type === 'put' ? 'put' : 'delete';
  return keys.filter((_, i) => !result.failures[i]).map((k) => entry(table, k, op, at));
}

function trackingTable(down: DBCore, table: DBCoreTable): DBCoreTable {
  const mutateAndRecord = (req: DBCoreMutateRequest, keys: unknown[]) =>
    table.mutate(req).then((result) => {
      const values = outboxEntries(table.name, req, keys, result);
      return values.length
        ? down
            .table('outbox')
            .mutate({ type: 'put', trans: req.trans, values })
            .then(() => result)
        : result;
    });
  return {
    ...table,
    mutate(req) {
      const source = sourceOf(req.trans);
      if (source === 'sync' || source === 'upgrade') return table.mutate(req);
      const keys = source === 'replace' ? [] : changedKeys(table, req);
      return Array.isArray(keys) ? mutateAndRecord(req, keys) : keys.then((k) => mutateAndRecord(req, k));
    },
  };
}

/** Every read-write transaction over a tracked table also opens the outbox. */
function withOutbox(stores: string[], mode: 'readonly' | 'readwrite'): string[] {
  return mode === 'readwrite' && stores.some((s) => tracked.has(s)) && !stores.includes('outbox') ? [...stores, 'outbox'] : stores;
}

export const changeTracking: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'change-tracking',
  create: (down) => ({
    ...down,
    transaction: (stores, mode, options) => down.transaction(withOutbox(stores, mode), mode, options) as DBCoreTransaction,
    table: (name) => (tracked.has(name) ? trackingTable(down, down.table(name)) : down.table(name)),
  }),
};
