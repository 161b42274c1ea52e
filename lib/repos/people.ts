import Dexie from 'dexie';
import { db } from '../db/db';
import { derivePerson, stripDerived } from '../db/derived';
import { newId, nowIso } from '../ids';
import { compact } from '../model/compact';
import { dueBounds, isDueNow } from '../model/due';
import { byName } from '../model/names';
import { activeTotal } from '../model/people-counts';
import type { Direction, HealthCheck, Person, PersonStatus, TalkingPoint } from '../model/types';
import { dexieReader } from '../reads/dexie-reader';
import * as reads from '../reads/queries';
import { adjustPeopleCounts, countAdded, peopleCounts } from './stats';

export type NewPerson = Omit<Person, 'id' | 'createdAt' | 'updatedAt'>;

export async function addPerson(input: NewPerson, at = nowIso()): Promise<Person> {
  const person = compact<Person>({ status: 'active', startedAt: at, ...input, id: newId(), createdAt: at, updatedAt: at });
  await db.transaction('rw', db.people, db.stats, async () => {
    await db.people.add(derivePerson(person));
    await adjustPeopleCounts(undefined, person);
  });
  return person;
}

export const getPerson = (id: string): Promise<Person | undefined> => reads.getPerson(dexieReader, id);

/** Applies `patch` (undefined values clear a field) and keeps the due index right. */
export async function updatePerson(id: string, patch: Partial<Omit<Person, 'id'>>, at = nowIso()): Promise<Person> {
  return db.transaction('rw', db.people, db.stats, async () => {
    const current = await getPerson(id);
    if (!current) throw new Error(`No person with id ${id}`);
    const next = compact<Person>({ ...current, ...patch, id, updatedAt: at });
    await db.people.put(derivePerson(next));
    await adjustPeopleCounts(current, next);
    return next;
  });
}

export function setStatus(id: string, status: PersonStatus, at = nowIso()): Promise<Person> {
  return updatePerson(id, { status, endedAt: status === 'ended' ? at : undefined }, at);
}

/** Moves the stay-in-touch clock forward; an older contact never moves it back. */
export async function recordContact(personId: string, at: string, now = nowIso()): Promise<void> {
  await db.transaction('rw', db.people, async () => {
    const p = await getPerson(personId);
    if (!p) throw new Error(`No person with id ${personId}`);
    if (p.lastContactAt && p.lastContactAt >= at) return;
    await db.people.put(derivePerson({ ...p, lastContactAt: at, updatedAt: now }));
  });
}

/** Queues a talking point for the next meeting with this person. */
export async function addPendingPoint(personId: string, point: TalkingPoint, at = nowIso()): Promise<void> {
  await db.transaction('rw', db.people, async () => {
    const p = await getPerson(personId);
    if (!p) throw new Error(`No person with id ${personId}`);
    if (p.pendingPoints?.some((x) => x.text === point.text)) return;
    await db.people.put(derivePerson({ ...p, pendingPoints: [...(p.pendingPoints ?? []), point], updatedAt: at }));
  });
}

/** People by id, in the order asked, skipping unknown ids. */
export const peopleByIds = (ids: string[]): Promise<Map<string, Person>> => reads.peopleByIds(dexieReader, ids);

export interface PeopleFilter {
  status?: PersonStatus;
  direction?: Direction;
  tag?: string;
  /** Part of the name. */
  q?: string;
  /** Only people due now by the one rule (lib/model/due.ts), as of `now` in `timeZone`. */
  due?: { now: Date; timeZone: string };
  /** `name` (default) or `due`: most overdue first. */
  sort?: 'name' | 'due';
}

/** People sorted by name (their `nameKey`, lib/model/names.ts) or by due, optionally filtered; the dashboard pages through this. */
export async function listPeople(filter: PeopleFilter = {}, limit = Number.POSITIVE_INFINITY): Promise<Person[]> {
  const { status, direction, tag, due, sort } = filter;
  const q = filter.q?.trim().toLowerCase();
  // The tag's index first: a tag typed letter by letter matches nobody until it is whole, and
  // a scan of every person to find that out was the tag field's long task.
  const tagged = tag ? new Set(await db.people.where('tags').equals(tag).primaryKeys()) : undefined;
  if (tagged?.size === 0) return [];
  let c =
    sort === 'due' || due
      ? db.people.where('dueAt').belowOrEqual(due ? dueBounds(due.now, due.timeZone).maybe : Dexie.maxKey)
      : status
        ? db.people.where('[status+nameKey]').between([status, Dexie.minKey], [status, Dexie.maxKey])
        : db.people.orderBy('nameKey');
  if (due) c = c.filter((p) => isDueNow(p, due.now, due.timeZone));
  if (status && (sort === 'due' || due)) c = c.filter((p) => p.status === status);
  if (direction) c = c.filter((p) => p.direction === direction);
  if (tagged) c = c.filter((p) => tagged.has(p.id));
  if (q) c = c.filter((p) => p.name.toLowerCase().includes(q));
  const rows = await (Number.isFinite(limit) ? c.limit(limit) : c).toArray();
  return rows.map((p) => stripDerived('people', p));
}

/** Active people and everyone kept, from the kept counts. */
export async function networkCounts(): Promise<{ active: number; everyone: number }> {
  const counts = await peopleCounts();
  return { active: activeTotal(counts), everyone: counts.total };
}

/** Active people: one read of the kept counts, not a count over the index. */
export async function countActive(): Promise<number> {
  return activeTotal(await peopleCounts());
}

/** Active people whose nudge falls before `until`, most overdue first. Reads at most `limit` rows. */
export const duePeople = (until: Date, limit: number): Promise<Person[]> => reads.duePeople(dexieReader, until, limit);

/** The active person whose nudge comes first: the most overdue by the one rule, or else the next one due. */
export const firstDue = (now: Date, timeZone: string): Promise<Person | undefined> => reads.firstDue(dexieReader, now, timeZone);

/** Type-ahead: names starting with `q` from the index, then names containing it, at most `limit`. */
export async function searchPeople(q: string, limit: number): Promise<Person[]> {
  const query = q.trim().toLowerCase();
  if (!query) return [];
  const byPrefix = await db.people.where('name').startsWithIgnoreCase(query).limit(limit).toArray();
  const seen = new Set(byPrefix.map((p) => p.id));
  const more =
    byPrefix.length < limit
      ? await db.people
          .filter((p) => !seen.has(p.id) && p.name.toLowerCase().includes(query))
          .limit(limit - byPrefix.length)
          .toArray()
      : [];
  return [...byPrefix.sort(byName), ...more.sort(byName)].map((p) => stripDerived('people', p));
}

/** Others already in the network under this name (case aside), for a calm hint; at most `limit`. */
export async function othersNamed(name: string, exceptId: string | undefined, limit = 3): Promise<Person[]> {
  const n = name.trim();
  if (!n) return [];
  const rows = await db.people
    .where('name')
    .equalsIgnoreCase(n)
    .filter((p) => p.id !== exceptId)
    .limit(limit)
    .toArray();
  return rows.map((p) => stripDerived('people', p));
}

/** Adds a health check over the seven elements to the relationship's history. */
export async function addHealthCheck(personId: string, check: Omit<HealthCheck, 'at'>, at = nowIso()): Promise<void> {
  await db.transaction('rw', db.people, async () => {
    const p = await getPerson(personId);
    if (!p) throw new Error(`No person with id ${personId}`);
    await db.people.put(derivePerson({ ...p, health: [...(p.health ?? []), { ...check, at }], updatedAt: at }));
  });
}

/** The reads a person picker needs (components/PersonLinker.tsx takes them as a prop). */
export const peopleSource = { byIds: peopleByIds, search: searchPeople };

/** What a contacts import may change on someone already here: never a direction or a status. */
export type ContactPatch = Partial<Pick<Person, 'org' | 'role' | 'emails' | 'links' | 'sources'>>;

export interface PeopleImport {
  add: NewPerson[];
  merge: Array<{ id: string; patch: ContactPatch }>;
}

/** Adds and merges a contacts import in one transaction: all of it is stored, or none. */
export async function importPeople(plan: PeopleImport, at = nowIso()): Promise<{ added: number; merged: number }> {
  return db.transaction('rw', db.people, db.stats, async () => {
    const added = plan.add.map((input) =>
      compact<Person>({ status: 'active', startedAt: at, ...input, id: newId(), createdAt: at, updatedAt: at }),
    );
    await db.people.bulkAdd(added.map(derivePerson));
    const current = await db.people.bulkGet(plan.merge.map((m) => m.id));
    const merged = plan.merge.flatMap(({ id, patch }, i) => {
      const p = current[i];
      return p ? [derivePerson(compact<Person>({ ...stripDerived('people', p), ...patch, id, updatedAt: at }))] : [];
    });
    await db.people.bulkPut(merged);
    // A merge changes no direction or status, so only the added people move the counts.
    await countAdded(added);
    return { added: added.length, merged: merged.length };
  });
}
