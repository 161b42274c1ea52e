import { describe, expect, it } from 'vitest';
import type { Meeting } from '../model/types';
import { badgeText } from './badge';
import { dueReminders } from './reminders';

const m = (id: string, at: string, status: Meeting['status'] = 'planned'): Meeting => ({
  id,
  personId: `p-${id}`,
  at,
  status,
  minutes: 60,
});
const now = new Date('2026-06-01T10:00:00Z');

describe('meeting reminders', () => {
  it('are off unless the user chose a lead time', () => {
    expect(dueReminders([m('a', '2026-06-01T10:05:00Z')], now, 0, new Set())).toEqual([]);
  });

  it('remind once before, within the lead time, and nudge once after the meeting ends', () => {
    const meetings = [
      m('soon', '2026-06-01T10:10:00Z'),
      m('later', '2026-06-01T12:00:00Z'),
      m('ended', '2026-06-01T08:30:00Z'),
      m('long-ago', '2026-05-30T08:00:00Z'),
      m('held', '2026-06-01T08:30:00Z', 'held'),
    ];
    expect(dueReminders(meetings, now, 15, new Set()).map((r) => r.id)).toEqual(['before:soon', 'after:ended']);
    expect(dueReminders(meetings, now, 15, new Set(['before:soon', 'after:ended']))).toEqual([]);
  });
});

describe('badge', () => {
  it('shows nothing at zero and caps at 99+', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(7)).toBe('7');
    expect(badgeText(140)).toBe('99+');
  });
});
