import { describe, expect, it } from 'vitest';
import { dayKey } from './calendar';
import { computeStreak, dayBounds } from './streak';

const tz = 'Europe/Berlin';
const activeOn = (keys: string[]) => async (from: string, to: string) => keys.some((k) => k >= dayKey(from, tz) && k <= dayKey(to, tz));

describe('forgiving streak', () => {
  const now = new Date('2026-03-30T10:00:00Z'); // Monday, the day after Berlin's spring-forward
  it('counts consecutive active days, today included', async () => {
    expect(await computeStreak(now, tz, activeOn(['2026-03-30', '2026-03-29', '2026-03-28']))).toMatchObject({
      days: 3,
      today: true,
      lapsed: false,
    });
  });

  it('does not break on a single rest day, nor because today is not done yet', async () => {
    expect(await computeStreak(now, tz, activeOn(['2026-03-29', '2026-03-27', '2026-03-26']))).toMatchObject({ days: 3, today: false });
  });

  it('ends after two missed days in a row and offers a fresh start', async () => {
    expect(await computeStreak(now, tz, activeOn(['2026-03-27', '2026-03-26']))).toMatchObject({ days: 0, lapsed: true });
    expect(await computeStreak(now, tz, activeOn([]))).toMatchObject({ days: 0, lapsed: false });
  });
});

describe('local day bounds', () => {
  it('span 23 hours on the spring-forward day and 25 on the fall-back day', () => {
    const span = ([a, b]: [string, string]) => (Date.parse(b) + 1 - Date.parse(a)) / 3_600_000;
    expect(span(dayBounds('2026-03-29', tz))).toBe(23);
    expect(span(dayBounds('2026-10-25', tz))).toBe(25);
    expect(span(dayBounds('2026-02-28', 'Asia/Kolkata'))).toBe(24);
    expect(dayBounds('2026-01-01', 'Asia/Kolkata')[0]).toBe('2025-12-31T18:30:00.000Z');
  });
});
