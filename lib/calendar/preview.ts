// Which calendar occurrences are meetings with whom: attendees matched to people by email
// first, then by name folded as names.ts folds it. The preview is plain data (it crosses the
// worker boundary); the plan built from it is what lib/repos/calendar applies.
import { DEFAULT_CADENCE } from '../model/cadence';
import { nameKey } from '../model/names';
import type { CalendarEventRef, Direction, Person } from '../model/types';
import type { CalendarPlan, PlannedOccurrence } from '../repos/calendar';
import type { Attendee, CalendarRead, Occurrence } from './read';

/** How many days back a first import looks, unless the user picks another window. */
export const DEFAULT_PAST_DAYS = 90;
/** How far ahead recurring events become planned meetings: the next few, not a year of them. */
export const AHEAD_DAYS = 42;

export function importWindow(now: Date, pastDays: number): { from: Date; to: Date } {
  return { from: new Date(now.getTime() - pastDays * 86_400_000), to: new Date(now.getTime() + AHEAD_DAYS * 86_400_000) };
}

/** An attendee no one in the network matches, across all the events they are on. */
export interface Stranger {
  key: string;
  name: string;
  email?: string;
  events: number;
}

export interface PreviewEvent extends Omit<Occurrence, 'attendees'> {
  past: boolean;
  /** Imported before: applying again leaves its meetings as they are (or follows a move). */
  known?: boolean;
  people: Array<{ id: string; name: string }>;
  /** Keys of the strangers on this event. */
  strangers: string[];
}

type Slot = Pick<Occurrence, 'uid' | 'recurrenceId' | 'at' | 'minutes'>;

export interface CalendarPreview {
  events: PreviewEvent[];
  strangers: Stranger[];
  /** Cancelled occurrences: skipped, and a meeting planned from one earlier is cancelled. */
  cancelled: Slot[];
  /** Events with nobody on them but the calendar's owner. */
  alone: number;
}

export const strangerKey = (a: Attendee): string => (a.email ? `email:${a.email}` : `name:${nameKey(a.name ?? '')}`);

/** The people a calendar's attendees might be, found by index in the worker. */
export interface PeopleLookup {
  byEmail: Map<string, Person>;
  byName: Map<string, Person>;
}

export function lookupOf(people: Person[]): PeopleLookup {
  const byEmail = new Map<string, Person>();
  const byName = new Map<string, Person>();
  for (const p of people) {
    for (const e of p.emails ?? []) if (!byEmail.has(e)) byEmail.set(e, p);
    if (!byName.has(nameKey(p.name))) byName.set(nameKey(p.name), p);
  }
  return { byEmail, byName };
}

const find = (a: Attendee, l: PeopleLookup): Person | undefined =>
  (a.email ? l.byEmail.get(a.email) : undefined) ?? (a.name ? l.byName.get(nameKey(a.name)) : undefined);

export function buildCalendarPreview(read: CalendarRead, lookup: PeopleLookup, now: Date): CalendarPreview {
  const own = new Set(read.own);
  const strangers = new Map<string, Stranger>();
  const events: PreviewEvent[] = [];
  const cancelled: Slot[] = [];
  let alone = 0;
  for (const { attendees, ...o } of read.occurrences) {
    if (o.cancelled) {
      cancelled.push({
        uid: o.uid,
        at: o.at,
        ...(o.recurrenceId ? { recurrenceId: o.recurrenceId } : {}),
        ...(o.minutes ? { minutes: o.minutes } : {}),
      });
      continue;
    }
    const others = attendees.filter((a) => !a.email || !own.has(a.email));
    const people = new Map<string, { id: string; name: string }>();
    const keys: string[] = [];
    for (const a of others) {
      const p = find(a, lookup);
      if (p) people.set(p.id, { id: p.id, name: p.name });
      else {
        const key = strangerKey(a);
        const s = strangers.get(key) ?? { key, name: a.name ?? a.email ?? '', ...(a.email ? { email: a.email } : {}), events: 0 };
        s.events++;
        strangers.set(key, s);
        keys.push(key);
      }
    }
    if (!others.length) alone++;
    else events.push({ ...o, past: o.at < now.toISOString(), people: [...people.values()], strangers: keys });
  }
  return { events, strangers: [...strangers.values()].sort((a, b) => b.events - a.events), cancelled, alone };
}

/** A stranger the user chose to add, with the direction they picked. */
export interface NewcomerChoice {
  key: string;
  direction: Direction;
}

/** What applying the preview does: meetings for matched people and for the strangers added. */
export function planCalendar(preview: CalendarPreview, add: NewcomerChoice[], from: CalendarEventRef['from']): CalendarPlan {
  const chosen = new Map(add.map((c) => [c.key, c.direction]));
  const newPeople = preview.strangers
    .filter((s) => chosen.has(s.key))
    .map((s) => {
      const direction = chosen.get(s.key) as Direction;
      return {
        key: s.key,
        person: { name: s.name, direction, cadence: DEFAULT_CADENCE[direction], ...(s.email ? { emails: [s.email] } : {}) },
      };
    });
  const occurrence = ({ uid, recurrenceId, at, minutes }: Slot): Omit<PlannedOccurrence, 'personIds' | 'newcomers'> => ({
    event: { uid, ...(recurrenceId ? { recurrenceId } : {}), from },
    at,
    ...(minutes ? { minutes } : {}),
  });
  const occurrences: PlannedOccurrence[] = preview.events.flatMap((e) => {
    const newcomers = e.strangers.filter((k) => chosen.has(k));
    return e.people.length || newcomers.length ? [{ ...occurrence(e), personIds: e.people.map((p) => p.id), newcomers }] : [];
  });
  // A cancelled occurrence cancels the meeting planned from it earlier, whoever it was with.
  const cancelled = preview.cancelled.map((o) => ({ ...occurrence(o), personIds: [], newcomers: [], cancelled: true }));
  return { newPeople, occurrences: [...occurrences, ...cancelled] };
}

/** What applying would add, for the button: held contacts, planned meetings and new people (occurrences seen before aside). */
export function planSummary(preview: CalendarPreview, add: NewcomerChoice[]): { held: number; planned: number; people: number } {
  const chosen = new Set(add.map((c) => c.key));
  const sum = { held: 0, planned: 0, people: preview.strangers.filter((s) => chosen.has(s.key)).length };
  for (const e of preview.events) {
    if (e.known) continue;
    const n = e.people.length + e.strangers.filter((k) => chosen.has(k)).length;
    if (e.past) sum.held += n;
    else sum.planned += n;
  }
  return sum;
}
