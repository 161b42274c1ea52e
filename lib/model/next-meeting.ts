// The next meeting proposed at the end of one: counted in calendar days in the user's time zone
// at the same local time, so that neither a date line nor a DST change moves it.
import { cadenceOf } from './cadence';
import { addCalendarDays, localTime, zonedInstant } from './calendar';
import { readDays } from './days-input';
import type { Person } from './types';

export interface NextMeeting {
  /** YYYY-MM-DD, local. */
  date: string;
  /** HH:MM, local. */
  time: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** How many days ahead: the ideal just typed in this meeting's agreement if it reads, else the person's (or their direction's default). */
export function nextInDays(person: Pick<Person, 'cadence' | 'direction'>, typedIdeal?: string): number {
  const typed = typedIdeal === undefined ? undefined : readDays(typedIdeal, 14);
  return typed && 'days' in typed ? typed.days : cadenceOf(person).idealDays;
}

/** A meeting begun at 13:58 or 14:04 was a 14:00 meeting: the nearest quarter hour, within the same day. */
function roundedTime(h: number, min: number): string {
  const quarters = Math.min(Math.round((h * 60 + min) / 15), 24 * 4 - 1);
  return `${pad(Math.floor(quarters / 4))}:${pad((quarters % 4) * 15)}`;
}

/** `days` calendar days after the local day of `from`, at its local time to the nearest quarter hour. */
export function proposeNext(from: Date | string, days: number, timeZone: string): NextMeeting {
  const [y, m, d] = addCalendarDays(from, days, timeZone);
  const [h, min] = localTime(from, timeZone);
  return { date: `${y}-${pad(m)}-${pad(d)}`, time: roundedTime(h, min) };
}

/**
 * What the user chose, filled from the proposal: a date left alone follows the proposal (and so
 * the cadence as it is retyped), an empty one means "plan later".
 */
export function chosenNext(chosen: { date?: string; time?: string }, proposal: NextMeeting): NextMeeting | undefined {
  if (chosen.date === '') return undefined;
  return { date: chosen.date ?? proposal.date, time: chosen.time || proposal.time };
}

/** The instant of a local date and time in `timeZone`. */
export function nextMeetingAt(next: NextMeeting, timeZone: string): string {
  const [y = 0, m = 1, d = 1] = next.date.split('-').map(Number);
  const [h = 0, min = 0] = next.time.split(':').map(Number);
  return zonedInstant(y, m, d, h, min, timeZone).toISOString();
}
