import memory from 'pouchdb-adapter-memory';
import PouchDB from 'pouchdb-core';
import replication from 'pouchdb-replication';
import { afterEach, describe, expect, it } from 'vitest';
import { type AppDB, openAppDb } from '../db/app-db';
import { markWrites } from '../db/change-tracking';
import { derivePerson } from '../db/derived';
import type { Person } from '../model/types';
import { deriveKeys, documentId, type SyncKeys, seal } from './crypto';
import { isFirstDownload, receiveEdits, type SyncContext, sendEdits } from './engine';
import { startAsFirstSync } from './first-sync';
import { pack, unpack } from './packed';
import type { PouchDoc } from './pouch-types';
import { type OnProgress, type Pull, pullAndApply } from './pull';
import { openVersion, type Replica, type SealedDoc } from './replica';
import { conflictsOf } from './versions';

PouchDB.plugin(memory).plugin(replication);

let made = 0;
const open: Array<{ db: AppDB; replica: PouchDB.Database }> = [];
let server: PouchDB.Database;
let keys: SyncKeys;

async function device(): Promise<SyncContext> {
  made += 1;
  const db = openAppDb(`device-${made}-${Math.random()}`);
  await db.open();
  const replica = new PouchDB(`replica-${made}-${Math.random()}`, { adapter: 'memory' });
  open.push({ db, replica });
  keys ??= await deriveKeys('a passphrase', new TextEncoder().encode('salt'), 1);
  server ??= new PouchDB(`server-${Math.random()}`, { adapter: 'memory' });
  return { db, replica: replica as unknown as Replica, keys };
}

/** Replication from the server as the extension runs it. */
const pullFrom =
  (ctx: SyncContext): Pull =>
  async (onBatch) => {
    await (ctx.replica as unknown as PouchDB.Database).replicate
      .from(server, { batch_size: 100 })
      .on('change', (info) => onBatch(info.docs_written));
  };

/** One round as the extension runs it: send, replicate both ways with the server, receive. */
async function round(ctx: SyncContext) {
  const sent = await sendEdits(ctx);
  await (ctx.replica as unknown as PouchDB.Database).replicate.to(server);
  await pullAndApply(ctx, sent, pullFrom(ctx));
  return sent;
}

/** Counts the documents the device reads back from its replica's changes feed. */
function countFeedReads(ctx: SyncContext): () => number {
  const replica = ctx.replica as unknown as { changes: Replica['changes'] };
  const feed = replica.changes.bind(replica);
  let read = 0;
  // Replication reads the feed too, as an emitter: that is handed back as it is, and not counted.
  replica.changes = (options) => {
    const got = feed(options);
    if (options.include_docs)
      void got.then((r) => {
        read += r.results.length;
      });
    return got;
  };
  return () => read;
}

async function storedVersion(ctx: SyncContext, ref: string) {
  const row = await ctx.db.syncVersions.get(ref);
  if (!row) throw new Error(`No version kept for ${ref}`);
  return unpack(row.version);
}

const person = (id: string, fields: Partial<Person> = {}) => derivePerson({ id, name: 'Ada', direction: 'up', ...fields } as Person);
const names = async (ctx: SyncContext) =>
  (await ctx.db.people.orderBy('id').toArray()).map((p) => `${p.id} ${p.name} ${p.role ?? ''}`.trim());

afterEach(async () => {
  for (const { db, replica } of open.splice(0)) {
    db.close();
    await replica.destroy();
  }
  await server?.destroy();
  server = undefined as unknown as PouchDB.Database;
});

describe('sync between two devices', () => {
  it('carries a new person, an edit and a delete both ways', async () => {
    const [a, b] = [await device(), await device()];
    await a.db.people.put(person('p1'));
    await round(a);
    await round(b);
    expect(await names(b)).toEqual(['p1 Ada']);
    expect((await b.db.stats.get('people'))?.active.up).toBe(1);
    await b.db.people.put(person('p1', { role: 'CTO' }));
    await round(b);
    await round(a);
    expect(await names(a)).toEqual(['p1 Ada CTO']);
    await a.db.people.delete('p1');
    await round(a);
    await round(b);
    expect(await names(b)).toEqual([]);
    expect((await b.db.stats.get('people'))?.active.up).toBe(0);
  });

  it('merges edits both devices made while apart, keeping a same-field clash as a conflict', async () => {
    const [a, b] = [await device(), await device()];
    await a.db.people.put(person('p1', { role: 'Engineer', learnFrom: 'first' }));
    await round(a);
    await round(b);
    await a.db.people.put(person('p1', { role: 'CTO', learnFrom: 'from a' }));
    await b.db.people.put(person('p1', { name: 'Ada Lovelace', role: 'Engineer', learnFrom: 'from b' }));
    await round(a);
    await round(b);
    await round(a);
    const [pa, pb] = [await a.db.people.get('p1'), await b.db.people.get('p1')];
    expect(pa).toEqual(pb);
    expect(pa).toMatchObject({ name: 'Ada Lovelace', role: 'CTO' });
    const [conflict] = conflictsOf(await storedVersion(a, 'people:p1'));
    expect(conflict?.field).toBe('learnFrom');
    expect([conflict?.shown.v, ...(conflict?.others.map((o) => o.v) ?? [])].sort()).toEqual(['from a', 'from b']);
  });

  it('settles a conflict on every device once the user keeps one value', async () => {
    const [a, b] = [await device(), await device()];
    await a.db.people.put(person('p1', { learnFrom: 'first' }));
    await round(a);
    await round(b);
    await a.db.people.put(person('p1', { learnFrom: 'from a' }));
    await b.db.people.put(person('p1', { learnFrom: 'from b' }));
    await round(a);
    await round(b);
    await round(a);
    expect(await a.db.syncVersions.where('conflicted').equals(1).count()).toBe(1);
    const kept = (await a.db.people.get('p1'))?.learnFrom === 'from a' ? 'from b' : 'from a';
    await a.db.people.put(person('p1', { learnFrom: kept }));
    await a.db.outbox.update('people:p1', { settle: ['learnFrom'] });
    await round(a);
    await round(b);
    expect((await b.db.people.get('p1'))?.learnFrom).toBe(kept);
    expect(await b.db.syncVersions.where('conflicted').equals(1).count()).toBe(0);
    expect(await a.db.syncVersions.where('conflicted').equals(1).count()).toBe(0);
  });

  it('brings back a record deleted on one device and edited on the other, and says so', async () => {
    const [a, b] = [await device(), await device()];
    await a.db.people.put(person('p1'));
    await round(a);
    await round(b);
    await a.db.people.delete('p1');
    await b.db.people.put(person('p1', { role: 'CEO' }));
    await round(b);
    const result = await round(a);
    expect(result.revived).toEqual(['people:p1']);
    expect(await names(a)).toEqual(['p1 Ada CEO']);
  });

  it('sends nothing back that it received, and never writes the replica when nothing changed', async () => {
    const [a, b] = [await device(), await device()];
    await a.db.people.put(person('p1'));
    await round(a);
    await round(b);
    expect(await b.db.outbox.count()).toBe(0);
    const again = await round(b);
    expect(again).toMatchObject({ sent: 0, applied: 0 });
  });

  it('reads none of its own writes back from the replica', async () => {
    const a = await device();
    await a.db.people.bulkPut([person('p1'), person('p2', { name: 'Grace' })]);
    expect(await sendEdits(a)).toMatchObject({ sent: 2 });
    const readBack = countFeedReads(a);
    await receiveEdits(a);
    expect(readBack()).toBe(0);
  });

  it('still applies what reached the replica before its own edits were sent', async () => {
    const [a, b] = [await device(), await device()];
    await a.db.people.put(person('p1'));
    await round(a);
    // b's replica holds a's record, not yet applied, when b sends an edit of its own.
    await (b.replica as unknown as PouchDB.Database).replicate.from(server);
    await b.db.people.put(person('p2', { name: 'Grace' }));
    await round(b);
    expect(await names(b)).toEqual(['p1 Ada', 'p2 Grace']);
  });

  it('reads documents written before versions were packed', async () => {
    const [a, b] = [await device(), await device()];
    await a.db.people.put(person('p1', { role: 'CTO' }));
    await round(a);
    const { rows } = await server.allDocs({ include_docs: true });
    const doc = rows[0]?.doc as unknown as SealedDoc & PouchDoc;
    const version = await openVersion(keys, doc);
    await (server as unknown as { put(d: object): Promise<unknown> }).put({ ...doc, v: 1, ...(await seal(keys, doc._id, version)) });
    await round(b);
    expect(await names(b)).toEqual(['p1 Ada CTO']);
  });

  it('receives everything on a fresh device, record for record', async () => {
    const a = await device();
    await a.db.people.bulkPut(Array.from({ length: 300 }, (_, i) => person(`p${String(i).padStart(3, '0')}`, { name: `Person ${i}` })));
    await a.db.settings.put({ key: 'theme', value: 'dark' });
    await a.db.settings.put({ key: 'prep.timer', value: { running: true } });
    await round(a);
    const b = await device();
    await round(b);
    expect(await b.db.people.count()).toBe(300);
    expect(await b.db.people.toArray()).toEqual(await a.db.people.toArray());
    expect((await b.db.settings.get('theme'))?.value).toBe('dark');
    // A device's own state stays on it.
    expect(await b.db.settings.get('prep.timer')).toBeUndefined();
  });

  it('merges two devices that already held the same data without duplicates or conflicts', async () => {
    const [a, b] = [await device(), await device()];
    await a.db.people.put(person('p1', { role: 'CTO' }));
    await b.db.people.put(person('p1', { role: 'CTO' }));
    await b.db.people.put(person('p2', { name: 'Grace' }));
    await round(a);
    await round(b);
    await round(a);
    expect(await names(a)).toEqual(['p1 Ada CTO', 'p2 Grace']);
    expect(conflictsOf(await storedVersion(a, 'people:p1'))).toEqual([]);
  });

  it('refuses a document written with another key and applies the rest', async () => {
    const [a, b] = [await device(), await device()];
    await a.db.people.put(person('p1'));
    await round(a);
    const stranger = await device();
    stranger.keys = await deriveKeys('another passphrase', new TextEncoder().encode('salt'), 1);
    await stranger.db.people.put(person('p2', { name: 'Mallory' }));
    await round(stranger);
    const result = await round(b);
    expect(await names(b)).toEqual(['p1 Ada']);
    expect(result.refused).toHaveLength(1);
  });

  it('keeps no plaintext on the server', async () => {
    const a = await device();
    await a.db.people.put(person('p1', { name: 'Marker Name 7731', learnFrom: 'Marker note 7731' }));
    await round(a);
    const { rows } = await server.allDocs({ include_docs: true });
    expect(rows.length).toBe(1);
    const raw = JSON.stringify(rows);
    // Markers with characters base64 never has, so ciphertext cannot contain them by chance.
    for (const marker of ['Marker Name 7731', 'Marker note 7731', 'people:', '"name"', '"updatedAt"', 'learnFrom'])
      expect(raw).not.toContain(marker);
  });
});

/** A backup restored on one device: everything replaced in one transaction, as an import does. */
async function restore(ctx: SyncContext, people: Person[]) {
  await ctx.db.transaction('rw', ctx.db.people, async (tx) => {
    markWrites(tx, 'replace');
    await ctx.db.people.clear();
    await ctx.db.people.bulkAdd(people);
  });
}

describe("a device's first download", () => {
  async function networkOn(a: SyncContext, people: number) {
    await a.db.people.bulkPut(Array.from({ length: people }, (_, i) => person(`p${String(i).padStart(3, '0')}`, { name: `Person ${i}` })));
    await round(a);
  }

  it('takes in everything without looking for records it cannot hold yet', async () => {
    const a = await device();
    await networkOn(a, 300);
    const b = await device();
    let lookups = 0;
    for (const table of [b.db.syncVersions, b.db.people] as Array<{ bulkGet: (keys: string[]) => Promise<unknown[]> }>) {
      const bulkGet = table.bulkGet.bind(table);
      table.bulkGet = (keys) => {
        lookups += keys.length;
        return bulkGet(keys);
      };
    }
    await round(b);
    expect(await b.db.people.toArray()).toEqual(await a.db.people.toArray());
    expect((await b.db.stats.get('people'))?.active.up).toBe(300);
    expect(lookups).toBe(0);
    expect(await round(b)).toMatchObject({ sent: 0, applied: 0 });
  });

  it('says how far it is: documents received, then records applied', async () => {
    const a = await device();
    await networkOn(a, 300);
    const b = await device();
    const reports: Array<{ received: number; applied: number }> = [];
    const report: OnProgress = (p) => reports.push(p);
    await pullAndApply(b, await sendEdits(b), pullFrom(b), report);
    const received = reports.map((r) => r.received);
    expect(received).toEqual([...received].sort((x, y) => x - y));
    expect(reports.filter((r) => r.applied).map((r) => r.received)).toEqual([300]);
    expect(reports.at(-1)).toEqual({ received: 300, applied: 300 });
    // Later rounds are no first download: they have nothing to tell.
    await b.db.people.put(person('p999'));
    reports.length = 0;
    await pullAndApply(b, await sendEdits(b), pullFrom(b), report);
    expect(reports).toEqual([]);
  });

  it('cut off part-way, gets the rest in the next round, each record counted once', async () => {
    const a = await device();
    await networkOn(a, 300);
    const b = await device();
    const ids = (await server.allDocs()).rows.map((r) => r.id);
    const cut: Pull = async () => {
      await (b.replica as unknown as PouchDB.Database).replicate.from(server, { doc_ids: ids.slice(0, 100) });
      throw new Error('The server went away.');
    };
    await expect(pullAndApply(b, await sendEdits(b), cut)).rejects.toThrow('went away');
    expect(await b.db.people.count()).toBeGreaterThan(90);
    // The rest may meet records already here: the next round looks them up.
    expect(await isFirstDownload(b)).toBe(false);
    await round(b);
    expect(await b.db.people.toArray()).toEqual(await a.db.people.toArray());
    expect((await b.db.stats.get('people'))?.active.up).toBe(300);
  });

  it('keeps a backup restored while it downloads, and counts each person once', async () => {
    const a = await device();
    await networkOn(a, 300);
    const b = await device();
    // The restore lands once the download is in the replica, before it is applied here.
    const pullThenRestore: Pull = async (onBatch) => {
      await pullFrom(b)(onBatch);
      await restore(b, [person('p000', { name: 'Restored' }), person('p900', { name: 'Only in the backup' })]);
    };
    await pullAndApply(b, await sendEdits(b), pullThenRestore);
    await round(b);
    await round(a);
    const restored = await b.db.people.get('p000');
    const kept = [
      restored?.name,
      ...conflictsOf(await storedVersion(b, 'people:p000')).flatMap((c) => [c.shown.v, ...c.others.map((o) => o.v)]),
    ];
    expect(kept).toContain('Restored');
    expect(await b.db.people.get('p900')).toMatchObject({ name: 'Only in the backup' });
    expect(await b.db.people.count()).toBe(301);
    expect((await b.db.stats.get('people'))?.active.up).toBe(301);
    expect(await names(a)).toEqual(await names(b));
  });

  it('counts a record once when two documents claim it', async () => {
    const a = await device();
    // More than one batch of the feed, so that the two documents are applied in different batches.
    await networkOn(a, 1100);
    // The first person's document, in the feed's first batch; the second is written last.
    const doc = (await (server as unknown as { get(id: string): Promise<unknown> }).get(
      await documentId(keys, 'people:p000'),
    )) as SealedDoc & PouchDoc;
    const version = pack(await openVersion(keys, doc));
    await (server as unknown as { put(d: object): Promise<unknown> }).put({
      _id: 'dsecond',
      v: 2,
      ...(await seal(keys, 'dsecond', version)),
    });
    const b = await device();
    await round(b);
    expect(await b.db.people.count()).toBe(1100);
    expect((await b.db.stats.get('people'))?.active.up).toBe(1100);
  });

  it('merges a record the server holds in two revisions, keeping both values', async () => {
    const [a, c] = [await device(), await device()];
    await a.db.people.put(person('p1', { role: 'CTO' }));
    await round(a);
    // c never saw a's version: the server ends with two revisions of the one document.
    await c.db.people.put(person('p1', { role: 'Founder' }));
    await sendEdits(c);
    await (c.replica as unknown as PouchDB.Database).replicate.to(server);
    const b = await device();
    await round(b);
    const [conflict] = conflictsOf(await storedVersion(b, 'people:p1'));
    expect(conflict?.field).toBe('role');
    expect([conflict?.shown.v, ...(conflict?.others.map((o) => o.v) ?? [])].sort()).toEqual(['CTO', 'Founder']);
    expect(['CTO', 'Founder']).toContain((await b.db.people.get('p1'))?.role);
    const { rows } = await (b.replica as unknown as Replica).allDocs({
      keys: [rows0(await server.allDocs())],
      include_docs: true,
      conflicts: true,
    });
    expect(rows[0]?.doc?._conflicts ?? []).toEqual([]);
  });
});

const rows0 = (all: { rows: Array<{ id: string }> }) => all.rows.find((r) => r.id.startsWith('d'))?.id ?? '';

describe('a restore while sync is on', () => {
  it('sent to every device, removes what it lacks everywhere', async () => {
    const [a, b] = [await device(), await device()];
    await a.db.people.bulkPut([person('p1'), person('p2', { name: 'Grace' })]);
    await round(a);
    await round(b);
    await restore(a, [person('p1')]);
    await round(a);
    await round(b);
    expect(await names(b)).toEqual(['p1 Ada']);
  });

  it('sent twice in a row, the second removes everywhere what only the first held', async () => {
    const [a, b] = [await device(), await device()];
    await restore(a, [person('p1'), person('p2', { name: 'Grace' })]);
    await round(a);
    await round(b);
    await restore(a, [person('p1')]);
    await round(a);
    await round(b);
    expect(await names(b)).toEqual(['p1 Ada']);
  });

  it('kept on one device, deletes nothing elsewhere, and the device gets the rest back when it rejoins', async () => {
    const [a, b] = [await device(), await device()];
    await a.db.people.bulkPut([person('p1'), person('p2', { name: 'Grace' })]);
    await round(a);
    await round(b);
    await restore(a, [person('p1', { role: 'Restored' }), person('p3', { name: 'Only in the backup' })]);
    await b.db.people.put(person('p4', { name: 'Added on b meanwhile' }));
    await round(b);
    await startAsFirstSync(a.db);
    await round(a);
    await round(b);
    const all = ['p1 Ada Restored', 'p2 Grace', 'p3 Only in the backup', 'p4 Added on b meanwhile'];
    expect(await names(a)).toEqual(all);
    expect(await names(b)).toEqual(all);
  });
});
