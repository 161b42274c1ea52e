// The encrypted replica: PouchDB documents whose ids and bodies the server cannot read. A
// document's conflicting revisions (two devices wrote it before seeing each other) are merged
// into one here, so every device resolves them the same way.
import { open, type Sealed, type SyncKeys, seal, TamperedError } from './crypto';
import { type PackedVersion, pack, unpack } from './packed';
import type { PouchDatabase, PouchDoc } from './pouch-types';
import { mergeVersions, type RecordVersion } from './versions';

/** `v`: how the body holds the version, 2 packed (packed.ts), 1 as it is (written before packing). */
export type SealedDoc = Sealed & { v: 1 | 2 };
export type Replica = PouchDatabase<SealedDoc>;
type Stored = SealedDoc & PouchDoc;

export interface ReplicaVersion {
  docId: string;
  /** The revision to write over, and the conflicting ones to retire with it. */
  rev?: string;
  losers: string[];
  version?: RecordVersion;
}

/** What went wrong with one document, reported and not applied. */
export interface Refused {
  docId: string;
  reason: string;
}

/** A document's version, decrypted; a document that does not decrypt raises a TamperedError. */
export async function openVersion(keys: SyncKeys, doc: Stored): Promise<RecordVersion> {
  const body = await open<PackedVersion | RecordVersion>(keys, doc._id, doc);
  return doc.v === 2 ? unpack(body as PackedVersion) : (body as RecordVersion);
}

async function openDoc(keys: SyncKeys, doc: Stored): Promise<RecordVersion | undefined> {
  return doc._deleted ? undefined : openVersion(keys, doc);
}

/** Every live revision of a document, decrypted and merged. A revision that does not decrypt is refused. */
export async function readReplica(replica: Replica, keys: SyncKeys, docId: string): Promise<ReplicaVersion> {
  let leaves: Array<Stored>;
  try {
    const found = await replica.get(docId, { open_revs: 'all' });
    leaves = found.flatMap((r) => ('ok' in r ? [r.ok] : []));
  } catch (e) {
    if ((e as { status?: number }).status === 404) return { docId, losers: [] };
    throw e;
  }
  const live = leaves.filter((d) => !d._deleted);
  if (!live.length) return { docId, rev: winner(leaves)?._rev, losers: [] };
  const versions = await Promise.all(live.map((d) => openDoc(keys, d)));
  const version = versions.reduce<RecordVersion | undefined>((acc, v) => (acc && v ? mergeVersions(acc, v) : (acc ?? v)), undefined);
  const win = winner(live) as Stored;
  return { docId, rev: win._rev, losers: live.filter((d) => d._rev !== win._rev).map((d) => d._rev), version };
}

/** PouchDB's own winner: the longest revision history, then the highest revision id. */
function winner<T extends { _rev: string }>(docs: T[]): T | undefined {
  const depth = (d: T) => Number.parseInt(d._rev, 10);
  return [...docs].sort((a, b) => depth(b) - depth(a) || (b._rev > a._rev ? 1 : -1))[0];
}

/**
 * Writes each merged version over its winning revision and retires the conflicting ones, all in
 * one request. Returns the documents written: one another writer changed meanwhile (a conflict)
 * is not, and waits for the next round.
 */
export async function writeReplicas(
  replica: Replica,
  keys: SyncKeys,
  writes: Array<[ReplicaVersion, RecordVersion]>,
): Promise<Set<string>> {
  const sealed = await Promise.all(writes.map(([at, version]) => seal(keys, at.docId, pack(version))));
  const docs = writes.flatMap(([at], i) => [
    { _id: at.docId, ...(at.rev ? { _rev: at.rev } : {}), v: 2 as const, ...sealed[i] },
    ...at.losers.map((rev) => ({ _id: at.docId, _rev: rev, _deleted: true, v: 2 as const, iv: '', data: '' })),
  ]);
  const results = docs.length ? await replica.bulkDocs(docs) : [];
  const written = new Set<string>();
  results.forEach((result, i) => {
    const doc = docs[i] as { _id: string; _deleted?: boolean };
    if (doc._deleted) return;
    if (!result.error) written.add(doc._id);
    else if (result.status !== 409 && result.error !== 'conflict')
      throw new Error(`Could not write document ${doc._id}: ${result.message}`);
  });
  return written;
}

export function describeRefusal(docId: string, e: unknown): Refused {
  return {
    docId,
    reason: e instanceof TamperedError ? 'it does not decrypt: it was changed on the server, or written with another key' : String(e),
  };
}
