import type { Cadence, Direction, Person } from './types';

const DAY = 86_400_000;

/** Sensible rhythms when the user has not set one: people you mentor need you more often. */
export const DEFAULT_CADENCE: Record<Direction, Cadence> = {
  up: { idealDays: 28, maxDays: 42 },
  peer: { idealDays: 21, maxDays: 35 },
  down: { idealDays: 14, maxDays: 21 },
  outside: { idealDays: 45, maxDays: 90 },
};

/** Sorts before any real date, so a person never contacted counts as due now. */
export const NEVER = '0000-01-01T00:00:00.000Z';

export function cadenceOf(person: Pick<Person, 'cadence' | 'direction'>): Cadence {
  return person.cadence ?? DEFAULT_CADENCE[person.direction];
}

/** When the stay-in-touch clock started: the last contact, else the relationship's start. */
export function clockStart(person: Pick<Person, 'lastContactAt' | 'startedAt' | 'createdAt'>): string {
  return person.lastContactAt ?? person.startedAt ?? person.createdAt ?? NEVER;
}

function addDays(iso: string, days: number): string {
  if (iso === NEVER) return NEVER;
  return new Date(Date.parse(iso) + days * DAY).toISOString();
}

/** When a nudge is due (ideal cadence reached). */
export function dueAt(person: Person): string {
  return addDays(clockStart(person), cadenceOf(person).idealDays);
}

/** When the person is overdue (maximum cadence passed). */
export function overdueAt(person: Person): string {
  return addDays(clockStart(person), cadenceOf(person).maxDays);
}

export type Urgency = 'overdue' | 'due' | 'soon' | 'fine';

/** How late contact with a person is at `now`; `soonDays` widens "due" into "soon". */
export function urgency(person: Person, now: Date, soonDays = 3): Urgency {
  const t = now.getTime();
  if (Date.parse(overdueAt(person)) <= t) return 'overdue';
  if (Date.parse(dueAt(person)) <= t) return 'due';
  if (Date.parse(dueAt(person)) <= t + soonDays * DAY) return 'soon';
  return 'fine';
}

/** Whole days since the clock started (0 when never contacted and no start date). */
export function daysSince(iso: string | undefined, now: Date): number | undefined {
  if (!iso || iso === NEVER) return undefined;
  return Math.floor((now.getTime() - Date.parse(iso)) / DAY);
}
