// One round of sync on this device, between its database (Dexie, what every page reads) and its
// encrypted replica (PouchDB, what replicates with the server). For each record touched — edited
// here (the outbox) or changed in the replica (its changes feed) — the version this device shows,
// its own pending edit and every version in the replica are merged into one, written to the
// replica when it is new there, and applied here when it differs from what is shown.
import type { AppDB } from '../db/app-db';
import { EVERYTHING, type OutboxEntry } from '../db/change-tracking';
import type { SyncedVersion } from '../db/sync-rows';
import { USER_TABLES, type UserTable } from '../db/tables';
import { applyChanges, type Change, splitRef, syncedFields, syncTransaction } from './apply';
import { documentId, type SyncKeys } from './crypto';
import { REPLICA_SEQ_KEY } from './first-sync';
import { pack, unpack } from './packed';
import type { PouchDoc } from './pouch-types';
import {
  describeRefusal,
  openVersion,
  type Refused,
  type Replica,
  type ReplicaVersion,
  readReplica,
  type SealedDoc,
  writeReplicas,
} from './replica';
import { syncsRecord } from './scope';
import { KEY_DOC_ID } from './server';
import {
  conflictsOf,
  currentRecord,
  type Dot,
  emptyVersion,
  isAlive,
  mergeVersions,
  type RecordVersion,
  same,
  writeLocal,
} from './versions';

export interface SyncContext {
  db: AppDB;
  replica: Replica;
  keys: SyncKeys;
}

export interface RoundResult {
  sent: number;
  applied: number;
  /** Records that came back because an edit elsewhere beat their delete here. */
  revived: string[];
  refused: Refused[];
  /** Records edited again while this round ran: the next round takes them. */
  deferred: number;
}

const BATCH = 1000;
const STATE = { device: 'device', count: 'count', seq: REPLICA_SEQ_KEY } as const;

async function state<T>(db: AppDB, key: string, fallback: T): Promise<T> {
  return ((await db.syncState.get(key))?.value as T | undefined) ?? fallback;
}

/** This device's id, made on first use. */
export async function deviceId(db: AppDB): Promise<string> {
  return db.transaction('rw', db.syncState, async () => {
    const id = await state<string | undefined>(db, STATE.device, undefined);
    if (id) return id;
    const made = crypto.randomUUID();
    await db.syncState.put({ key: STATE.device, value: made });
    return made;
  });
}

/**
 * Reserves `n` edit counts. Stored before any is used, so a count is never given to two edits,
 * even when the browser closes mid-round.
 */
async function reserveDots(db: AppDB, n: number): Promise<(t: string) => Dot> {
  // A batch with nothing of this device's (every batch of a first sync's download) needs no count.
  if (!n)
    return () => {
      throw new Error('No edit count was reserved.');
    };
  const d = await deviceId(db);
  let next = await db.transaction('rw', db.syncState, async () => {
    const count = await state(db, STATE.count, 0);
    await db.syncState.put({ key: STATE.count, value: count + n });
    return count + 1;
  });
  return (t) => ({ d, c: next++, t });
}

interface Plan {
  ref: string;
  docId: string;
  entry?: OutboxEntry;
  replica: ReplicaVersion;
  merged: RecordVersion;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
  /** Deleted here, alive after the merge: an edit elsewhere beat the delete. */
  revived: boolean;
}

/** The replica's version of each document, decrypted in parallel; one that does not decrypt is refused. */
async function replicaVersions(ctx: SyncContext, docIds: string[], refused: Refused[]): Promise<Map<string, ReplicaVersion>> {
  if (!docIds.length) return new Map();
  const { rows } = await ctx.replica.allDocs({ keys: docIds, include_docs: true, conflicts: true });
  const read = await Promise.all(
    rows.map((row) =>
      versionOf(ctx, row.key, row.value?.deleted ? undefined : row.doc, row.value?.rev).catch((e) => {
        refused.push(describeRefusal(row.key, e));
        return undefined;
      }),
    ),
  );
  return new Map(read.filter((v): v is ReplicaVersion => !!v).map((v) => [v.docId, v]));
}

/** A document's version as the replica holds it (`doc` undefined: missing or deleted, at `rev`). */
async function versionOf(
  ctx: SyncContext,
  docId: string,
  doc: (SealedDoc & PouchDoc) | null | undefined,
  rev?: string,
): Promise<ReplicaVersion> {
  if (!doc) return { docId, rev, losers: [] };
  if (doc._conflicts?.length) return readReplica(ctx.replica, ctx.keys, docId);
  return { docId, rev: doc._rev, losers: [], version: await openVersion(ctx.keys, doc) };
}

async function rowsOf(db: AppDB, refs: string[]): Promise<Map<string, Record<string, unknown> | undefined>> {
  const byTable = new Map<UserTable, string[]>();
  for (const ref of refs) {
    const { table, key } = splitRef(ref);
    byTable.set(table, [...(byTable.get(table) ?? []), key]);
  }
  const out = new Map<string, Record<string, unknown> | undefined>();
  for (const [table, keys] of byTable) {
    const rows = await db.table(table).bulkGet(keys);
    keys.forEach((k, i) => {
      out.set(`${table}:${k}`, syncedFields(table, rows[i]));
    });
  }
  return out;
}

/** What this round will do for each record: nothing is written yet. */
async function plan(
  ctx: SyncContext,
  refs: string[],
  pending: Map<string, OutboxEntry>,
  known: Known,
  refused: Refused[],
  absent: boolean,
): Promise<Plan[]> {
  const { db, keys } = ctx;
  // Records a first download brings are not here yet: reading for them would find nothing.
  const cached = absent ? [] : await db.syncVersions.bulkGet(refs);
  const docIds = await Promise.all(refs.map(async (ref, i) => known.get(ref)?.docId ?? cached[i]?.docId ?? documentId(keys, ref)));
  const unread = docIds.filter((_, i) => !known.has(refs[i] as string));
  const [read, rows] = await Promise.all([replicaVersions(ctx, unread, refused), absent ? new Map() : rowsOf(db, refs)]);
  const remote = new Map([...read, ...[...known.values()].map((v): [string, ReplicaVersion] => [v.docId, v])]);
  // Counts for this batch's own edits only: a send after an import runs in many batches.
  const dot = await reserveDots(db, refs.filter((ref) => pending.has(ref)).length);
  const plans: Plan[] = [];
  refs.forEach((ref, i) => {
    const docId = docIds[i] as string;
    const at = remote.get(docId);
    if (!at) return;
    const stored = cached[i]?.version;
    const base = stored ? unpack(stored) : emptyVersion(ref);
    const entry = pending.get(ref);
    const before = rows.get(ref);
    const local = entry ? writeLocal(base, before, dot(entry.at), entry.settle) : base;
    const merged = at.version ? mergeVersions(local, at.version) : local;
    const after = currentRecord(merged);
    const revived = !!after && local.deletions.length > 0 && !isAlive(local);
    plans.push({ ref, docId, entry, replica: at, merged, before, after, revived });
  });
  return plans;
}

const isNew = (p: Plan) => !p.replica.version || !same(p.merged, p.replica.version) || p.replica.losers.length > 0;

/** Writes the replica's new versions; a document another writer changed meanwhile is left to the next round. */
async function send(ctx: SyncContext, plans: Plan[]): Promise<Plan[]> {
  const changed = new Set(plans.filter(isNew));
  const written = await writeReplicas(
    ctx.replica,
    ctx.keys,
    [...changed].map((p) => [p.replica, p.merged]),
  );
  return plans.filter((p) => !changed.has(p) || written.has(p.docId));
}

/**
 * Thrown by a download's batch when a restore replaced this device's data after the batch was
 * planned: applied, it would overwrite what the restore brought. The next round sends the
 * restore first and then takes the download from the same place.
 */
class RestoredMeanwhile extends Error {}

/** Applies the plans here in one transaction, skipping records edited again since they were planned. */
async function apply(ctx: SyncContext, plans: Plan[], result: RoundResult, receiving: boolean): Promise<void> {
  const { db } = ctx;
  const tables = [...new Set(plans.map((p) => splitRef(p.ref).table))];
  await syncTransaction(db, [...tables, 'outbox', 'syncVersions', 'stats'], async () => {
    // An empty outbox (a download with nothing edited here) spares reading it once per record.
    const edited = (await db.outbox.count()) > 0;
    const now = edited ? await db.outbox.bulkGet(plans.map((p) => p.ref)) : [];
    // A restore's entry stands for every record that has no entry of its own.
    const everything = edited ? await db.outbox.get(EVERYTHING) : undefined;
    if (receiving && everything) throw new RestoredMeanwhile();
    const ready = plans.filter((p, i) => (p.entry ? (now[i] ?? everything)?.stamp === p.entry.stamp : !now[i]));
    result.deferred += plans.length - ready.length;
    const changes: Change[] = ready.filter((p) => !same(p.before, p.after)).map((p) => ({ ref: p.ref, before: p.before, after: p.after }));
    await applyChanges(db, changes);
    await db.syncVersions.bulkPut(ready.map((p) => syncedVersion(p)));
    await db.outbox.bulkDelete(ready.filter((p) => p.entry).map((p) => p.ref));
    result.applied += changes.length;
    result.revived.push(...ready.filter((p) => p.revived).map((p) => p.ref));
  });
}

function syncedVersion(p: Plan): SyncedVersion {
  return {
    ref: p.ref,
    docId: p.docId,
    version: pack(p.merged),
    ...(p.after && conflictsOf(p.merged).length ? { conflicted: 1 as const } : {}),
  };
}

/** Replica versions already read (from the changes feed), by record. */
type Known = Map<string, ReplicaVersion>;

async function reconcile(
  ctx: SyncContext,
  refs: string[],
  pending: Map<string, OutboxEntry>,
  result: RoundResult,
  known?: Known,
  absent = false,
): Promise<void> {
  for (let i = 0; i < refs.length; i += BATCH) {
    const batch = refs.slice(i, i + BATCH);
    const plans = await plan(ctx, batch, pending, known ?? new Map(), result.refused, absent);
    const sent = await send(ctx, plans);
    result.sent += sent.filter((p) => p.entry).length;
    await apply(ctx, sent, result, !!known);
    result.deferred += plans.length - sent.length;
  }
}

/** Every record here and every record sync has seen: after an import, or on a device's first sync. */
async function everyRef(db: AppDB): Promise<string[]> {
  const refs = new Set<string>(await db.syncVersions.toCollection().primaryKeys());
  for (const table of USER_TABLES)
    for (const key of await db.table(table).toCollection().primaryKeys()) refs.add(`${table}:${String(key)}`);
  return [...refs];
}

/** The local edits waiting, as entries; after an import, every record counts as edited. */
async function pendingEdits(db: AppDB): Promise<{ refs: string[]; pending: Map<string, OutboxEntry>; everything?: OutboxEntry }> {
  const entries = await db.outbox.toArray();
  const everything = entries.find((e) => e.ref === EVERYTHING);
  const pending = new Map(entries.filter((e) => e.ref !== EVERYTHING).map((e) => [e.ref, e]));
  if (!everything) return { refs: [...pending.keys()], pending };
  const refs = await everyRef(db);
  for (const ref of refs) if (!pending.has(ref)) pending.set(ref, { ...everything, ref, ...splitAsEntry(ref) });
  return { refs, pending, everything };
}

function splitAsEntry(ref: string): Pick<OutboxEntry, 'table' | 'key'> {
  const { table, key } = splitRef(ref);
  return { table, key };
}

/** Sends this device's edits to the replica and applies what they were merged with. */
export async function sendEdits(ctx: SyncContext, result = emptyResult()): Promise<RoundResult> {
  const { refs, pending, everything } = await pendingEdits(ctx.db);
  const synced = refs.filter(syncsRecord);
  const local = new Map([...pending].filter(([ref]) => syncsRecord(ref)));
  const caughtUp = (await ctx.replica.info()).update_seq === (await state<number | string>(ctx.db, STATE.seq, 0));
  await reconcile(ctx, synced, local, result);
  // What this writes to the replica is applied here already: read back from its changes feed, it
  // would be planned and applied a second time (after an import, every record). Only this round
  // writes to the replica meanwhile, so when nothing was left unread, the feed's end is ours.
  if (caughtUp && result.sent) await ctx.db.syncState.put({ key: STATE.seq, value: (await ctx.replica.info()).update_seq });
  await ctx.db.outbox.bulkDelete(refs.filter((r) => !syncsRecord(r)));
  if (everything) await clearEverything(ctx.db, everything);
  return result;
}

async function clearEverything(db: AppDB, seen: OutboxEntry): Promise<void> {
  await db.transaction('rw', db.outbox, async () => {
    if ((await db.outbox.get(EVERYTHING))?.stamp === seen.stamp) await db.outbox.delete(EVERYTHING);
  });
}

export interface ReceiveOptions {
  /**
   * The feed holds records this device has none of (isFirstDownload): that spares reading them
   * here, as long as no two documents claim the same record.
   */
  firstDownload?: boolean;
  /** Called after each batch applied. */
  afterBatch?: () => void;
}

/** Applies what reached the replica from other devices since the last round (its checkpoint is kept). */
export async function receiveEdits(ctx: SyncContext, result = emptyResult(), options: ReceiveOptions = {}): Promise<RoundResult> {
  const seen = new Set<string>();
  let absent = !!options.firstDownload;
  for (;;) {
    const since = await state<number | string>(ctx.db, STATE.seq, 0);
    const feed = await ctx.replica.changes({ since, include_docs: true, conflicts: true, limit: BATCH });
    if (!feed.results.length) return result;
    const known = await knownVersions(
      ctx,
      feed.results.map((c) => c.doc).filter((d): d is NonNullable<typeof d> => !!d && !d._deleted),
      result,
    );
    // An edit made here meanwhile waits in the outbox, and a restore stops the download (apply):
    // either way no row this skips reading can be here, unless two documents claim one record.
    if (absent && [...known.keys()].some((ref) => seen.has(ref))) absent = false;
    if (absent) for (const ref of known.keys()) seen.add(ref);
    try {
      await reconcile(ctx, [...known.keys()], new Map(), result, known, absent);
    } catch (e) {
      if (e instanceof RestoredMeanwhile) return result;
      throw e;
    }
    await ctx.db.syncState.put({ key: STATE.seq, value: feed.last_seq });
    options.afterBatch?.();
  }
}

/**
 * Whether the next pull is this device's first download: nothing sync has seen is here, and the
 * replica is empty, so every document pulled is new to both.
 */
export async function isFirstDownload(ctx: SyncContext): Promise<boolean> {
  return (await ctx.replica.info()).update_seq === 0 && !(await ctx.db.syncVersions.count());
}

/** The changed documents, decrypted in parallel, by the record each holds. */
async function knownVersions(ctx: SyncContext, docs: Array<SealedDoc & PouchDoc>, result: RoundResult): Promise<Known> {
  // The server's key material lives beside the documents, in plain: it is not a record.
  const read = await Promise.all(
    docs
      .filter((d) => d._id !== KEY_DOC_ID)
      .map((doc) =>
        versionOf(ctx, doc._id, doc).catch((e) => {
          result.refused.push(describeRefusal(doc._id, e));
          return undefined;
        }),
      ),
  );
  const known: Known = new Map();
  for (const v of read) if (v?.version && syncsRecord(v.version.ref)) known.set(v.version.ref, v);
  return known;
}

export function emptyResult(): RoundResult {
  return { sent: 0, applied: 0, revived: [], refused: [], deferred: 0 };
}
