import { describe, expect, it } from 'vitest';
import { markSeen, progressById, setTried } from './lesson-progress';

describe('lesson progress', () => {
  it('keeps the first time a lesson was seen', async () => {
    await markSeen('a', '2026-01-01T00:00:00.000Z');
    await markSeen('a', '2026-02-01T00:00:00.000Z');
    expect((await progressById()).get('a')).toEqual({
      lessonId: 'a',
      seenAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
  });

  it('marks the try-this step done and undone', async () => {
    await setTried('b', true, '2026-03-01T00:00:00.000Z');
    expect((await progressById()).get('b')).toEqual({
      lessonId: 'b',
      seenAt: '2026-03-01T00:00:00.000Z',
      triedAt: '2026-03-01T00:00:00.000Z',
      updatedAt: '2026-03-01T00:00:00.000Z',
    });
    await setTried('b', false, '2026-03-02T00:00:00.000Z');
    expect((await progressById()).get('b')).toEqual({
      lessonId: 'b',
      seenAt: '2026-03-01T00:00:00.000Z',
      updatedAt: '2026-03-02T00:00:00.000Z',
    });
  });
});
