import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDate } from './calendar';

const ZONES = [
  'UTC',
  'Europe/London',
  'America/St_Johns',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'Asia/Kathmandu',
  'America/Los_Angeles',
  'Pacific/Auckland',
  'America/Santiago',
  'America/Havana',
];

// What localDate answered before it kept offsets: a formatter, every time.
function formatted(ms: number, timeZone: string): [number, number, number] {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(
    new Date(ms),
  );
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  return [get('year'), get('month'), get('day')];
}

describe('local calendar date', () => {
  it('is the formatted date for any instant from 1990 to 2060, in zones with odd offsets and DST switches', () => {
    const instant = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) });
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), (ms, zone) => {
        expect(localDate(new Date(ms), zone)).toEqual(formatted(ms, zone));
      }),
      { numRuns: 3000 },
    );
  });

  it('is right on every minute around a night with a DST switch and around midnight', () => {
    // St John's (−3:30 ↔ −2:30), Lord Howe (+10:30 ↔ +11, a half-hour switch), Santiago (its
    // clocks go back at midnight: an hour of Sunday is Saturday again).
    for (const [zone, from] of [
      ['America/Santiago', Date.UTC(2026, 3, 4, 18)],
      ['America/St_Johns', Date.UTC(2026, 2, 8, 0)],
      ['Australia/Lord_Howe', Date.UTC(2026, 3, 4, 10)],
      ['Europe/London', Date.UTC(2026, 9, 24, 20)],
    ] as const)
      for (let ms = from; ms < from + 12 * 3_600_000; ms += 60_000) expect(localDate(new Date(ms), zone)).toEqual(formatted(ms, zone));
  });

  it('takes an ISO string as well as a Date', () => {
    expect(localDate('2026-03-08T23:30:00.000Z', 'Pacific/Auckland')).toEqual([2026, 3, 9]);
  });
});
