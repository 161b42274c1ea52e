import { describe, expect, it } from 'vitest';
import { readGoal } from './goal-draft';

describe('a new goal as typed', () => {
  const today = '2026-12-01';
  it('asks for a title and a target date from today on', () => {
    expect(readGoal({ title: '  ', measure: '', targetDate: '2020-06-01' }, today)).toEqual({
      errors: { title: 'Name what you want to grow in, in a few words.', targetDate: 'Choose a target date from today on.' },
    });
  });

  it('trims what it keeps', () => {
    expect(readGoal({ title: ' Facilitate ', measure: ' ', targetDate: today }, today)).toEqual({
      goal: { title: 'Facilitate', targetDate: today },
    });
  });
});
