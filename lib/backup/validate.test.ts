import { describe, expect, it } from 'vitest';
import { generateDemo } from '../demo/generate';
import { MAX_PROBLEMS, parseBackup, sniffBackup } from './validate';

const NOW = new Date('2026-11-26T12:00:00Z');
const valid = () => structuredClone(generateDemo({ people: 6, meetings: 20, now: NOW }));
const problemsOf = (doc: unknown) => {
  const r = parseBackup(typeof doc === 'string' ? doc : JSON.stringify(doc));
  if (r.ok) throw new Error('expected the backup to be refused');
  return r.problems;
};
const only = (doc: unknown) => {
  const p = problemsOf(doc);
  expect(p).toHaveLength(1);
  return p[0];
};

describe('parseBackup refuses each kind of bad file with its own message', () => {
  it('accepts a generated backup', () => {
    const r = parseBackup(JSON.stringify(valid()));
    expect(r.ok).toBe(true);
  });

  it('not JSON', () => {
    expect(only('name,direction\nAda,up')?.message).toMatch(/not valid JSON/);
  });

  it('an empty file', () => {
    expect(only('   \n')?.message).toBe('The file is empty.');
  });

  it('JSON that is not an object', () => {
    expect(only('[1,2]')?.message).toMatch(/one JSON object/);
  });

  it('the wrong format', () => {
    expect(only({ ...valid(), format: 'other-app' })).toEqual({
      path: 'format',
      message: expect.stringMatching(/must be "teachback-backup" \(got "other-app"\)/),
    });
  });

  it('version 2, from a newer app', () => {
    expect(only({ ...valid(), version: 2 })).toEqual({ path: 'version', message: expect.stringMatching(/newer Teachback.*version 2/) });
  });

  it('a missing data object', () => {
    const { data: _, ...rest } = valid();
    expect(only(rest)).toEqual({ path: 'data', message: expect.stringMatching(/is missing/) });
  });

  it('a record without an id', () => {
    const doc = valid();
    const third = doc.data.people?.[2] as Record<string, unknown>;
    delete third.id;
    expect(only(doc)).toEqual({ path: 'data.people[2].id', message: 'is missing' });
  });

  it('duplicate ids', () => {
    const doc = valid();
    const people = doc.data.people as Array<Record<string, unknown>>;
    (people[4] as Record<string, unknown>).id = people[1]?.id;
    const p = problemsOf(doc);
    expect(p[0]).toEqual({ path: 'data.people[4].id', message: expect.stringMatching(/repeats the id of data\.people\[1\]/) });
  });

  it('wrong types', () => {
    const doc = valid();
    const m = doc.data.meetings?.[3] as Record<string, unknown>;
    m.rapport = 'great';
    (doc.data.people?.[0] as Record<string, unknown>).direction = 'sideways';
    const p = problemsOf(doc);
    expect(p).toContainEqual({ path: 'data.people[0].direction', message: 'must be one of up, peer, down, outside (got "sideways")' });
    expect(p).toContainEqual({ path: 'data.meetings[3].rapport', message: 'must be a number, not "great"' });
  });

  it('a bad date', () => {
    const doc = valid();
    (doc.data.meetings?.[0] as Record<string, unknown>).at = 'last Tuesday';
    expect(only(doc)?.path).toBe('data.meetings[0].at');
  });

  it('a meeting whose person does not exist', () => {
    const doc = valid();
    (doc.data.meetings?.[5] as Record<string, unknown>).personId = 'ghost';
    expect(only(doc)).toEqual({ path: 'data.meetings[5].personId', message: 'refers to a person that is not in the backup ("ghost").' });
  });

  it('a table that is not a list', () => {
    const doc = valid();
    (doc.data as Record<string, unknown>).goals = { a: 1 };
    expect(only(doc)).toEqual({ path: 'data.goals', message: expect.stringMatching(/must be a list/) });
  });

  it('reports at most a screenful of problems', () => {
    const doc = valid();
    for (const m of doc.data.meetings ?? []) m.at = 'soon';
    expect(problemsOf(doc).length).toBe(MAX_PROBLEMS);
  });
});

describe('parseBackup is lenient where the format allows', () => {
  it('accepts a meeting’s calendar event and checks its fields', () => {
    const doc = valid();
    const [a, b] = doc.data.meetings as Array<Record<string, unknown>>;
    if (!a || !b) throw new Error('expected meetings');
    a.event = { uid: 'weekly-1on1@google.com', recurrenceId: '2026-11-24T09:00:00.000Z', from: 'subscription' };
    expect(parseBackup(JSON.stringify(doc)).ok).toBe(true);
    b.event = { uid: '', from: 'email' };
    const p = problemsOf(doc).map((x) => x.path);
    expect(p).toEqual(['data.meetings[1].event.uid', 'data.meetings[1].event.from']);
  });

  it('keeps unknown fields and accepts minimal records', () => {
    const doc = {
      format: 'teachback-backup',
      version: 1,
      exportedAt: NOW.toISOString(),
      data: {
        people: [{ id: 'p', name: 'A', direction: 'up', favouriteTea: 'mint' }],
        meetings: [{ id: 'm', personId: 'p', at: '2026-01-01' }],
        actions: [{ id: 'a', text: 'x', owner: 'me' }],
        goals: [{ id: 'g', title: 'G' }],
        future: [],
      },
    };
    const r = parseBackup(JSON.stringify(doc));
    expect(r.ok && r.backup.data.people?.[0]?.favouriteTea).toBe('mint');
    expect(r.ok && r.ignored).toEqual(['future']);
  });
});

describe('sniffBackup looks only at the head of a file', () => {
  it('refuses an empty file, a non-JSON file, and another app’s JSON', () => {
    expect(sniffBackup('', 0)?.message).toBe('The file is empty.');
    expect(sniffBackup('\u0089PNG\r\n', 20_000_000)?.message).toMatch(/starts with “\{”/);
    expect(sniffBackup('{"format":"photo-album","version":1', 20_000_000)?.path).toBe('format');
  });

  it('lets a plausible backup through to the full check', () => {
    expect(sniffBackup('\uFEFF  {"format": "teachback-backup", "version": 1, "data": {"people": [', 5e7)).toBeUndefined();
    expect(sniffBackup('{"data": {', 10)).toBeUndefined();
  });
});
