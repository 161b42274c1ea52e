// The sources a lesson may cite, each tied to the reference text (seed) it can be checked against.
// A citation must say who said a thing and where we read it: a second-hand source names the
// seed that quotes it ("as cited by …"), because that seed is all we can check it against.

export interface Source {
  /** The reference text, by its key in SEED_FILES. */
  seed: keyof typeof SEED_FILES;
  /** Names that, in a sentence, attribute what it quotes to this source. */
  names: string[];
}

/** The reference texts in ../shared/seeds, by a stable key (used by scripts/seed-hashes.ts). */
export const SEED_FILES = {
  jinnette: '000_b9c4bc3c0da97010.txt',
  zachary: '001_5631819659336de2.txt',
  understanding: '002_507c3029c32f50f3.txt',
  speak: '003_4c42b24c87015356.txt',
  platt: '004_4a6e084feae26993.txt',
} as const;

const JINNETTE = 'James Jinnette, A Mentoring Model (blog post)';
const SPEAK = 'Speak your Mind (blog), How to construct a mentoring network that delivers results, 2013';

/** Every citation a lesson's `sources` may hold, exactly as shown under "Where the ideas come from". */
export const SOURCES: Record<string, Source> = {
  [JINNETTE]: { seed: 'jinnette', names: ['Jinnette'] },
  [`Elisabeth Collins, Harvard Business Review, as cited by ${JINNETTE}`]: { seed: 'jinnette', names: ['Collins'] },
  [`The Executive Edge, as cited by ${JINNETTE}`]: { seed: 'jinnette', names: ['Executive Edge'] },
  [`The Center for Mentoring Excellence, as cited by ${JINNETTE}`]: { seed: 'jinnette', names: ['Center for Mentoring Excellence'] },
  "Lois J. Zachary (author of The Mentor's Guide), as presented in A New Mentoring Model for Training the Next Generation (BLR)": {
    seed: 'zachary',
    names: ['Zachary'],
  },
  'Understanding Mentoring (article on leadership mentoring)': { seed: 'understanding', names: ['Understanding Mentoring'] },
  [SPEAK]: { seed: 'speak', names: ['Speak your Mind', 'How to construct a mentoring network'] },
  [`David Clutterbuck (2004), as cited by ${SPEAK}`]: { seed: 'speak', names: ['Clutterbuck'] },
  'Timothy Platt, Developing management and leadership skills in others – 7, Platt Perspective on Business and Technology, 2012': {
    seed: 'platt',
    names: ['Platt'],
  },
};
