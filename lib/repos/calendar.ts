import { db } from '../db/db';
import { deriveMeeting, derivePerson, eventKey, type StoredMeeting, stripDerived } from '../db/derived';
import { newId } from '../ids';
import { compact } from '../model/compact';
import type { CalendarEventRef, Meeting, Person } from '../model/types';
import type { NewPerson } from './people';
import { recordContact } from './people';
import { countAdded } from './stats';

/** One calendar occurrence to apply: meetings with these people (and newcomers, by their key). */
export interface PlannedOccurrence {
  event: CalendarEventRef;
  at: string;
  minutes?: number;
  personIds: string[];
  newcomers: string[];
  /** Cancelled in the calendar: a meeting planned from it is cancelled too. */
  cancelled?: boolean;
}

export interface CalendarPlan {
  newPeople: Array<{ key: string; person: NewPerson }>;
  occurrences: PlannedOccurrence[];
  /**
   * A whole calendar (a subscription) read up to `until`: a meeting planned from it earlier
   * whose occurrence is no longer there was deleted, and is cancelled. A file may hold only
   * part of a calendar, so an import never says this.
   */
  complete?: { until: string };
}

export interface CalendarApplied {
  people: number;
  planned: number;
  held: number;
  moved: number;
  cancelled: number;
}

/** The people a calendar's attendees may be: by their emails and folded names, through the indexes. */
export async function peopleForAttendees(emails: string[], nameKeys: string[]): Promise<Person[]> {
  const [byEmail, byName] = await Promise.all([
    emails.length ? db.people.where('emails').anyOf(emails).toArray() : [],
    nameKeys.length ? db.people.where('nameKey').anyOf(nameKeys).toArray() : [],
  ]);
  return [...byEmail, ...byName].map((p) => stripDerived('people', p));
}

/** Which event occurrences (by `eventKey`) already have a meeting here: a preview tells them apart. */
export async function knownEventKeys(keys: string[]): Promise<Set<string>> {
  const rows = keys.length ? await db.meetings.where('eventKey').anyOf(keys).keys() : [];
  return new Set(rows as string[]);
}

/** Meetings planned from the subscription between now and `until` whose occurrence the calendar no longer has. */
async function vanished(plan: CalendarPlan, at: string, until: string, written: Set<string>): Promise<Meeting[]> {
  const present = new Set(plan.occurrences.filter((o) => !o.cancelled).map((o) => eventKey(o.event)));
  const planned = await db.meetings.where('plannedAt').between(at, until, true, true).toArray();
  return planned
    .filter((m) => m.event?.from === 'subscription' && !present.has(m.eventKey as string) && !written.has(m.id))
    .map((m) => ({ ...stripDerived('meetings', m), status: 'cancelled' as const, updatedAt: at }));
}

const pairKey = (key: string, personId: string) => `${key}\u0001${personId}`;

function newMeeting(o: PlannedOccurrence, personId: string, past: boolean, at: string): Meeting {
  const { event, minutes } = o;
  return {
    id: newId(),
    personId,
    at: o.at,
    kind: 'meeting',
    status: past ? 'held' : 'planned',
    ...(minutes ? { minutes } : {}),
    event,
    createdAt: at,
    updatedAt: at,
  };
}

const DAY_MS = 86_400_000;

/**
 * A meeting the user planned by hand (in the popup's close-out, say) within a day of a future
 * occurrence is that occurrence: it takes the event's time and identity instead of being doubled.
 */
async function plannedByHand(personId: string, o: PlannedOccurrence, taken: Set<string>): Promise<Meeting | undefined> {
  const t = Date.parse(o.at);
  const m = await db.meetings
    .where('[personId+at]')
    .between([personId, new Date(t - DAY_MS).toISOString()], [personId, new Date(t + DAY_MS).toISOString()], true, true)
    .filter((x) => x.status === 'planned' && !x.event && !taken.has(x.id))
    .first();
  return m && stripDerived('meetings', m);
}

/** A meeting still only planned follows its event: moved, held once its time has passed, or cancelled. */
function followed(m: Meeting, o: PlannedOccurrence, past: boolean, at: string): Meeting | undefined {
  if (m.status !== 'planned') return undefined;
  const status = o.cancelled ? 'cancelled' : past ? 'held' : 'planned';
  if (m.at === o.at && m.minutes === o.minutes && m.status === status && m.event?.from === o.event.from) return undefined;
  return compact<Meeting>({ ...m, at: o.at, minutes: o.minutes, status, event: o.event, updatedAt: at });
}

/**
 * Applies a calendar in one transaction: adds the chosen newcomers, adds a meeting per person
 * for each occurrence not seen before (past ones held, which moves the stay-in-touch clock),
 * and brings meetings still planned from an earlier import in line with their event. What
 * the user already held or cancelled is left as it is, so applying the same calendar twice
 * changes nothing.
 */
export async function applyCalendar(plan: CalendarPlan, now = new Date()): Promise<CalendarApplied> {
  const at = now.toISOString();
  return db.transaction('rw', db.people, db.meetings, db.stats, async () => {
    const added = plan.newPeople.map(({ person }) =>
      compact<Person>({ status: 'active', startedAt: at, ...person, id: newId(), createdAt: at, updatedAt: at }),
    );
    await db.people.bulkAdd(added.map(derivePerson));
    await countAdded(added);
    const idOf = new Map(plan.newPeople.map((n, i) => [n.key, added[i]?.id as string]));

    const keys = [...new Set(plan.occurrences.map((o) => eventKey(o.event)))];
    const existing: StoredMeeting[] = keys.length ? await db.meetings.where('eventKey').anyOf(keys).toArray() : [];
    const known = new Map(existing.map((m) => [pairKey(m.eventKey as string, m.personId), stripDerived('meetings', m)]));
    const writes: Meeting[] = [];
    const lastHeld = new Map<string, string>();
    const taken = new Set<string>();
    const done: CalendarApplied = { people: added.length, planned: 0, held: 0, moved: 0, cancelled: 0 };
    for (const o of plan.occurrences) {
      const key = eventKey(o.event);
      const past = o.at < at;
      const personIds = o.cancelled
        ? existing.filter((m) => m.eventKey === key).map((m) => m.personId)
        : [...new Set([...o.personIds, ...o.newcomers.map((k) => idOf.get(k) as string)])];
      for (const personId of personIds) {
        const seen = known.get(pairKey(key, personId));
        const byHand = seen || past || o.cancelled ? undefined : await plannedByHand(personId, o, taken);
        if (byHand) taken.add(byHand.id);
        const current = seen ?? byHand;
        const next = current ? followed(current, o, past, at) : o.cancelled ? undefined : newMeeting(o, personId, past, at);
        if (!next) continue;
        writes.push(next);
        if (next.status === 'cancelled') done.cancelled++;
        else if (next.status === 'held') done.held++;
        // A meeting only now read from the subscription rather than a file did not move.
        else if (current) done.moved += current.at !== next.at || current.minutes !== next.minutes ? 1 : 0;
        else done.planned++;
        if (next.status === 'held' && next.at > (lastHeld.get(personId) ?? '')) lastHeld.set(personId, next.at);
      }
    }
    if (plan.complete) {
      const gone = await vanished(plan, at, plan.complete.until, new Set(writes.map((m) => m.id)));
      writes.push(...gone);
      done.cancelled += gone.length;
    }
    await db.meetings.bulkPut(writes.map(deriveMeeting));
    for (const [personId, heldAt] of lastHeld) await recordContact(personId, heldAt);
    return done;
  });
}
