import { describe, expect, it } from 'vitest';
import { minutesRange, readingMinutes, WORDS_PER_MINUTE } from './reading-time';

describe('reading time', () => {
  it('rounds to the nearest minute at 230 words a minute', () => {
    expect(WORDS_PER_MINUTE).toBe(230);
    expect(readingMinutes(506)).toBe(2); // 2.2 minutes: the first edition called this 3
    expect(readingMinutes(575)).toBe(3); // 2.5 minutes
    expect(readingMinutes(1288)).toBe(6); // 5.6 minutes: the guide claimed 7
  });

  it('describes a set of documents by its shortest and longest', () => {
    expect(minutesRange([{ minutes: 3 }, { minutes: 2 }, { minutes: 3 }])).toBe('2–3');
    expect(minutesRange([{ minutes: 3 }])).toBe('3');
  });

  it('never says zero', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(60)).toBe(1);
  });
});
