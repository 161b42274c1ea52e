import Dexie from 'dexie';
import { db } from '../db/db';
import { deriveMeeting, stripDerived } from '../db/derived';
import { newId, nowIso } from '../ids';
import type { Meeting, MeetingKind } from '../model/types';
import { dexieReader } from '../reads/dexie-reader';
import * as reads from '../reads/queries';
import { recordContact } from './people';

export type NewMeeting = Omit<Meeting, 'id' | 'createdAt' | 'updatedAt'>;

/** Saves a meeting; a held one also resets the person's stay-in-touch clock, in the same transaction. */
export async function addMeeting(input: NewMeeting, at = nowIso()): Promise<Meeting> {
  const meeting: Meeting = { kind: 'meeting', status: 'held', ...input, id: newId(), createdAt: at, updatedAt: at };
  await db.transaction('rw', db.meetings, db.people, async () => {
    await db.meetings.add(deriveMeeting(meeting));
    if (meeting.status === 'held') await recordContact(meeting.personId, meeting.at);
  });
  return meeting;
}

export async function getMeeting(id: string): Promise<Meeting | undefined> {
  const m = await db.meetings.get(id);
  return m && stripDerived('meetings', m);
}

export async function updateMeeting(id: string, patch: Partial<Omit<Meeting, 'id'>>, at = nowIso()): Promise<Meeting> {
  return db.transaction('rw', db.meetings, db.people, async () => {
    const current = await getMeeting(id);
    if (!current) throw new Error(`No meeting with id ${id}`);
    const next: Meeting = { ...current, ...patch, id, updatedAt: at };
    await db.meetings.put(deriveMeeting(next));
    if (next.status === 'held') await recordContact(next.personId, next.at);
    return next;
  });
}

/** A quick call, message or chat: a held contact with an optional one-line note. */
export function logContact(personId: string, kind: MeetingKind, note = '', at = nowIso()): Promise<Meeting> {
  return addMeeting({ personId, kind, status: 'held', at, ...(note ? { notes: note } : {}) }, at);
}

/** Planned meetings from `from` on, soonest first. */
export const upcomingMeetings = (from: Date, limit: number): Promise<Meeting[]> => reads.upcomingMeetings(dexieReader, from, limit);

/** A person's meetings, newest first. */
export async function meetingsForPerson(personId: string, limit = Number.POSITIVE_INFINITY): Promise<Meeting[]> {
  const c = ofPerson(personId).reverse();
  const rows = await (Number.isFinite(limit) ? c.limit(limit) : c).toArray();
  return rows.map((m) => stripDerived('meetings', m));
}

/** How many meetings and contacts a person has, from the index alone. */
export const meetingCountForPerson = (personId: string): Promise<number> => ofPerson(personId).count();

const ofPerson = (personId: string) => db.meetings.where('[personId+at]').between([personId, Dexie.minKey], [personId, Dexie.maxKey]);

/** The person's most recent held meeting (not a quick contact), if any. */
export const lastMeeting = (personId: string): Promise<Meeting | undefined> => reads.lastMeeting(dexieReader, personId);

/** The next planned meeting with a person from `from` on, if any. */
export const nextPlannedWith = (personId: string, from: Date): Promise<Meeting | undefined> =>
  reads.nextPlannedWith(dexieReader, personId, from);

/** How many real meetings (not quick contacts) were held with a person, counting up to `cap`. */
export const heldMeetingCount = (personId: string, cap: number): Promise<number> => reads.heldMeetingCount(dexieReader, personId, cap);
