import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dueAt } from './cadence';
import { calendarDaysBetween, dayKey } from './calendar';
import { dueBounds, dueInfo, dueText, isDueNow } from './due';
import type { Person } from './types';

const p = (lastContactAt: string, idealDays = 7, maxDays = 10): Person => ({
  id: 'x',
  name: 'X',
  direction: 'peer',
  lastContactAt,
  cadence: { idealDays, maxDays },
});

describe('calendar days in the user’s time zone', () => {
  it('count local days across a spring-forward DST change (New York, 2026-03-08)', () => {
    const tz = 'America/New_York';
    // 23:30 local on Mar 7 and 00:30 local on Mar 9: two calendar days, though only 24 hours apart.
    expect(calendarDaysBetween('2026-03-08T04:30:00Z', '2026-03-09T04:30:00Z', tz)).toBe(2);
    expect(calendarDaysBetween('2026-03-07T12:00:00Z', '2026-03-09T03:59:00Z', tz)).toBe(1);
    expect(calendarDaysBetween('2026-03-07T12:00:00Z', '2026-03-09T04:01:00Z', tz)).toBe(2);
  });

  it('count local days across a fall-back DST change (Berlin, 2026-10-25)', () => {
    // 00:30 local on Oct 25 and 00:30 local on Oct 26: one calendar day, though 25 hours apart.
    expect(calendarDaysBetween('2026-10-24T22:30:00Z', '2026-10-25T23:30:00Z', 'Europe/Berlin')).toBe(1);
  });

  it('put the day boundary where the user lives', () => {
    expect(dayKey('2026-01-31T20:00:00Z', 'Asia/Kolkata')).toBe('2026-02-01');
    expect(dayKey('2026-01-31T20:00:00Z', 'America/Los_Angeles')).toBe('2026-01-31');
    expect(dayKey('2026-12-31T11:30:00Z', 'Pacific/Auckland')).toBe('2027-01-01');
  });
});

describe('due dates', () => {
  const tz = 'Europe/London';
  it('are due on the ideal day and overdue after the longest gap', () => {
    const person = p('2026-05-01T09:00:00Z');
    expect(dueInfo(person, new Date('2026-05-04T20:00:00Z'), tz)).toMatchObject({ state: 'fine', daysToIdeal: 4, daysSince: 3 });
    expect(dueInfo(person, new Date('2026-05-05T20:00:00Z'), tz)).toMatchObject({ state: 'soon', daysToIdeal: 3 });
    expect(dueInfo(person, new Date('2026-05-08T06:00:00Z'), tz)).toMatchObject({ state: 'due', daysToIdeal: 0 });
    expect(dueInfo(person, new Date('2026-05-11T22:00:00Z'), tz).state).toBe('due');
    expect(dueInfo(person, new Date('2026-05-12T00:30:00Z'), tz)).toMatchObject({ state: 'overdue', daysToMax: -1 });
    expect(dueInfo(person, new Date('2026-05-02T00:00:00Z'), tz).state).toBe('fine');
  });

  it('cross month ends and leap days by calendar', () => {
    expect(dueInfo(p('2028-02-25T10:00:00Z', 5, 9), new Date('2028-03-01T10:00:00Z'), 'UTC')).toMatchObject({
      daysToIdeal: 0,
      daysSince: 5,
    });
    expect(dueInfo(p('2026-01-31T10:00:00Z', 1, 2), new Date('2026-02-01T10:00:00Z'), 'UTC').state).toBe('due');
  });

  it('are not moved by a DST change', () => {
    // Contact at 00:30 local the day before the clocks go forward; due exactly a week later.
    const person = p('2026-03-28T00:30:00Z', 7, 14);
    expect(dueInfo(person, new Date('2026-04-03T23:00:00Z'), 'Europe/London').daysToIdeal).toBe(0);
  });

  it('count someone never contacted and without a start as due now', () => {
    expect(dueInfo({ id: 'n', name: 'N', direction: 'up' }, new Date(), tz).state).toBe('due');
  });

  it('say it plainly', () => {
    expect(dueText({ state: 'overdue', daysToIdeal: -8, daysToMax: -5 })).toBe('overdue by 5 days');
    expect(dueText({ state: 'due', daysToIdeal: 0, daysToMax: 3 })).toBe('due today');
    expect(dueText({ state: 'due', daysToIdeal: -1, daysToMax: 2 })).toBe('due 1 day ago');
    expect(dueText({ state: 'soon', daysToIdeal: 2, daysToMax: 5 })).toBe('due in 2 days');
  });
});

describe('the due index bounds', () => {
  const zones = [
    'Pacific/Auckland',
    'America/Los_Angeles',
    'Pacific/Kiritimati',
    'Pacific/Pago_Pago',
    'Europe/London',
    'Australia/Lord_Howe',
  ];
  it('never disagree with the rule, in any zone, across DST changes and year ends', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.parse('2025-01-01T00:00:00Z'), max: Date.parse('2028-01-01T00:00:00Z') }),
        fc.integer({ min: 0, max: 400 * 86_400_000 }),
        fc.integer({ min: 1, max: 90 }),
        fc.integer({ min: 0, max: 3 }),
        (timeZone, nowMs, ago, idealDays, within) => {
          const now = new Date(nowMs);
          const person: Person = { ...p(new Date(nowMs - ago).toISOString(), idealDays, idealDays + 7), status: 'active' };
          const { surely, maybe } = dueBounds(now, timeZone, within);
          const stored = dueAt(person);
          const due = isDueNow(person, now, timeZone, within);
          if (stored <= surely) expect(due).toBe(true);
          if (stored > maybe) expect(due).toBe(false);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('count someone never contacted as due, and an inactive person never', () => {
    const now = new Date('2026-06-01T12:00:00Z');
    expect(isDueNow({ id: 'n', name: 'N', direction: 'up' }, now, 'UTC')).toBe(true);
    expect(isDueNow({ id: 'n', name: 'N', direction: 'up', status: 'paused' }, now, 'UTC')).toBe(false);
  });
});
