import type { Person } from '../../lib/model/types';

export type Stage = 'first' | 'beginning' | 'middle' | 'ending';

const DAY = 86_400_000;
/** How close a planned end must be for the prep to suggest the "end well" conversation. */
export const ENDING_WINDOW_DAYS = 30;

export function plannedEnd(person: Person): string | undefined {
  return person.agreement?.plannedEndAt ?? person.plannedEndAt;
}

/** Where the relationship is: before the first meeting, early on, under way, or near its planned end. */
export function relationshipStage(person: Person, heldMeetings: number, now: Date): Stage {
  const end = plannedEnd(person);
  if (end && Date.parse(end) - now.getTime() <= ENDING_WINDOW_DAYS * DAY) return 'ending';
  if (heldMeetings === 0) return 'first';
  if (heldMeetings < 3) return 'beginning';
  return 'middle';
}
