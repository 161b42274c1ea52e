import { DIRECTION_LABEL } from './directions';
import { DIRECTIONS, type Direction } from './types';

export type Counts = Record<Direction, number>;

const ASK: Record<Direction, string> = {
  up: 'Who more senior could you learn from?',
  peer: 'Which peer could you learn alongside?',
  down: 'Who newer or junior could you help, and learn from in turn?',
  outside: 'Who outside your organisation could widen your view?',
};

/** A gentle pointer to the direction that is missing, or thinnest in a network of six or more. */
export function balanceNudge(counts: Counts): { direction: Direction; text: string } | undefined {
  const total = DIRECTIONS.reduce((n, d) => n + counts[d], 0);
  if (total === 0) return undefined;
  const missing = DIRECTIONS.find((d) => counts[d] === 0);
  if (missing) return { direction: missing, text: `No one ${DIRECTION_LABEL[missing].toLowerCase()} yet. ${ASK[missing]}` };
  if (total < 6) return undefined;
  const thinnest = [...DIRECTIONS].sort((a, b) => counts[a] - counts[b])[0] as Direction;
  if (counts[thinnest] / total >= 0.12) return undefined;
  return {
    direction: thinnest,
    text: `Few people ${DIRECTION_LABEL[thinnest].toLowerCase()} (${counts[thinnest]} of ${total}). ${ASK[thinnest]}`,
  };
}
