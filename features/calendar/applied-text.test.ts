import { describe, expect, it } from 'vitest';
import { appliedText } from './applied-text';

describe('what an applied calendar says', () => {
  it('names each change, and says when there was none', () => {
    expect(appliedText({ people: 1, planned: 6, held: 1, moved: 0, cancelled: 2 })).toBe(
      '1 held contact, 6 planned meetings, 2 meetings cancelled, 1 person added.',
    );
    expect(appliedText({ people: 0, planned: 0, held: 0, moved: 1, cancelled: 0 })).toBe('1 meeting moved.');
    expect(appliedText({ people: 0, planned: 0, held: 0, moved: 0, cancelled: 0 })).toMatch(/^Nothing new/);
  });
});
