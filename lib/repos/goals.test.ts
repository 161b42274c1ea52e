import { describe, expect, it } from 'vitest';
import { activeGoals, addGoal, countActiveGoals, goalsForPerson, recordProgress, updateGoal } from './goals';

describe('goals repository', () => {
  it('adds active goals at 0 % and counts them', async () => {
    const g = await addGoal({ title: 'Speak to leaders', measure: 'Two talks', helperIds: ['p1'] });
    expect(g).toMatchObject({ status: 'active', progress: 0 });
    await addGoal({ title: 'Old', status: 'done' });
    expect(await countActiveGoals()).toBe(1);
    expect((await activeGoals()).map((x) => x.id)).toEqual([g.id]);
  });

  it('records progress with history, clamped to 0–100', async () => {
    const g = await addGoal({ title: 'Write more' });
    await recordProgress(g.id, 30, 'First post', '2026-02-01T00:00:00.000Z');
    const after = await recordProgress(g.id, 140, undefined, '2026-03-01T00:00:00.000Z');
    expect(after.progress).toBe(100);
    expect(after.history).toEqual([
      { at: '2026-02-01T00:00:00.000Z', progress: 30, note: 'First post' },
      { at: '2026-03-01T00:00:00.000Z', progress: 100 },
    ]);
    await expect(recordProgress('none', 1)).rejects.toThrow(/No goal/);
  });

  it('updates a goal and finds goals by helper', async () => {
    const g = await addGoal({ title: 'Budget', helperIds: ['p1', 'p2'] });
    await addGoal({ title: 'Other', helperIds: ['p3'] });
    await updateGoal(g.id, { status: 'done' });
    expect(await countActiveGoals()).toBe(1);
    expect((await goalsForPerson('p2')).map((x) => x.title)).toEqual(['Budget']);
    await expect(updateGoal('none', {})).rejects.toThrow(/No goal/);
  });
});

describe('goal lists', () => {
  it('reads one goal and lists active ones first', async () => {
    const { getGoal, listGoals } = await import('./goals');
    const done = await addGoal({ title: 'Old', status: 'done' }, '2026-01-02T00:00:00.000Z');
    const a = await addGoal({ title: 'A' }, '2026-01-01T00:00:00.000Z');
    expect((await getGoal(done.id))?.title).toBe('Old');
    expect((await listGoals()).map((g) => g.id)).toEqual([a.id, done.id]);
  });
});
