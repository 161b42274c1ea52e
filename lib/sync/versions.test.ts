import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pack, unpack } from './packed';
import {
  conflictsOf,
  currentRecord,
  type Dot,
  emptyVersion,
  isAlive,
  mergeVersions,
  type RecordVersion,
  type Seen,
  writeLocal,
} from './versions';

const at = (n: number) => new Date(Date.UTC(2026, 11, 1, 9, 0, n)).toISOString();

/** A device: its count of edits, and its versions by record. */
class Device {
  count = 0;
  versions = new Map<string, RecordVersion>();
  constructor(readonly id: string) {}
  version(ref: string) {
    return this.versions.get(ref) ?? emptyVersion(ref);
  }
  dot(t: string): Dot {
    this.count += 1;
    return { d: this.id, c: this.count, t };
  }
  write(ref: string, record: Record<string, unknown> | undefined, t: string, settle: string[] = []) {
    this.versions.set(ref, writeLocal(this.version(ref), record, this.dot(t), settle));
  }
  edit(ref: string, field: string, value: unknown, t: string) {
    this.write(ref, { ...(currentRecord(this.version(ref)) ?? {}), [field]: value }, t);
  }
  receive(from: Device) {
    for (const [ref, v] of from.versions) this.versions.set(ref, mergeVersions(this.version(ref), v));
  }
}

const sync = (a: Device, b: Device) => {
  a.receive(b);
  b.receive(a);
};

describe('one record, edited on two devices', () => {
  it('merges fields changed on one side only', () => {
    const [a, b] = [new Device('a'), new Device('b')];
    a.write('p', { name: 'Ada', role: 'Engineer' }, at(1));
    sync(a, b);
    a.edit('p', 'role', 'CTO', at(2));
    b.edit('p', 'name', 'Ada Lovelace', at(3));
    sync(a, b);
    expect(currentRecord(a.version('p'))).toEqual({ name: 'Ada Lovelace', role: 'CTO' });
    expect(b.version('p')).toEqual(a.version('p'));
    expect(conflictsOf(a.version('p'))).toEqual([]);
  });

  it('shows the later of two edits of one field and keeps the other until the user picks', () => {
    const [a, b] = [new Device('a'), new Device('b')];
    a.write('p', { name: 'Ada', notes: 'old' }, at(1));
    sync(a, b);
    a.edit('p', 'notes', 'from the laptop', at(5));
    b.edit('p', 'notes', 'from the phone', at(4));
    sync(a, b);
    expect(currentRecord(b.version('p'))?.notes).toBe('from the laptop');
    const [conflict] = conflictsOf(b.version('p'));
    expect(conflict?.field).toBe('notes');
    expect(conflict?.others.map((o) => o.v)).toEqual(['from the phone']);
    // Keeping the phone's version settles it everywhere.
    b.write('p', { name: 'Ada', notes: 'from the phone' }, at(6), ['notes']);
    sync(a, b);
    expect(currentRecord(a.version('p'))?.notes).toBe('from the phone');
    expect(conflictsOf(a.version('p'))).toEqual([]);
  });

  it('does not call an edit made after seeing the other a conflict', () => {
    const [a, b] = [new Device('a'), new Device('b')];
    a.write('p', { name: 'Ada' }, at(1));
    sync(a, b);
    b.edit('p', 'name', 'Ada L.', at(2));
    sync(a, b);
    a.edit('p', 'name', 'Ada Lovelace', at(1)); // a's clock is behind, but a had seen b's edit
    sync(a, b);
    expect(currentRecord(b.version('p'))?.name).toBe('Ada Lovelace');
    expect(conflictsOf(b.version('p'))).toEqual([]);
  });

  it('lets an edit beat a delete, bringing the whole record back', () => {
    const [a, b] = [new Device('a'), new Device('b')];
    a.write('p', { name: 'Ada', role: 'CTO' }, at(1));
    sync(a, b);
    a.write('p', undefined, at(2));
    b.edit('p', 'role', 'CEO', at(3));
    sync(a, b);
    expect(currentRecord(a.version('p'))).toEqual({ name: 'Ada', role: 'CEO' });
  });

  it('deletes when the deleting device had seen every edit', () => {
    const [a, b] = [new Device('a'), new Device('b')];
    a.write('p', { name: 'Ada' }, at(1));
    sync(a, b);
    b.write('p', undefined, at(2));
    sync(a, b);
    expect(isAlive(a.version('p'))).toBe(false);
    a.write('p', { name: 'Ada' }, at(3)); // an undo writes it again
    sync(a, b);
    expect(currentRecord(b.version('p'))).toEqual({ name: 'Ada' });
  });
});

// Random histories on three devices: edits of a few fields, deletes, and syncs between any two, in
// any order. Every write is logged with what its device had seen, to check that nothing was lost.
type Op =
  | { kind: 'edit'; device: number; ref: string; field: string; value: number }
  | { kind: 'delete'; device: number; ref: string }
  | { kind: 'sync'; from: number; to: number };

const refs = fc.constantFrom('r1', 'r2');
const device = fc.integer({ min: 0, max: 2 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('edit' as const), device, ref: refs, field: fc.constantFrom('x', 'y', 'z'), value: fc.integer() }),
  fc.record({ kind: fc.constant('delete' as const), device, ref: refs }),
  fc.record({ kind: fc.constant('sync' as const), from: device, to: device }),
);
// Clocks disagree between devices: each edit gets an arbitrary time.
const history = fc.array(fc.tuple(op, fc.integer({ min: 0, max: 50 })), { maxLength: 40 });

interface Logged {
  ref: string;
  field?: string;
  dot: Dot;
  seenBefore: Seen;
}

function play(ops: Array<[Op, number]>) {
  const devices = ['a', 'b', 'c'].map((id) => new Device(id));
  const log: Logged[] = [];
  for (const [o, t] of ops) {
    if (o.kind === 'sync') {
      devices[o.to]?.receive(devices[o.from] as Device);
      continue;
    }
    const d = devices[o.device] as Device;
    const before = d.version(o.ref);
    if (o.kind === 'edit') d.edit(o.ref, o.field, o.value, at(t));
    else d.write(o.ref, undefined, at(t));
    if (d.version(o.ref) !== before)
      log.push({
        ref: o.ref,
        field: o.kind === 'edit' ? o.field : undefined,
        dot: { d: d.id, c: d.count, t: at(t) },
        seenBefore: before.seen,
      });
  }
  return { devices, log };
}

const covers = (seen: Seen, dot: Dot) => (seen[dot.d] ?? 0) >= dot.c;

describe('any history on three devices', () => {
  it('ends in the same state on every device, whatever the order of syncs', () => {
    fc.assert(
      fc.property(history, fc.array(fc.tuple(device, device), { maxLength: 6 }), (ops, extraSyncs) => {
        const { devices } = play(ops);
        const [a, b, c] = devices as [Device, Device, Device];
        for (const [x, y] of extraSyncs) sync(devices[x] as Device, devices[y] as Device);
        sync(a, b);
        sync(b, c);
        sync(a, b);
        for (const ref of ['r1', 'r2']) {
          expect(b.version(ref)).toEqual(a.version(ref));
          expect(c.version(ref)).toEqual(a.version(ref));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('keeps every value unless a device overwrote or deleted it knowingly; an unseen edit keeps the record', () => {
    fc.assert(
      fc.property(history, (ops) => {
        const { devices, log } = play(ops);
        const [a, b, c] = devices as [Device, Device, Device];
        sync(a, b);
        sync(b, c);
        sync(a, b);
        for (const w of log.filter((x) => x.field)) {
          const final = a.version(w.ref);
          const kept = (final.fields[w.field as string] ?? []).some((f) => f.dot.d === w.dot.d && f.dot.c === w.dot.c);
          const overwritten = log.some((o) => o.ref === w.ref && o.field === w.field && covers(o.seenBefore, w.dot));
          const deletedKnowingly = log.some((o) => o.ref === w.ref && !o.field && covers(o.seenBefore, w.dot));
          expect(kept || overwritten || deletedKnowingly, `${w.ref}.${w.field} by ${w.dot.d}:${w.dot.c}`).toBe(true);
          if (kept && !deletedKnowingly) expect(isAlive(final), `${w.ref} alive`).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('merges in any order and any number of times to the same version', () => {
    fc.assert(
      fc.property(history, (ops) => {
        const { devices } = play(ops);
        const [a, b, c] = devices.map((d) => d.version('r1')) as [RecordVersion, RecordVersion, RecordVersion];
        expect(mergeVersions(a, b)).toEqual(mergeVersions(b, a));
        expect(mergeVersions(mergeVersions(a, b), c)).toEqual(mergeVersions(a, mergeVersions(b, c)));
        expect(mergeVersions(a, a)).toEqual(a);
      }),
      { numRuns: 400 },
    );
  });

  it('packs every version for storage and reads it back exactly, in the same key order', () => {
    fc.assert(
      fc.property(history, (ops) => {
        for (const d of play(ops).devices)
          for (const v of d.versions.values()) {
            const stored = JSON.parse(JSON.stringify(pack(v)));
            expect(JSON.stringify(unpack(stored))).toBe(JSON.stringify(v));
          }
      }),
      { numRuns: 400 },
    );
  });
});
