// The bounded reads the glance pages (new tab, popup) make, written once against a Reader so
// they run on Dexie and, for the new tab's first read, on IndexedDB directly. Every query
// uses an index and a limit, never a whole table (except a first count of people, once).
import { type StoredAction, type StoredMeeting, type StoredPerson, stripDerived } from '../db/derived';
import { dueBounds, isDueNow } from '../model/due';
import { activeTotal, addTo, emptyCounts, type PeopleCounts } from '../model/people-counts';
import type { ActionItem, Direction, Goal, Insight, Meeting, Owner, Person, Reflection, Setting, UserPrompt } from '../model/types';
import { type SettingDef, settingValue } from '../settings/registry';
import { type Key, MAX_KEY, MIN_KEY, type Reader } from './reader';

export async function getPerson(r: Reader, id: string): Promise<Person | undefined> {
  const p = await r.get<StoredPerson>('people', id);
  return p && stripDerived('people', p);
}

export async function peopleByIds(r: Reader, ids: string[]): Promise<Map<string, Person>> {
  const rows = await r.bulkGet<StoredPerson>('people', [...new Set(ids)]);
  return new Map(rows.flatMap((p) => (p ? [[p.id, stripDerived('people', p)] as const] : [])));
}

/** Active people whose ideal date to get in touch falls on or before `until`, soonest first. */
export async function duePeople(r: Reader, until: Date, limit: number): Promise<Person[]> {
  const rows = await r.where<StoredPerson>('people', 'dueAt', { upper: until.toISOString() }, limit);
  return rows.map((p) => stripDerived('people', p));
}

/**
 * Active people due by the one rule (lib/model/due.ts), within `withinDays` of today, most
 * overdue first, at most `limit`: the index answers for most, the rule for those near the line.
 */
export async function dueNow(r: Reader, now: Date, timeZone: string, limit: number, withinDays = 0): Promise<Person[]> {
  const { surely, maybe } = dueBounds(now, timeZone, withinDays);
  const sure = await r.where<StoredPerson>('people', 'dueAt', { upper: surely }, limit);
  const near =
    sure.length < limit
      ? (await r.where<StoredPerson>('people', 'dueAt', { lower: surely, upper: maybe })).filter(
          (p) => p.dueAt !== surely && isDueNow(p, now, timeZone, withinDays),
        )
      : [];
  return [...sure, ...near].slice(0, limit).map((p) => stripDerived('people', p));
}

/** Every person counted by status and direction: stored with each write, counted once if not. */
export async function peopleCounts(r: Reader): Promise<PeopleCounts> {
  return (await r.get<PeopleCounts>('stats', 'people')) ?? countPeople(r);
}

/** Active people, in all and by direction. */
export async function activeCounts(r: Reader): Promise<{ total: number; everyone: number; byDirection: Record<Direction, number> }> {
  const counts = await peopleCounts(r);
  return { total: activeTotal(counts), everyone: counts.total, byDirection: { ...counts.active } };
}

export async function countPeople(r: Reader): Promise<PeopleCounts> {
  const counts = emptyCounts();
  for (const p of await r.where<Person>('people', '', {})) addTo(counts, p, 1);
  return counts;
}

export async function upcomingMeetings(r: Reader, from: Date, limit: number): Promise<Meeting[]> {
  const rows = await r.where<StoredMeeting>('meetings', 'plannedAt', { lower: from.toISOString() }, limit);
  return rows.map((m) => stripDerived('meetings', m));
}

/** Open actions, soonest due first (undated last); only `owner`'s when given. */
export async function openActions(r: Reader, limit: number, owner?: Owner): Promise<ActionItem[]> {
  const rows = owner
    ? await r.where<StoredAction>('actions', '[owner+openDue]', { lower: [owner, MIN_KEY], upper: [owner, MAX_KEY] }, limit)
    : await r.where<StoredAction>('actions', 'openDue', {}, limit);
  return rows.map((a) => stripDerived('actions', a));
}

export function activeGoals(r: Reader): Promise<Goal[]> {
  return r.where<Goal>('goals', 'status', { equals: 'active' });
}

export function dueInsights(r: Reader, now: Date, limit: number): Promise<Insight[]> {
  return r.where<Insight>('insights', 'dueAt', { upper: now.toISOString() }, limit);
}

/** Whether the user reflected or held a meeting between `from` and `to` (ISO, inclusive). */
export async function activeBetween(r: Reader, from: string, to: string): Promise<boolean> {
  const [reflection] = await r.where<Reflection>('reflections', 'at', { lower: from, upper: to }, 1);
  if (reflection) return true;
  const held = await r.first<Meeting>('meetings', 'at', { lower: from, upper: to }, (m) => (m.status ?? 'held') === 'held');
  return held !== undefined;
}

type Values<D extends readonly SettingDef<unknown>[]> = { -readonly [I in keyof D]: D[I] extends SettingDef<infer T> ? T : never };

/** Several settings in one read, each as its definition reads it. */
export async function readSettings<const D extends readonly SettingDef<unknown>[]>(r: Reader, settings: D): Promise<Values<D>> {
  const rows = await r.bulkGet<Setting>(
    'settings',
    settings.map((s) => s.key),
  );
  return settings.map((s, i) => settingValue(s, rows[i]?.value)) as Values<D>;
}

/** The latest reflections, newest first. */
export function recentReflections(r: Reader, limit: number): Promise<Reflection[]> {
  return r.where<Reflection>('reflections', 'at', {}, limit, true);
}

/** The user's own prompts, oldest first. */
export function listPrompts(r: Reader): Promise<UserPrompt[]> {
  return r.where<UserPrompt>('prompts', 'createdAt', {});
}

// The popup's prep: one person's rows, each through its [personId+…] index.

const personRange = (personId: string, from: Key = MIN_KEY) => ({ lower: [personId, from], upper: [personId, MAX_KEY] });
const isHeld = (m: Meeting) => m.status === 'held' && (m.kind ?? 'meeting') === 'meeting';

/** The person's most recent held meeting (not a quick contact), if any. */
export async function lastMeeting(r: Reader, personId: string): Promise<Meeting | undefined> {
  const [m] = (await r.where<StoredMeeting>('meetings', '[personId+at]', personRange(personId), undefined, true)).filter(isHeld);
  return m && stripDerived('meetings', m);
}

/** The next planned meeting with a person from `from` on, if any. */
export async function nextPlannedWith(r: Reader, personId: string, from: Date): Promise<Meeting | undefined> {
  const m = await r.first<StoredMeeting>(
    'meetings',
    '[personId+at]',
    personRange(personId, from.toISOString()),
    (x) => x.status === 'planned',
  );
  return m && stripDerived('meetings', m);
}

/** How many real meetings (not quick contacts) were held with a person, counting up to `cap`. */
export async function heldMeetingCount(r: Reader, personId: string, cap: number): Promise<number> {
  const rows = await r.where<StoredMeeting>('meetings', '[personId+at]', personRange(personId));
  return Math.min(cap, rows.filter(isHeld).length);
}

export async function openActionsForPerson(r: Reader, personId: string): Promise<ActionItem[]> {
  const rows = await r.where<StoredAction>('actions', '[personId+openDue]', personRange(personId));
  return rows.map((a) => stripDerived('actions', a));
}

export function goalsForPerson(r: Reader, personId: string): Promise<Goal[]> {
  return r.where<Goal>('goals', 'helperIds', { equals: personId });
}

export async function readSetting<T>(r: Reader, setting: SettingDef<T>): Promise<T> {
  return settingValue(setting, (await r.get<Setting>('settings', setting.key))?.value);
}

/** The settings whose keys start with `prefix`. */
export function settingsStartingWith(r: Reader, prefix: string): Promise<Setting[]> {
  return r.where<Setting>('settings', '', { lower: prefix, upper: `${prefix}\uffff` });
}

/** The active person whose nudge comes first: the most overdue by the one rule, or else the next one due. */
export async function firstDue(r: Reader, now: Date, timeZone: string): Promise<Person | undefined> {
  const [due] = await dueNow(r, now, timeZone, 1);
  if (due) return due;
  const [p] = await r.where<StoredPerson>('people', 'dueAt', {}, 1);
  return p && stripDerived('people', p);
}
