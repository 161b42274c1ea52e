import { describe, expect, it } from 'vitest';
import { copiedRuns, runHashes, words } from './originality';

describe('originality check', () => {
  it('folds case, punctuation and curly quotes', () => {
    expect(words('It’s “Trust”, first!')).toEqual(["it's", 'trust', 'first']);
  });

  it('finds a shared 10-word run and nothing shorter', () => {
    const ref = runHashes('one two three four five six seven eight nine ten eleven');
    expect(copiedRuns('Zero one two three four five six seven eight nine ten.', ref)).toEqual([
      'one two three four five six seven eight nine ten',
    ]);
    expect(copiedRuns('one two three four five six seven eight nine', ref)).toEqual([]);
  });
});
