import { cadenceOf, clockStart, NEVER } from './cadence';
import { addCalendarDays, calendarDaysBetween, zonedInstant } from './calendar';
import type { Person } from './types';

export type DueState = 'overdue' | 'due' | 'soon' | 'fine';

export interface DueInfo {
  state: DueState;
  /** Calendar days until the ideal date (negative: days past it). */
  daysToIdeal: number;
  /** Calendar days until the longest gap is reached (negative: days past it). */
  daysToMax: number;
  /** Calendar days since the last contact, if any. */
  daysSince?: number;
}

/**
 * Where a person stands on the stay-in-touch clock today, by calendar days in the user's
 * time zone: due on the ideal day, overdue after the longest gap, "soon" within `soonDays`.
 */
export function dueInfo(person: Person, now: Date, timeZone: string, soonDays = 3): DueInfo {
  const { idealDays, maxDays } = cadenceOf(person);
  const start = clockStart(person);
  if (start === NEVER) return { state: 'due', daysToIdeal: 0, daysToMax: maxDays };
  const since = calendarDaysBetween(start, now, timeZone);
  const daysToIdeal = idealDays - since;
  const daysToMax = maxDays - since;
  const state: DueState = daysToMax < 0 ? 'overdue' : daysToIdeal <= 0 ? 'due' : daysToIdeal <= soonDays ? 'soon' : 'fine';
  return { state, daysToIdeal, daysToMax, ...(person.lastContactAt ? { daysSince: since } : {}) };
}

/** Plain words for the state, never blaming: "overdue by 5 days", "due today", "due in 2 days". */
export function dueText(info: DueInfo): string {
  const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;
  if (info.state === 'overdue') return `overdue by ${days(-info.daysToMax)}`;
  if (info.daysToIdeal === 0) return 'due today';
  if (info.daysToIdeal < 0) return `due ${days(-info.daysToIdeal)} ago`;
  return `due in ${days(info.daysToIdeal)}`;
}

/** Due now, by the rule above: an active person whose ideal day has come (or who is overdue). */
export function isDueNow(person: Person, now: Date, timeZone: string, withinDays = 0): boolean {
  return (person.status ?? 'active') === 'active' && dueInfo(person, now, timeZone).daysToIdeal <= withinDays;
}

// No zone has moved its clocks by more than a day (Samoa skipped one in 2011), so the stored
// instant of the ideal date (lib/db/derived.ts) is never further than this from the local midnight
// that decides it.
const SHIFT = 25 * 3_600_000;

/**
 * Bounds on the stored `dueAt` index for a bounded read: everyone at or before `surely` is due by
 * `isDueNow` (within `withinDays`), nobody after `maybe` is; between the two, ask the rule.
 */
export function dueBounds(now: Date, timeZone: string, withinDays = 0): { surely: string; maybe: string } {
  const [y, m, d] = addCalendarDays(now, withinDays + 1, timeZone);
  const midnight = zonedInstant(y, m, d, 0, 0, timeZone).getTime();
  return { surely: new Date(midnight - SHIFT - 1).toISOString(), maybe: new Date(midnight + SHIFT - 1).toISOString() };
}
