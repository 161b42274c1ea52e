// A record's version as sync stores it (in the replica's documents and in syncVersions): each
// device id and each edit written once and referred to by position. As built in versions.ts,
// every field carries its edit's device id and date, so a record written once stored the same
// 80 characters per field, 3–4 times the record itself; the first sync of a network moved and
// wrote all of it. `unpack(pack(v))` gives `v` back exactly, with its keys in the same order,
// since rounds compare versions by their serialisation.
import type { Dot, FieldValue, RecordVersion, Seen } from './versions';

/** Devices by position; `[device, count]` pairs for `seen`. */
type PackedSeen = Array<[number, number]>;

export interface PackedVersion {
  /** The record (`table:key`). */
  r: string;
  /** Device ids. */
  d: string[];
  s: PackedSeen;
  /** Edits: [device, count, time]. */
  e: Array<[number, number, string]>;
  /** Per field, its values: [edit] for a removed field, [edit, value] otherwise. */
  f: Record<string, Array<[number] | [number, unknown]>>;
  /** Deletions: [edit, what it had seen]. */
  x: Array<[number, PackedSeen]>;
}

class Numbering<T> {
  readonly list: T[] = [];
  private readonly at = new Map<string, number>();
  constructor(private readonly keyOf: (item: T) => string) {}
  of(item: T): number {
    const key = this.keyOf(item);
    let n = this.at.get(key);
    if (n === undefined) {
      n = this.list.push(item) - 1;
      this.at.set(key, n);
    }
    return n;
  }
}

export function pack(v: RecordVersion): PackedVersion {
  const devices = new Numbering<string>((d) => d);
  const edits = new Numbering<Dot>((dot) => `${dot.d}:${dot.c}`);
  const seen = (s: Seen): PackedSeen => Object.entries(s).map(([d, c]) => [devices.of(d), c]);
  const s = seen(v.seen);
  const f: PackedVersion['f'] = {};
  for (const [name, values] of Object.entries(v.fields))
    f[name] = values.map((value) => ('v' in value ? [edits.of(value.dot), value.v] : [edits.of(value.dot)]));
  const x = v.deletions.map((del): [number, PackedSeen] => [edits.of(del.dot), seen(del.seen)]);
  const e = edits.list.map((dot): [number, number, string] => [devices.of(dot.d), dot.c, dot.t]);
  return { r: v.ref, d: devices.list, s, e, f, x };
}

export function unpack(p: PackedVersion): RecordVersion {
  const device = (n: number) => p.d[n] as string;
  const seen = (s: PackedSeen): Seen => Object.fromEntries(s.map(([n, c]) => [device(n), c]));
  const dots = p.e.map(([n, c, t]): Dot => ({ d: device(n), c, t }));
  const dot = (n: number) => dots[n] as Dot;
  const fields: Record<string, FieldValue[]> = {};
  for (const [name, values] of Object.entries(p.f))
    fields[name] = values.map((value) => (value.length === 2 ? { v: value[1], dot: dot(value[0]) } : { dot: dot(value[0]) }));
  const deletions = p.x.map(([n, s]) => ({ dot: dot(n), seen: seen(s) }));
  return { ref: p.r, seen: seen(p.s), fields, deletions };
}
