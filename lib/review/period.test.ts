import { describe, expect, it } from 'vitest';
import { customPeriod, inPeriod, last12Months, lastQuarter, monthsOf, type Period, periodLabel } from './period';

const period = (p: ReturnType<typeof customPeriod>): Period => {
  if ('error' in p) throw new Error(p.error);
  return p;
};

describe('review periods', () => {
  it('takes the calendar quarter before today, in the user’s zone', () => {
    const q = lastQuarter(new Date('2026-12-01T09:00:00Z'), 'Europe/London');
    expect([q.fromDay, q.toDay]).toEqual(['2026-07-01', '2026-09-30']);
    // London is on summer time on 1 July and on 1 October: midnight is 23:00 UTC the day before.
    expect([q.from, q.to]).toEqual(['2026-06-30T23:00:00.000Z', '2026-09-30T23:00:00.000Z']);
  });

  it('goes back across a year end in January, and reads "today" in the user’s zone', () => {
    // 23:30 UTC on 31 March is already 1 April in Auckland: the last quarter is January–March.
    const q = lastQuarter(new Date('2026-03-31T23:30:00Z'), 'Pacific/Auckland');
    expect([q.fromDay, q.toDay]).toEqual(['2026-01-01', '2026-03-31']);
    const jan = lastQuarter(new Date('2026-01-15T12:00:00Z'), 'America/New_York');
    expect([jan.fromDay, jan.toDay]).toEqual(['2025-10-01', '2025-12-31']);
    expect(jan.to).toBe('2026-01-01T05:00:00.000Z');
  });

  it('makes the last 12 months end today and start the day after this date a year ago', () => {
    const y = last12Months(new Date('2026-12-01T09:00:00Z'), 'Europe/London');
    expect([y.fromDay, y.toDay]).toEqual(['2025-12-02', '2026-12-01']);
    expect([y.from, y.to]).toEqual(['2025-12-02T00:00:00.000Z', '2026-12-02T00:00:00.000Z']);
    // From 29 February, a year back is 28 February.
    const leap = last12Months(new Date('2028-02-29T12:00:00Z'), 'UTC');
    expect([leap.fromDay, leap.toDay]).toEqual(['2027-03-01', '2028-02-29']);
  });

  it('keeps a meeting late on the last day and drops one just after, across a DST change', () => {
    // 29 March 2026: London moves from GMT to BST. The range ends on that day.
    const p = period(customPeriod('2026-03-01', '2026-03-29', 'Europe/London'));
    expect(p.to).toBe('2026-03-29T23:00:00.000Z');
    expect(inPeriod('2026-03-29T22:30:00.000Z', p)).toBe(true); // 23:30 BST on the 29th
    expect(inPeriod('2026-03-29T23:10:00.000Z', p)).toBe(false); // 00:10 BST on the 30th
    expect(inPeriod('2026-03-01T00:00:00.000Z', p)).toBe(true);
    expect(inPeriod('2026-02-28T23:59:59.999Z', p)).toBe(false);
  });

  it('cuts months at local midnight, through the autumn change and the year end', () => {
    const p = period(customPeriod('2025-10-15', '2026-01-10', 'America/New_York'));
    const months = monthsOf(p);
    expect(months.map((m) => m.key)).toEqual(['2025-10', '2025-11', '2025-12', '2026-01']);
    expect(months.map((m) => m.label)).toEqual(['Oct 2025', 'Nov 2025', 'Dec 2025', 'Jan 2026']);
    // October starts on EDT (UTC-4), December on EST (UTC-5), after the change on 2 November.
    expect(months[0]?.from).toBe('2025-10-15T04:00:00.000Z');
    expect(months[1]?.from).toBe('2025-11-01T04:00:00.000Z');
    expect(months[2]?.from).toBe('2025-12-01T05:00:00.000Z');
    expect(months[3]?.from).toBe('2026-01-01T05:00:00.000Z');
    expect(months[3]?.to).toBe(p.to);
    expect(periodLabel(p)).toBe('15 Oct 2025 – 10 Jan 2026');
  });

  it('explains a range that is not one', () => {
    expect(customPeriod('2026-05-02', '2026-05-01', 'UTC')).toEqual({ error: 'The first day comes after the last one.' });
    expect(customPeriod('2026-02-30', '2026-03-01', 'UTC')).toEqual({ error: 'Pick a first and a last day.' });
    expect(customPeriod('', '2026-03-01', 'UTC')).toEqual({ error: 'Pick a first and a last day.' });
  });
});
