import { describe, expect, it } from 'vitest';
import { chosenNext, nextInDays, nextMeetingAt, proposeNext } from './next-meeting';

describe('the proposed next meeting', () => {
  it('counts calendar days where the user is, on either side of the date line', () => {
    // 08:00 on 2 December in Auckland is still 1 December in UTC.
    expect(proposeNext('2026-12-01T19:00:00Z', 7, 'Pacific/Auckland')).toEqual({ date: '2026-12-09', time: '08:00' });
    // 20:00 on 30 November in Los Angeles is already 1 December in UTC.
    expect(proposeNext('2026-12-01T04:00:00Z', 7, 'America/Los_Angeles')).toEqual({ date: '2026-12-07', time: '20:00' });
  });

  it('keeps the local time across a DST change, and crosses a year end', () => {
    const next = proposeNext('2026-03-05T14:30:00Z', 7, 'America/New_York'); // 09:30 EST, clocks go forward on the 8th
    expect(next).toEqual({ date: '2026-03-12', time: '09:30' });
    expect(nextMeetingAt(next, 'America/New_York')).toBe('2026-03-12T13:30:00.000Z');
    expect(proposeNext('2026-12-28T09:00:00Z', 14, 'Europe/London')).toEqual({ date: '2027-01-11', time: '09:00' });
    expect(nextMeetingAt({ date: '2027-01-11', time: '18:45' }, 'Pacific/Auckland')).toBe('2027-01-11T05:45:00.000Z');
  });

  it('proposes the start to the nearest quarter hour, within the same day', () => {
    expect(proposeNext('2026-12-01T13:58:00Z', 7, 'UTC').time).toBe('14:00');
    expect(proposeNext('2026-12-01T14:08:00Z', 7, 'UTC').time).toBe('14:15');
    expect(proposeNext('2026-12-01T23:56:00Z', 7, 'UTC')).toEqual({ date: '2026-12-08', time: '23:45' });
  });

  it('moves a time the clocks skip on by the gap', () => {
    expect(nextMeetingAt({ date: '2026-03-08', time: '02:30' }, 'America/New_York')).toBe('2026-03-08T07:30:00.000Z');
  });

  it('follows the cadence typed in this meeting, else the person’s, else their direction’s default', () => {
    const up = { direction: 'up' as const };
    expect(nextInDays(up, '21')).toBe(21);
    expect(nextInDays(up, '2')).toBe(2);
    expect(nextInDays({ ...up, cadence: { idealDays: 10, maxDays: 20 } }, '')).toBe(10);
    expect(nextInDays(up, 'soon')).toBe(28);
    expect(nextInDays({ direction: 'down' })).toBe(14);
  });

  it('keeps what the user chose, and nothing once the date is cleared', () => {
    const proposal = { date: '2026-12-09', time: '08:00' };
    expect(chosenNext({}, proposal)).toEqual(proposal);
    expect(chosenNext({ date: '2026-12-10', time: '15:00' }, proposal)).toEqual({ date: '2026-12-10', time: '15:00' });
    expect(chosenNext({ date: '' }, proposal)).toBeUndefined();
  });
});
