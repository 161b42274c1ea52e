import memory from 'pouchdb-adapter-memory';
import PouchDB from 'pouchdb-core';
import replication from 'pouchdb-replication';
import { describe, expect, it, vi } from 'vitest';
import { revsDiffInOneRead } from './revs-diff';

const Pouch = PouchDB.plugin(memory).plugin(replication);
type Db = PouchDB.Database & {
  bulkDocs(docs: object[], options?: { new_edits: false }): Promise<unknown>;
  _getRevisionTree: (...args: unknown[]) => void;
};

const open = () => new Pouch(`revs-diff-${Math.random()}`, { adapter: 'memory' }) as Db;

/** A revision as replication writes it: `pos-hash`, with the hashes of its ancestors. */
const revision = (id: string, hashes: string[], extra: object = {}) => ({
  _id: id,
  _rev: `${hashes.length}-${hashes.at(-1)}`,
  _revisions: { start: hashes.length, ids: [...hashes].reverse() },
  ...extra,
});

async function held(): Promise<Db> {
  const db = open();
  await db.bulkDocs(
    [
      revision('at-two', ['a1', 'a2']),
      revision('deleted', ['d1', 'd2'], { _deleted: true }),
      revision('conflicted', ['c1', 'left']),
      revision('conflicted', ['c1', 'right']),
    ],
    { new_edits: false },
  );
  return db;
}

const ASKED = {
  never: ['1-n1', '2-n2'],
  'at-two': ['2-a2', '3-a3', '1-a1'],
  deleted: ['2-d2', '3-d3'],
  conflicted: ['2-left', '2-right', '2-other'],
};

describe('revsDiffInOneRead', () => {
  it('answers as PouchDB does, for documents absent, held, deleted and in conflict', async () => {
    const db = await held();
    const theirs = await db.revsDiff(ASKED);
    expect(await revsDiffInOneRead(db)(ASKED)).toEqual(theirs);
    expect(theirs).toEqual({
      never: { missing: ['1-n1', '2-n2'] },
      // An ancestor that came as a name only, with no body, counts as missing too.
      'at-two': { missing: ['1-a1', '3-a3'] },
      deleted: { missing: ['3-d3'] },
      conflicted: { missing: ['2-other'] },
    });
  });

  it('looks up no document one by one when the replica holds none of them (a first sync)', async () => {
    const db = await held();
    const lookups = vi.spyOn(db, '_getRevisionTree');
    await revsDiffInOneRead(db)({ never: ['1-n1'], nor: ['1-x'] });
    expect(lookups).not.toHaveBeenCalled();
    await revsDiffInOneRead(db)(ASKED);
    expect(lookups).toHaveBeenCalledTimes(3);
  });

  it('replicates every revision, conflicts included, as without it', async () => {
    const source = await held();
    const plain = open();
    const shimmed = open();
    shimmed.revsDiff = revsDiffInOneRead(shimmed);
    await plain.replicate.from(source);
    await shimmed.replicate.from(source);
    // Then held documents change at the source: their new revisions are the ones that come.
    await source.bulkDocs([revision('at-two', ['a1', 'a2', 'a3']), revision('conflicted', ['c1', 'other'])], { new_edits: false });
    await plain.replicate.from(source);
    expect((await shimmed.replicate.from(source)).docs_written).toBe(2);
    for (const id of Object.keys(ASKED))
      expect(await (shimmed as unknown as Replica).get(id, { open_revs: 'all' }).catch(() => 'none')).toEqual(
        await (plain as unknown as Replica).get(id, { open_revs: 'all' }).catch(() => 'none'),
      );
  });
});

type Replica = { get(id: string, options: { open_revs: 'all' }): Promise<unknown> };
