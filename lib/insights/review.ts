// Spaced review of insights with FSRS (ts-fsrs): the scheduler state is stored as plain JSON.
import { type Card, createEmptyCard, fsrs, type Grade } from 'ts-fsrs';
import type { GradeValue } from './grades';

const scheduler = fsrs({ enable_fuzz: false });

function toCard(srs: Record<string, unknown> | undefined, now: Date): Card {
  if (!srs) return createEmptyCard(now);
  return {
    ...(srs as unknown as Card),
    due: new Date(String(srs.due)),
    last_review: srs.last_review ? new Date(String(srs.last_review)) : undefined,
  };
}

/** The next review after grading an insight at `now`: its due date and the state to store. */
export function review(
  srs: Record<string, unknown> | undefined,
  grade: GradeValue,
  now: Date,
): { dueAt: string; srs: Record<string, unknown> } {
  const { card } = scheduler.next(toCard(srs, now), now, grade as Grade);
  const stored = JSON.parse(JSON.stringify(card)) as Record<string, unknown>;
  return { dueAt: card.due.toISOString(), srs: stored };
}
