import { describe, expect, it } from 'vitest';
import { thisMinute } from './now';

describe('thisMinute', () => {
  const at = Date.UTC(2026, 11, 1, 9, 30, 12);

  it('is the same object all through a minute, at its start', () => {
    const a = thisMinute(at);
    expect(thisMinute(at + 40_000)).toBe(a);
    expect(a.toISOString()).toBe('2026-12-01T09:30:00.000Z');
  });

  it('moves on with the next minute', () => {
    const a = thisMinute(at);
    const b = thisMinute(at + 60_000);
    expect(b).not.toBe(a);
    expect(b.toISOString()).toBe('2026-12-01T09:31:00.000Z');
  });
});
