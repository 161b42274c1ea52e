import { Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { review } from './review';

describe('insight review (FSRS)', () => {
  const now = new Date('2026-04-01T09:00:00Z');
  it('spaces reviews out further the better they are recalled', () => {
    const again = review(undefined, Rating.Again, now);
    const easy = review(undefined, Rating.Easy, now);
    expect(Date.parse(again.dueAt)).toBeLessThan(Date.parse(easy.dueAt));
    expect(Date.parse(easy.dueAt) - now.getTime()).toBeGreaterThan(86_400_000);
  });

  it('continues from stored state, and the state survives JSON', () => {
    const first = review(undefined, Rating.Good, now);
    const later = new Date(first.dueAt);
    const second = review(JSON.parse(JSON.stringify(first.srs)), Rating.Good, later);
    expect(Date.parse(second.dueAt) - later.getTime()).toBeGreaterThan(Date.parse(first.dueAt) - now.getTime());
    expect(second.srs.reps).toBe(2);
  });
});
