// Index-only fields computed from a record so that the new tab and popup can ask indexed,
// bounded questions ("who is due", "what is planned next", "what is open"). They are written
// only by `withDerived`, never exported, and recomputed on every write and import.
import { dueAt } from '../model/cadence';
import { nameKey } from '../model/names';
import type { ActionItem, Meeting, Person } from '../model/types';

export type StoredPerson = Person & { dueAt?: string; nameKey?: string };
export type StoredMeeting = Meeting & { plannedAt?: string; eventKey?: string };
export type StoredAction = ActionItem & { openDue?: string };

/** Sorts after every real date so undated open actions come last. */
export const NO_DUE = '9999-12-31T00:00:00.000Z';

export const DERIVED_FIELDS = {
  people: ['dueAt', 'nameKey'],
  meetings: ['plannedAt', 'eventKey'],
  actions: ['openDue'],
} as const;

function set<T extends object, K extends string>(record: T, key: K, value: string | undefined): T {
  const out = { ...record } as Record<string, unknown>;
  if (value === undefined) delete out[key];
  else out[key] = value;
  return out as T;
}

/** Also fills the default status, so that status indexes see every person. */
export function derivePerson(p: Person): StoredPerson {
  const withStatus: Person = { ...p, status: p.status ?? 'active' };
  const due = set(withStatus, 'dueAt', withStatus.status === 'active' ? dueAt(withStatus) : undefined);
  return set(due, 'nameKey', nameKey(p.name));
}

/** One key per calendar occurrence (all its people's meetings share it): the UID and the RECURRENCE-ID. */
export const eventKey = (e: { uid: string; recurrenceId?: string }): string => `${e.uid}\u0000${e.recurrenceId ?? ''}`;

export function deriveMeeting(m: Meeting): StoredMeeting {
  const planned = set(m, 'plannedAt', m.status === 'planned' ? m.at : undefined);
  return set(planned, 'eventKey', m.event ? eventKey(m.event) : undefined);
}

export function deriveAction(a: ActionItem): StoredAction {
  return set(a, 'openDue', a.doneAt ? undefined : (a.dueAt ?? NO_DUE));
}

/** The record as the user owns it: derived fields removed. */
export function stripDerived<T extends object>(table: string, record: T): T {
  const fields = (DERIVED_FIELDS as Record<string, readonly string[]>)[table];
  if (!fields) return record;
  const out = { ...record } as Record<string, unknown>;
  for (const f of fields) delete out[f];
  return out as T;
}

/** The record as stored in `table`: with that table's derived fields computed. */
export function deriveRow(table: string, record: object): object {
  if (table === 'people') return derivePerson(record as Person);
  if (table === 'meetings') return deriveMeeting(record as Meeting);
  if (table === 'actions') return deriveAction(record as ActionItem);
  return record;
}
