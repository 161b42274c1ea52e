import { describe, expect, it } from 'vitest';
import { readCadence, readDays } from './days-input';

const FALLBACK = { idealDays: 28, maxDays: 42 };

describe('a number of days as typed', () => {
  it.each(['0', '-3', '14.5', 'two', '1e2', '0x10', ' ', '+5'])('refuses %j', (text) => {
    expect(readDays(text, 14)).toEqual({ error: 'Use a whole number of days, such as 14.' });
  });

  it('takes whole numbers up to ten years, and names the limit above it', () => {
    expect(readDays(' 21 ', 14)).toEqual({ days: 21 });
    expect(readDays('3650', 14)).toEqual({ days: 3650 });
    expect(readDays('10000', 14)).toEqual({ error: 'Use at most 3650 days (ten years).' });
  });
});

describe('a cadence as typed', () => {
  it('takes the fallback for empty fields, keeping the longest gap at least the ideal', () => {
    expect(readCadence('', '', FALLBACK)).toEqual({ cadence: FALLBACK });
    expect(readCadence('60', '', FALLBACK)).toEqual({ cadence: { idealDays: 60, maxDays: 60 } });
  });

  it('refuses a longest gap below the ideal, saying which ideal', () => {
    expect(readCadence('730', '10', FALLBACK)).toEqual({
      errors: { maxDays: 'The longest gap should be at least the ideal one (730 days).' },
    });
  });

  it('says what is wrong with each field', () => {
    expect(readCadence('1e2', '0', FALLBACK)).toEqual({
      errors: { idealDays: 'Use a whole number of days, such as 14.', maxDays: 'Use a whole number of days, such as 30.' },
    });
  });
});
