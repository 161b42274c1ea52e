import { db } from '../db/db';
import { deriveAction, deriveMeeting, derivePerson } from '../db/derived';
import { newId, nowIso } from '../ids';
import { compact } from '../model/compact';
import type { ActionItem, Agreement, Meeting, Owner, TalkingPoint, TimeSplit } from '../model/types';
import { getPerson } from './people';
import { adjustPeopleCounts } from './stats';

export interface CloseOut {
  personId: string;
  /** A planned meeting this conversation fulfils (it becomes the held record). */
  meetingId?: string;
  at: string;
  minutes: number;
  split: TimeSplit;
  agenda: TalkingPoint[];
  notes: string;
  agreements: string[];
  actions: Array<{ text: string; owner: Owner; dueAt?: string }>;
  rapport?: number;
  rapportNote?: string;
  /** The next meeting (ISO), planned now. */
  nextAt?: string;
  /** The relationship's agreement, set at a first meeting. */
  agreement?: Agreement;
  /** Settings key of the draft to clear once saved. */
  draftKey?: string;
}

/**
 * Records a conversation in one transaction: the meeting, its actions, the talking points
 * carried to next time, the agreement, the stay-in-touch clock, the next planned meeting.
 * If any part fails nothing is written (and the draft stays).
 */
export async function closeOutMeeting(c: CloseOut, now = nowIso()): Promise<Meeting> {
  return db.transaction('rw', [db.meetings, db.actions, db.people, db.stats, db.settings], async () => {
    const person = await getPerson(c.personId);
    if (!person) throw new Error('This person is no longer in your network.');
    const meeting: Meeting = compact({
      id: c.meetingId ?? newId(),
      personId: c.personId,
      at: c.at,
      kind: 'meeting',
      status: 'held',
      minutes: c.minutes,
      timeSplit: c.split,
      agenda: c.agenda,
      notes: c.notes.trim() || undefined,
      agreements: c.agreements.map((a) => a.trim()).filter(Boolean),
      rapport: c.rapport,
      rapportNote: c.rapportNote?.trim() || undefined,
      createdAt: now,
      updatedAt: now,
    });
    await db.meetings.put(deriveMeeting(meeting));
    const actions: ActionItem[] = c.actions
      .filter((a) => a.text.trim())
      .map((a) =>
        compact({
          id: newId(),
          text: a.text.trim(),
          owner: a.owner,
          personId: c.personId,
          meetingId: meeting.id,
          dueAt: a.dueAt,
          createdAt: now,
          updatedAt: now,
        }),
      );
    await db.actions.bulkAdd(actions.map(deriveAction));
    const carried = c.agenda.filter((p) => !p.done).map(({ text, from }) => ({ text, from }));
    const agreement = c.agreement ? { ...person.agreement, ...c.agreement, agreedAt: person.agreement?.agreedAt ?? now } : person.agreement;
    const next = compact({
      ...person,
      pendingPoints: carried.length ? carried : undefined,
      agreement,
      cadence: c.agreement?.cadence ?? person.cadence,
      whoSchedules: c.agreement?.whoSchedules ?? person.whoSchedules,
      lastContactAt: !person.lastContactAt || c.at > person.lastContactAt ? c.at : person.lastContactAt,
      updatedAt: now,
    });
    await db.people.put(derivePerson(next));
    await adjustPeopleCounts(person, next);
    if (c.nextAt)
      await db.meetings.add(
        deriveMeeting({
          id: newId(),
          personId: c.personId,
          at: c.nextAt,
          kind: 'meeting',
          status: 'planned',
          minutes: c.minutes,
          createdAt: now,
          updatedAt: now,
        }),
      );
    if (c.draftKey) await db.settings.delete(c.draftKey);
    return meeting;
  });
}
