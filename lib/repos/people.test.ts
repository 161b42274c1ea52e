import { describe, expect, it } from 'vitest';
import { db } from '../db/db';
import { dexieReader } from '../reads/dexie-reader';
import * as reads from '../reads/queries';
import { addMeeting } from './meetings';

const activeCounts = () => reads.activeCounts(dexieReader);

import {
  addPendingPoint,
  addPerson,
  countActive,
  duePeople,
  firstDue,
  getPerson,
  listPeople,
  othersNamed,
  peopleByIds,
  recordContact,
  searchPeople,
  setStatus,
  updatePerson,
} from './people';

const T0 = '2026-01-01T09:00:00.000Z';
const days = (n: number) => new Date(Date.parse(T0) + n * 86_400_000);

describe('people repository', () => {
  it('adds a person as active, starting the clock now, and reads it back without index fields', async () => {
    const p = await addPerson({ name: 'Ada', direction: 'up', role: undefined }, T0);
    expect(p).toMatchObject({ name: 'Ada', direction: 'up', status: 'active', startedAt: T0 });
    expect('role' in p).toBe(false);
    const back = await getPerson(p.id);
    expect(back).toEqual(p);
    expect(back).not.toHaveProperty('dueAt');
  });

  it('updates fields, clears fields set to undefined, and refuses unknown ids', async () => {
    const p = await addPerson({ name: 'Ben', direction: 'peer', role: 'PM' }, T0);
    const next = await updatePerson(p.id, { name: 'Benjamin', role: undefined }, days(1).toISOString());
    expect(next.name).toBe('Benjamin');
    expect(next).not.toHaveProperty('role');
    expect((await getPerson(p.id))?.updatedAt).toBe(days(1).toISOString());
    await expect(updatePerson('nope', { name: 'x' })).rejects.toThrow(/No person/);
  });

  it('ends, pauses and reopens; only active people are due or counted', async () => {
    const p = await addPerson({ name: 'Cy', direction: 'down', cadence: { idealDays: 7, maxDays: 14 } }, T0);
    expect(await countActive()).toBe(1);
    await setStatus(p.id, 'ended', days(2).toISOString());
    expect(await getPerson(p.id)).toMatchObject({ status: 'ended', endedAt: days(2).toISOString() });
    expect(await countActive()).toBe(0);
    expect(await duePeople(days(100), 10)).toEqual([]);
    await setStatus(p.id, 'paused');
    expect((await getPerson(p.id))?.endedAt).toBeUndefined();
    await setStatus(p.id, 'active');
    expect(await duePeople(days(100), 10)).toHaveLength(1);
  });

  it('orders due people by how long ago their nudge fell due, using each cadence', async () => {
    const weekly = await addPerson({ name: 'Weekly', direction: 'peer', cadence: { idealDays: 7, maxDays: 10 } }, T0);
    const monthly = await addPerson({ name: 'Monthly', direction: 'up', cadence: { idealDays: 30, maxDays: 45 } }, T0);
    expect((await duePeople(days(6), 10)).map((p) => p.id)).toEqual([]);
    expect((await duePeople(days(8), 10)).map((p) => p.id)).toEqual([weekly.id]);
    expect((await duePeople(days(31), 10)).map((p) => p.id)).toEqual([weekly.id, monthly.id]);
    expect((await firstDue(days(31), 'UTC'))?.id).toBe(weekly.id);
    expect(await duePeople(days(31), 1)).toHaveLength(1);
  });

  it('a contact resets the clock, and an older one never moves it back', async () => {
    const p = await addPerson({ name: 'Di', direction: 'peer', cadence: { idealDays: 7, maxDays: 10 } }, T0);
    await recordContact(p.id, days(20).toISOString());
    expect(await duePeople(days(21), 5)).toEqual([]);
    await recordContact(p.id, days(3).toISOString());
    expect((await getPerson(p.id))?.lastContactAt).toBe(days(20).toISOString());
    expect((await duePeople(days(28), 5)).map((x) => x.id)).toEqual([p.id]);
    await expect(recordContact('ghost', T0)).rejects.toThrow(/No person/);
  });

  it('a held meeting counts as contact', async () => {
    const p = await addPerson({ name: 'Eve', direction: 'outside', cadence: { idealDays: 7, maxDays: 10 } }, T0);
    await addMeeting({ personId: p.id, at: days(9).toISOString() });
    expect((await getPerson(p.id))?.lastContactAt).toBe(days(9).toISOString());
  });

  it('lists by name, filters by status and direction, and pages', async () => {
    for (const [name, direction] of [
      ['Zed', 'up'],
      ['Amy', 'peer'],
      ['Kit', 'peer'],
    ] as const)
      await addPerson({ name, direction }, T0);
    const kit = (await listPeople()).find((p) => p.name === 'Kit');
    await setStatus(kit?.id ?? '', 'paused');
    expect((await listPeople()).map((p) => p.name)).toEqual(['Amy', 'Kit', 'Zed']);
    expect((await listPeople({ status: 'active' })).map((p) => p.name)).toEqual(['Amy', 'Zed']);
    expect((await listPeople({ direction: 'peer' })).map((p) => p.name)).toEqual(['Amy', 'Kit']);
    expect((await listPeople({}, 2)).map((p) => p.name)).toEqual(['Amy', 'Kit']);
  });

  it('sorts names as people read them: case and accents folded, numbers by value', async () => {
    for (const name of ['XXXX', 'grace hopper', 'Émile', 'Person 10', 'Person 2', 'anna', 'Zoë'])
      await addPerson({ name, direction: 'up' }, T0);
    const order = ['anna', 'Émile', 'grace hopper', 'Person 2', 'Person 10', 'XXXX', 'Zoë'];
    expect((await listPeople()).map((p) => p.name)).toEqual(order);
    expect((await listPeople({ status: 'active' }, 3)).map((p) => p.name)).toEqual(order.slice(0, 3));
    expect((await searchPeople('person', 5)).map((p) => p.name)).toEqual(['Person 2', 'Person 10']);
  });

  it('counts active people by direction from an index', async () => {
    await addPerson({ name: 'A', direction: 'up' }, T0);
    await addPerson({ name: 'B', direction: 'up' }, T0);
    const c = await addPerson({ name: 'C', direction: 'down' }, T0);
    await setStatus(c.id, 'ended');
    expect(await activeCounts()).toEqual({ total: 2, everyone: 3, byDirection: { up: 2, peer: 0, down: 0, outside: 0 } });
  });

  it('stores the due index only for active people', async () => {
    const p = await addPerson({ name: 'F', direction: 'peer' }, T0);
    expect((await db.people.get(p.id))?.dueAt).toBeDefined();
    await setStatus(p.id, 'paused');
    expect((await db.people.get(p.id))?.dueAt).toBeUndefined();
  });
});

describe('talking points and lookups', () => {
  it('queues talking points for the next meeting once each', async () => {
    const p = await addPerson({ name: 'Tia', direction: 'peer' });
    await addPendingPoint(p.id, { text: 'Show the SQL shortcuts', from: 'me' });
    await addPendingPoint(p.id, { text: 'Show the SQL shortcuts', from: 'me' });
    expect((await getPerson(p.id))?.pendingPoints).toEqual([{ text: 'Show the SQL shortcuts', from: 'me' }]);
    await expect(addPendingPoint('nobody', { text: 'x', from: 'me' })).rejects.toThrow(/No person/);
  });

  it('looks people up by id', async () => {
    const a = await addPerson({ name: 'A', direction: 'up' });
    const map = await peopleByIds([a.id, 'missing', a.id]);
    expect([...map.keys()]).toEqual([a.id]);
    expect(map.get(a.id)).not.toHaveProperty('dueAt');
  });
});

describe('kept people counts', () => {
  it('match an exact count after any sequence of adds, edits, pauses and endings', async () => {
    const fc = await import('fast-check');
    const { db: database } = await import('../db/db');
    const op = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), direction: fc.constantFrom('up', 'peer', 'down', 'outside') }),
      fc.record({ kind: fc.constant('status' as const), i: fc.nat(), status: fc.constantFrom('active', 'paused', 'ended') }),
      fc.record({ kind: fc.constant('move' as const), i: fc.nat(), direction: fc.constantFrom('up', 'peer', 'down', 'outside') }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 25 }), async (ops) => {
        await database.people.clear();
        await database.stats.clear();
        const ids: string[] = [];
        for (const o of ops) {
          if (o.kind === 'add') ids.push((await addPerson({ name: 'N', direction: o.direction as 'up' })).id);
          else if (ids.length && o.kind === 'status') await setStatus(ids[o.i % ids.length] as string, o.status as 'active');
          else if (ids.length && o.kind === 'move') await updatePerson(ids[o.i % ids.length] as string, { direction: o.direction as 'up' });
        }
        const all = await database.people.toArray();
        const exact = (d: string) => all.filter((p) => p.direction === d && p.status === 'active').length;
        expect((await activeCounts()).byDirection).toEqual({
          up: exact('up'),
          peer: exact('peer'),
          down: exact('down'),
          outside: exact('outside'),
        });
        expect(await countActive()).toBe(all.filter((p) => p.status === 'active').length);
      }),
      { numRuns: 30 },
    );
  });
});

describe('type-ahead', () => {
  it('finds names by prefix first, then by any part, bounded', async () => {
    for (const name of ['Priya Shah', 'Pablo Ruiz', 'Anna Priymak', 'Zed']) await addPerson({ name, direction: 'peer' });
    expect((await searchPeople('pri', 5)).map((p) => p.name)).toEqual(['Priya Shah', 'Anna Priymak']);
    expect((await searchPeople('P', 1)).map((p) => p.name)).toEqual(['Pablo Ruiz']);
    expect(await searchPeople('  ', 5)).toEqual([]);
  });
});

describe('people list filters', () => {
  it('filters by name, direction, tag and due, and sorts by due', async () => {
    const t0 = '2026-01-01T00:00:00.000Z';
    await addPerson({ name: 'Ada Lane', direction: 'up', tags: ['craft'], cadence: { idealDays: 5, maxDays: 9 } }, t0);
    await addPerson({ name: 'Ben Ade', direction: 'peer', tags: ['data'], cadence: { idealDays: 2, maxDays: 4 } }, t0);
    await addPerson({ name: 'Cy Moss', direction: 'peer', cadence: { idealDays: 60, maxDays: 90 } }, t0);
    expect((await listPeople({ q: 'ade' })).map((p) => p.name)).toEqual(['Ben Ade']);
    expect((await listPeople({ q: 'ad' })).map((p) => p.name)).toEqual(['Ada Lane', 'Ben Ade']);
    expect((await listPeople({ direction: 'peer', tag: 'data' })).map((p) => p.name)).toEqual(['Ben Ade']);
    expect((await listPeople({ tag: 'craft', status: 'active' })).map((p) => p.name)).toEqual(['Ada Lane']);
    // A tag half typed is nobody's.
    expect(await listPeople({ tag: 'dat' })).toEqual([]);
    const due = (at: string, timeZone: string) => listPeople({ status: 'active', due: { now: new Date(at), timeZone } });
    expect((await due('2026-01-10T00:00:00Z', 'UTC')).map((p) => p.name)).toEqual(['Ben Ade', 'Ada Lane']);
    // Ada was added at 13:00 on 1 January in Auckland: her fifth day there begins at 11:00 UTC on the 5th, before her stored instant.
    expect((await due('2026-01-05T00:00:00Z', 'Pacific/Auckland')).map((p) => p.name)).toEqual(['Ben Ade']);
    expect((await due('2026-01-05T11:00:00Z', 'Pacific/Auckland')).map((p) => p.name)).toEqual(['Ben Ade', 'Ada Lane']);
    expect((await listPeople({ sort: 'due' })).map((p) => p.name)).toEqual(['Ben Ade', 'Ada Lane', 'Cy Moss']);
  });
});

describe('health checks', () => {
  it('are kept in order on the person', async () => {
    const { addHealthCheck } = await import('./people');
    const p = await addPerson({ name: 'H', direction: 'up' });
    await addHealthCheck(p.id, { scores: { reciprocity: 2 } }, '2026-01-01T00:00:00.000Z');
    await addHealthCheck(p.id, { scores: { reciprocity: 4 }, note: 'better' }, '2026-03-01T00:00:00.000Z');
    expect((await getPerson(p.id))?.health?.map((h) => h.scores.reciprocity)).toEqual([2, 4]);
    await expect(addHealthCheck('none', { scores: {} })).rejects.toThrow(/No person/);
  });
});

describe('same name', () => {
  it('finds others with the name as typed, case and outer spaces aside, never the person being edited', async () => {
    const ada = await addPerson({ name: 'Ada Lane', direction: 'up', role: 'Staff engineer' });
    await addPerson({ name: 'Ada Lanes', direction: 'up' });
    expect((await othersNamed('  ada lane ', undefined)).map((p) => p.id)).toEqual([ada.id]);
    expect(await othersNamed('Ada Lane', ada.id)).toEqual([]);
    expect(await othersNamed(' ', undefined)).toEqual([]);
  });
});
