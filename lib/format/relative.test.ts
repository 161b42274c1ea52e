import { describe, expect, it } from 'vitest';
import { dayDiff, plural, relativeDay } from './relative';

describe('relative dates', () => {
  const now = new Date(2026, 10, 26, 9, 0);
  it('speaks in days near now, months and years further out', () => {
    expect(relativeDay(new Date(2026, 10, 26, 23, 0).toISOString(), now)).toBe('today');
    expect(relativeDay(new Date(2026, 10, 25, 23, 0).toISOString(), now)).toBe('yesterday');
    expect(relativeDay(new Date(2026, 10, 29).toISOString(), now)).toBe('in 3 days');
    expect(relativeDay(new Date(2026, 7, 26).toISOString(), now)).toBe('3 months ago');
    expect(relativeDay(new Date(2028, 10, 26).toISOString(), now)).toBe('in 2 years');
    expect(relativeDay(new Date(2025, 4, 20).toISOString(), now)).toBe('18 months ago');
    expect(relativeDay(new Date(2024, 11, 20).toISOString(), now)).toBe('23 months ago');
    expect(relativeDay(new Date(2024, 9, 20).toISOString(), now)).toBe('2 years ago');
  });

  it('counts calendar days across a month end', () => {
    expect(dayDiff(new Date(2026, 11, 1, 0, 30).toISOString(), new Date(2026, 10, 30, 23, 30))).toBe(1);
  });

  it('pluralises', () => {
    expect(plural(1, 'person', 'people')).toBe('1 person');
    expect(plural(1200, 'person', 'people')).toBe('1,200 people');
    expect(plural(2, 'day')).toBe('2 days');
  });
});
