import { describe, expect, it } from 'vitest';
import { db } from '../db/db';
import { deriveMeeting, derivePerson } from '../db/derived';
import type { Meeting, Person } from '../model/types';
import { dexieReader } from '../reads/dexie-reader';
import { loadReview, scan } from './load';
import { customPeriod, type Period } from './period';

// A small network around the first half of 2026 in London (summer time from 29 March).
const PERIOD = customPeriod('2026-01-01', '2026-06-30', 'Europe/London') as Period;

const people: Person[] = [
  { id: 'ada', name: 'Ada Park', direction: 'up', startedAt: '2025-06-01T09:00:00.000Z', learnFrom: 'framing decisions' },
  { id: 'ben', name: 'Ben Ortiz', direction: 'peer', startedAt: '2026-02-10T09:00:00.000Z', teachBack: 'SQL' },
  {
    id: 'cy',
    name: 'Cy Moss',
    direction: 'down',
    startedAt: '2025-01-01T09:00:00.000Z',
    status: 'ended',
    endedAt: '2026-04-15T09:00:00.000Z',
  },
  { id: 'dee', name: 'Dee Lund', direction: 'outside', startedAt: '2026-08-01T09:00:00.000Z' },
  {
    id: 'eve',
    name: 'Eve Shaw',
    direction: 'peer',
    startedAt: '2024-01-01T09:00:00.000Z',
    status: 'ended',
    endedAt: '2025-12-01T09:00:00.000Z',
  },
];

const meeting = (id: string, personId: string, at: string, extra: Partial<Meeting> = {}): Meeting => ({
  id,
  personId,
  at,
  status: 'held',
  ...extra,
});
const meetings: Meeting[] = [
  meeting('m1', 'ada', '2026-01-05T10:00:00.000Z', {
    minutes: 60,
    agenda: [
      { text: 'the roadmap', from: 'me', done: true },
      { text: 'their hiring plan', from: 'them', done: true },
    ],
  }),
  meeting('m2', 'ada', '2026-03-29T22:30:00.000Z', { kind: 'call' }), // 23:30 BST, 29 March
  meeting('m3', 'ben', '2026-03-31T23:30:00.000Z', {
    minutes: 30,
    agenda: [
      { text: 'his draft', from: 'them', done: true },
      { text: 'not reached', from: 'them', done: false },
    ],
  }), // 00:30 BST, 1 April
  meeting('m4', 'cy', '2026-06-30T22:59:00.000Z', { minutes: 45 }), // 23:59 BST, the last day
  meeting('m5', 'cy', '2026-06-30T23:00:00.000Z'), // midnight: 1 July
  meeting('m6', 'ben', '2026-02-20T10:00:00.000Z', { status: 'planned' }),
  meeting('m7', 'ada', '2025-12-31T23:59:00.000Z'), // still 2025 in London (GMT)
  meeting('m8', 'ben', '2026-05-05T10:00:00.000Z', { status: 'cancelled' }),
];

async function seed() {
  await db.people.bulkAdd(people.map(derivePerson));
  await db.meetings.bulkAdd(meetings.map(deriveMeeting));
  await db.actions.bulkAdd([
    { id: 'a1', text: 'send the summary', owner: 'me', personId: 'ada', doneAt: '2026-02-01T10:00:00.000Z' },
    { id: 'a2', text: 'draft the proposal', owner: 'them', personId: 'ben', doneAt: '2026-04-10T10:00:00.000Z' },
    { id: 'a3', text: 'too early', owner: 'me', personId: 'ada', doneAt: '2025-11-01T10:00:00.000Z' },
    { id: 'a4', text: 'still open', owner: 'them', personId: 'cy' },
  ]);
  await db.insights.bulkAdd([
    { id: 'i1', text: 'Decide with a one-pager', personId: 'ada', createdAt: '2026-01-06T10:00:00.000Z' },
    { id: 'i2', text: 'Sleep on big replies', createdAt: '2026-05-01T10:00:00.000Z' },
    { id: 'i3', text: 'Too early', personId: 'ada', createdAt: '2025-10-01T10:00:00.000Z' },
  ]);
  await db.prompts.add({ id: 'u1', text: 'Mine', element: 'learning', createdAt: '2025-01-01T00:00:00.000Z' });
  await db.reflections.bulkAdd([
    { id: 'r1', at: '2026-02-02T10:00:00.000Z', text: 'x', promptId: 'p-reciprocity-01' },
    { id: 'r2', at: '2026-03-03T10:00:00.000Z', text: 'x', promptId: 'u1' },
    { id: 'r3', at: '2026-04-04T10:00:00.000Z', text: 'x' },
    { id: 'r4', at: '2026-07-02T10:00:00.000Z', text: 'x', promptId: 'p-reciprocity-02' },
  ]);
  await db.goals.bulkAdd([
    {
      id: 'g1',
      title: 'Lead a review',
      status: 'active',
      helperIds: ['ada'],
      history: [
        { at: '2025-12-01T10:00:00.000Z', progress: 20 },
        { at: '2026-02-01T10:00:00.000Z', progress: 40, note: 'ran the first one' },
        { at: '2026-05-01T10:00:00.000Z', progress: 60, note: 'ran the second' },
        { at: '2026-08-01T10:00:00.000Z', progress: 80 },
      ],
    },
    { id: 'g2', title: 'Learn SQL', status: 'done', history: [{ at: '2025-10-01T10:00:00.000Z', progress: 100 }] },
    { id: 'g3', title: 'Write more', status: 'dropped', history: [{ at: '2026-03-01T10:00:00.000Z', progress: 10 }] },
  ]);
  await db.lessonProgress.bulkAdd([
    { lessonId: 'l1', seenAt: '2026-02-01T10:00:00.000Z', triedAt: '2026-07-01T10:00:00.000Z' },
    { lessonId: 'l2', seenAt: '2025-05-01T10:00:00.000Z', triedAt: '2026-03-01T10:00:00.000Z' },
  ]);
}

const load = async () => (await loadReview(PERIOD, new Map([['l1', 'Ask better questions']]))).review;

describe('review figures', () => {
  it('counts held meetings and contacts by local month, the last minute of the last day in', async () => {
    await seed();
    const r = await load();
    expect(r.totals).toMatchObject({ meetings: 3, contacts: 1, minutes: 135, peopleMet: 3 });
    expect(r.months.map((m) => [m.key, m.meetings, m.contacts])).toEqual([
      ['2026-01', 1, 0],
      ['2026-02', 0, 0],
      ['2026-03', 0, 1],
      ['2026-04', 1, 0],
      ['2026-05', 0, 0],
      ['2026-06', 1, 0],
    ]);
  });

  it('tells relationships started, held and ended by direction, and who was met', async () => {
    await seed();
    const { directions } = await load();
    expect(directions.up).toEqual({ atStart: 1, atEnd: 1, started: 0, ended: 0, held: 1, met: 1 });
    expect(directions.peer).toEqual({ atStart: 0, atEnd: 1, started: 1, ended: 0, held: 1, met: 1 });
    expect(directions.down).toEqual({ atStart: 1, atEnd: 0, started: 0, ended: 1, held: 1, met: 1 });
    expect(directions.outside).toEqual({ atStart: 0, atEnd: 0, started: 0, ended: 0, held: 0, met: 0 });
  });

  it('lists what was learned from whom and what was given back to whom', async () => {
    await seed();
    const r = await load();
    expect(r.learned.people.map((p) => p.personId)).toEqual(['ada', 'ben', 'cy']);
    expect(r.learned.people[0]).toEqual({
      personId: 'ada',
      meetings: 2,
      insights: ['Decide with a one-pager'],
      learnFrom: 'framing decisions',
    });
    expect(r.totals.insights).toBe(2);
    expect(r.kept).toEqual([{ text: 'send the summary', personId: 'ada', at: '2026-02-01T10:00:00.000Z' }]);
    expect(r.taught.people).toEqual([
      { personId: 'ben', points: 1, examples: ['his draft'], helped: ['draft the proposal'], teachBack: 'SQL' },
      { personId: 'ada', points: 1, examples: ['their hiring plan'], helped: [] },
    ]);
    expect([r.taught.points, r.taught.helped]).toEqual([2, 1]);
  });

  it('shows goals active or moved in the period, with progress at each end and the notes', async () => {
    await seed();
    const { goals } = await load();
    expect(goals.map((g) => [g.id, g.start, g.end])).toEqual([
      ['g1', 20, 60],
      ['g3', 0, 10],
    ]);
    expect(goals[0]?.updates.map((u) => u.note)).toEqual(['ran the first one', 'ran the second']);
  });

  it('counts reflections by element and lessons read and tried in the period', async () => {
    await seed();
    const r = await load();
    expect(r.reflections).toEqual([
      { element: 'reciprocity', label: 'Reciprocity', count: 1 },
      { element: 'learning', label: 'Learning', count: 1 },
      { element: 'other', label: 'Other', count: 1 },
    ]);
    expect(r.lessons).toEqual({ read: [{ id: 'l1', title: 'Ask better questions' }], tried: [{ id: 'l2', title: 'l2' }] });
  });

  it('reads the people it names, and only them', async () => {
    await seed();
    const { people: named } = await loadReview(PERIOD, new Map());
    expect([...named.keys()].sort()).toEqual(['ada', 'ben', 'cy']);
  });
});

describe('chunked scan', () => {
  it('visits every row once when many share the key a chunk ends on', async () => {
    const at = '2026-02-01T10:00:00.000Z';
    await db.meetings.bulkAdd(
      ['a', 'b', 'c', 'd', 'e'].map((id, i) => meeting(id, 'p', i === 0 || i === 4 ? `2026-02-0${i + 1}T00:00:00.000Z` : at)),
    );
    const seen: string[] = [];
    await scan<Meeting>(
      dexieReader,
      'meetings',
      'at',
      {},
      (m) => m.at,
      (rows) => seen.push(...rows.map((m) => m.id)),
      2,
    );
    expect(seen).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
