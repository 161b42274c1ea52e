import { describe, expect, it } from 'vitest';
import { contentWords, jaccard, nearDuplicates } from './similarity';

// Two prompts from the first edition that the editor's review found asking the same thing.
const goals05 = {
  id: 'p-goals-05',
  element: 'goals',
  lesson: 'set-and-measure-outcomes',
  text: 'Which goal from the start no longer fits you, and what would replace it?',
};
const goals14 = {
  id: 'p-goals-14',
  element: 'goals',
  lesson: 'set-and-measure-outcomes',
  text: 'Of the goals you started with, which did you reach and which changed shape?',
};

describe('near-duplicate prompts and cues', () => {
  it('compares stemmed content words, ignoring the words every prompt uses', () => {
    expect([...contentWords('Which goals did your mentor set at the start of {name}’s meetings?')].sort()).toEqual([
      'goal',
      'set',
      'start',
    ]);
    expect(jaccard(new Set(['a', 'b']), new Set(['b', 'c']))).toBeCloseTo(1 / 3);
  });

  it('catches a real near-duplicate pair from the first edition', () => {
    expect(nearDuplicates([goals05, goals14])).toEqual([{ a: 'p-goals-05', b: 'p-goals-14', score: 0.25 }]);
  });

  it('holds prompts on different lessons to the higher bar', () => {
    expect(nearDuplicates([goals05, { ...goals14, lesson: 'ending-well' }])).toEqual([]);
  });

  it('catches a reworded cue on any lesson', () => {
    const cues = [
      { id: 'c-goals-01', element: 'goals', text: 'Show {name} your list of learning objectives and ask which one they could help with' },
      { id: 'c-goals-09', element: 'goals', text: 'Show {name} your learning objectives and ask which they could help with first' },
    ];
    expect(nearDuplicates(cues)).toHaveLength(1);
  });
});
