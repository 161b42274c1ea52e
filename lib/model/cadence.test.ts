import { describe, expect, it } from 'vitest';
import { cadenceOf, DEFAULT_CADENCE, dueAt, NEVER } from './cadence';
import type { Person } from './types';

const person = (over: Partial<Person> = {}): Person => ({ id: 'p', name: 'P', direction: 'peer', ...over });

describe('stay-in-touch clock', () => {
  it('uses the person’s cadence, else the direction’s default', () => {
    expect(cadenceOf(person())).toEqual(DEFAULT_CADENCE.peer);
    expect(cadenceOf(person({ cadence: { idealDays: 3, maxDays: 5 } }))).toEqual({ idealDays: 3, maxDays: 5 });
  });

  it('starts from the last contact, else the start, else creation; never contacted means due now', () => {
    const c = { idealDays: 10, maxDays: 20 };
    expect(dueAt(person({ cadence: c, lastContactAt: '2026-03-01T00:00:00.000Z', startedAt: '2026-01-01T00:00:00.000Z' }))).toBe(
      '2026-03-11T00:00:00.000Z',
    );
    expect(dueAt(person({ cadence: c, startedAt: '2026-01-01T00:00:00.000Z' }))).toBe('2026-01-11T00:00:00.000Z');
    expect(dueAt(person({ cadence: c, createdAt: '2026-01-01T00:00:00.000Z' }))).toBe('2026-01-11T00:00:00.000Z');
    expect(dueAt(person())).toBe(NEVER);
  });
});

describe('a stored cadence whose longest gap is below the ideal', () => {
  it('counts the longest gap as the ideal, so that nobody is overdue before they are due', () => {
    expect(cadenceOf(person({ cadence: { idealDays: 730, maxDays: 10 } }))).toEqual({ idealDays: 730, maxDays: 730 });
  });
});
