import { describe, expect, it } from 'vitest';
import { balanceNudge } from './balance';

describe('360° balance nudge', () => {
  it('points to a missing direction first', () => {
    expect(balanceNudge({ up: 2, peer: 3, down: 1, outside: 0 })).toEqual({
      direction: 'outside',
      text: 'No one outside yet. Who outside your organisation could widen your view?',
    });
  });
  it('points to a thin direction in a larger network, and stays quiet when balanced', () => {
    expect(balanceNudge({ up: 1, peer: 12, down: 6, outside: 4 })?.direction).toBe('up');
    expect(balanceNudge({ up: 3, peer: 4, down: 3, outside: 2 })).toBeUndefined();
    expect(balanceNudge({ up: 0, peer: 0, down: 0, outside: 0 })).toBeUndefined();
  });
});
