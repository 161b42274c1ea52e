// How one record's versions from several devices become one, the same on every device, without
// losing an edit. Each field keeps the edits no device has overwritten knowingly (a multi-value
// register with a causal context, as in delta-state CRDTs): an edit made without having seen
// another edit of the same field leaves both, the later shown, the other kept as a conflict until
// the user picks. A delete hides the record only when it had seen every edit: an edit made
// elsewhere meanwhile brings the record back.
//
// The merge is commutative, associative and idempotent (versions.test.ts checks it on random
// histories), so devices may exchange versions in any order, any number of times.

/** One edit: which device made it, its count on that device, and when (the "later" in "the later edit wins"). */
export interface Dot {
  d: string;
  c: number;
  t: string;
}

/** Per device, the highest count of its edits this version has seen. */
export type Seen = Record<string, number>;

/** A field's value as one edit left it; no `v` means the edit removed the field. */
export interface FieldValue {
  v?: unknown;
  dot: Dot;
}

export interface Deletion {
  dot: Dot;
  /** What the deleting device had seen: the edits it meant to delete. */
  seen: Seen;
}

/** What sync stores (encrypted) for one record. */
export interface RecordVersion {
  ref: string;
  seen: Seen;
  fields: Record<string, FieldValue[]>;
  deletions: Deletion[];
}

export interface Conflict {
  field: string;
  /** The value shown: the later edit. */
  shown: FieldValue;
  /** The values it won over, kept until the user picks one. */
  others: FieldValue[];
}

const covers = (seen: Seen, dot: Dot) => (seen[dot.d] ?? 0) >= dot.c;
const sameDot = (a: Dot, b: Dot) => a.d === b.d && a.c === b.c;
const dotId = (dot: Dot) => `${dot.d}:${dot.c}`;

/** Later first: by time, then device and count, so every device orders ties the same way. */
function laterFirst(a: FieldValue, b: FieldValue): number {
  if (a.dot.t !== b.dot.t) return a.dot.t > b.dot.t ? -1 : 1;
  if (a.dot.d !== b.dot.d) return a.dot.d > b.dot.d ? -1 : 1;
  return b.dot.c - a.dot.c;
}

const sortDeletions = (list: Deletion[]) => list.sort((x, y) => dotId(x.dot).localeCompare(dotId(y.dot)));

export function emptyVersion(ref: string): RecordVersion {
  return { ref, seen: {}, fields: {}, deletions: [] };
}

function maxSeen(a: Seen, b: Seen): Seen {
  const out: Seen = { ...a };
  for (const [d, c] of Object.entries(b)) out[d] = Math.max(out[d] ?? 0, c);
  return out;
}

/** The edits of one field both versions keep: those in both, and those the other had not seen. */
function joinField(a: FieldValue[], aSeen: Seen, b: FieldValue[], bSeen: Seen): FieldValue[] {
  const inB = (x: FieldValue) => b.some((y) => sameDot(x.dot, y.dot));
  const inA = (y: FieldValue) => a.some((x) => sameDot(x.dot, y.dot));
  const kept = [...a.filter((x) => inB(x) || !covers(bSeen, x.dot)), ...b.filter((y) => !inA(y) && !covers(aSeen, y.dot))];
  return kept.sort(laterFirst);
}

export function mergeVersions(a: RecordVersion, b: RecordVersion): RecordVersion {
  const fields: Record<string, FieldValue[]> = {};
  for (const name of new Set([...Object.keys(a.fields), ...Object.keys(b.fields)])) {
    const joined = joinField(a.fields[name] ?? [], a.seen, b.fields[name] ?? [], b.seen);
    if (joined.length) fields[name] = joined;
  }
  const deletions = [...a.deletions, ...b.deletions.filter((x) => !a.deletions.some((y) => sameDot(x.dot, y.dot)))];
  return { ref: a.ref, seen: maxSeen(a.seen, b.seen), fields, deletions: sortDeletions(deletions) };
}

/** Whether the record exists: no deletion, or an edit that no deletion had seen. */
export function isAlive(v: RecordVersion): boolean {
  const edits = Object.values(v.fields).flat();
  if (!edits.length) return false;
  return edits.some((e) => !v.deletions.some((del) => covers(del.seen, e.dot)));
}

/** The record as every device shows it, or undefined when it is deleted. */
export function currentRecord(v: RecordVersion): Record<string, unknown> | undefined {
  if (!isAlive(v)) return undefined;
  const out: Record<string, unknown> = {};
  for (const [name, values] of Object.entries(v.fields)) {
    const shown = values[0];
    if (shown && 'v' in shown) out[name] = shown.v;
  }
  return out;
}

/** Bookkeeping, not the user's words: two devices editing a record always both change it. */
const NOT_A_CONFLICT = new Set(['updatedAt']);

/**
 * Fields with values the shown one won over. Two devices that wrote the same value do not
 * disagree, and neither do their `updatedAt`s (the later is kept).
 */
export function conflictsOf(v: RecordVersion): Conflict[] {
  return Object.entries(v.fields).flatMap(([field, [shown, ...rest]]) => {
    if (NOT_A_CONFLICT.has(field)) return [];
    const others = rest.filter((o) => !same(o.v, shown?.v));
    return shown && others.length ? [{ field, shown, others }] : [];
  });
}

/** Equal as stored: records are JSON, so their serialisations compare them. */
export const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);

/**
 * The version after this device's own edit. `record` undefined deletes it. Only fields whose value
 * changed get a new edit, so an edit of one field never overrides another device's edit of
 * another. `settle` lists fields whose conflict the user settled: they get a new edit even when
 * the value shown stays, which sets the others aside. A record that was deleted and is written
 * again (an undo, a restore) gets every field anew.
 */
export function writeLocal(
  v: RecordVersion,
  record: Record<string, unknown> | undefined,
  dot: Dot,
  settle: readonly string[] = [],
): RecordVersion {
  const seen = { ...v.seen, [dot.d]: dot.c };
  if (!record) return isAlive(v) ? { ...v, seen, deletions: sortDeletions([...v.deletions, { dot, seen: v.seen }]) } : v;
  const current = currentRecord(v);
  const changed = [...new Set([...Object.keys(record), ...Object.keys(v.fields)])].filter(
    (name) => !current || !same(record[name], current[name]) || settle.includes(name),
  );
  if (!changed.length) return v;
  const fields = { ...v.fields };
  for (const name of changed) fields[name] = [record[name] === undefined ? { dot } : { v: record[name], dot }];
  return { ...v, seen, fields };
}
