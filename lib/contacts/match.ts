// Who in a contacts file is already in the network, and what importing them would change.
// A match is the same import source, else the same email, else the same name ignoring case,
// accents and spacing. Merging only fills what is empty and adds what is missing: what the
// user wrote is never overwritten.
import { DEFAULT_CADENCE } from '../model/cadence';
import type { Direction, Person } from '../model/types';
import type { ContactPatch } from '../repos/people';
import type { ContactRow } from './types';

/** "  Zoë  O'Brien " and "zoe o'brien" are the same name; so are "Anne Marie" and "AnneMarie". */
export function nameKey(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase().replace(/\s+/g, '');
}

const union = (a: string[] = [], b: string[] = []): string[] => [...new Set([...a, ...b])];

export interface MatchIndex {
  find(row: Pick<ContactRow, 'name' | 'emails' | 'sources'>): Person | undefined;
}

/** Lookups over the existing people, built once per preview. */
export function matchIndex(people: Person[]): MatchIndex {
  const bySource = new Map<string, Person>();
  const byEmail = new Map<string, Person>();
  const byName = new Map<string, Person>();
  for (const p of people) {
    for (const s of p.sources ?? []) if (!bySource.has(s)) bySource.set(s, p);
    for (const e of p.emails ?? []) if (!byEmail.has(e.toLowerCase())) byEmail.set(e.toLowerCase(), p);
    const k = nameKey(p.name);
    if (!byName.has(k)) byName.set(k, p);
  }
  return {
    find: (row) =>
      row.sources.map((s) => bySource.get(s)).find(Boolean) ??
      row.emails.map((e) => byEmail.get(e)).find(Boolean) ??
      byName.get(nameKey(row.name)),
  };
}

const rowKeys = (r: ContactRow) => [...r.sources.map((s) => `s:${s}`), ...r.emails.map((e) => `e:${e}`), `n:${nameKey(r.name)}`];

/** One row per person: rows of the same file that share a source, an email or a name become one. */
export function dedupeRows(rows: ContactRow[]): ContactRow[] {
  const out: ContactRow[] = [];
  const byKey = new Map<string, ContactRow>();
  for (const row of rows) {
    const same = rowKeys(row)
      .map((k) => byKey.get(k))
      .find(Boolean);
    const kept = same ? Object.assign(same, mergeRows(same, row)) : { ...row };
    if (!same) out.push(kept);
    for (const k of rowKeys(kept)) if (!byKey.has(k)) byKey.set(k, kept);
  }
  return out;
}

function mergeRows(a: ContactRow, b: ContactRow): ContactRow {
  return {
    ...a,
    org: a.org ?? b.org,
    role: a.role ?? b.role,
    emails: union(a.emails, b.emails),
    links: union(a.links, b.links),
    sources: union(a.sources, b.sources),
  };
}

/** What merging a row into an existing person would change, or undefined when nothing. */
export function mergePatch(p: Person, row: ContactRow): ContactPatch | undefined {
  const patch: ContactPatch = {};
  if (!p.org && row.org) patch.org = row.org;
  if (!p.role && row.role) patch.role = row.role;
  for (const key of ['emails', 'links', 'sources'] as const) {
    const next = union(p[key], row[key]);
    if (next.length > (p[key]?.length ?? 0)) patch[key] = next;
  }
  return Object.keys(patch).length ? patch : undefined;
}

/** The new person a row becomes, with the direction's usual cadence. */
export function personFrom(row: ContactRow, direction: Direction): Omit<Person, 'id'> {
  return {
    name: row.name,
    direction,
    cadence: DEFAULT_CADENCE[direction],
    ...(row.org ? { org: row.org } : {}),
    ...(row.role ? { role: row.role } : {}),
    ...(row.emails.length ? { emails: row.emails } : {}),
    ...(row.links.length ? { links: row.links } : {}),
    ...(row.sources.length ? { sources: row.sources } : {}),
  };
}
