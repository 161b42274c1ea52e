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

/** The person's rhythm; a longest gap stored below the ideal one (older versions let it through) counts as the ideal. */
export function cadenceOf(person: Pick<Person, 'cadence' | 'direction'>): Cadence {
  const c = person.cadence ?? DEFAULT_CADENCE[person.direction];
  return c.maxDays < c.idealDays ? { idealDays: c.idealDays, maxDays: c.idealDays } : c;
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
