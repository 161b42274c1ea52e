// Loads the pools, runs the rotation and stores its state in settings.
import { dexieReader } from '../../lib/db/dexie-reader';
import type { Person } from '../../lib/model/types';
import {
  EMPTY_ROTATION,
  type Frequency,
  keepsCurrent,
  type RotationItem,
  type RotationRules,
  type RotationState,
  rotate,
} from '../../lib/prompts/rotation';
import { upcomingMeetings } from '../../lib/repos/meetings';
import { duePeople, peopleByIds } from '../../lib/repos/people';
import { recentReflections } from '../../lib/repos/reflections';
import { getSetting, getSettings, setSetting } from '../../lib/repos/settings';
import { BANK, CUES, KEYS, promptPool } from './rotation-read';

export type PoolCue = RotationItem & { personId: string; name: string; direction: Person['direction']; text: string; lesson?: string };

/** How often recent reflections touched each element and direction (last 200 answers). */
async function usage(): Promise<NonNullable<RotationRules['usage']>> {
  const byId = new Map(BANK.map((p) => [p.id, p]));
  const element: Record<string, number> = {};
  const direction: Record<string, number> = {};
  for (const r of await recentReflections(200)) {
    const p = r.promptId ? byId.get(r.promptId) : undefined;
    if (!p) continue;
    element[p.element] = (element[p.element] ?? 0) + 1;
    direction[p.direction] = (direction[p.direction] ?? 0) + 1;
  }
  return { element, direction };
}

/** The rules without `usage`: that costs a read of recent reflections, needed only to pick anew. */
async function rules(timeZone: string): Promise<RotationRules> {
  const s = await getSettings([KEYS.frequency, KEYS.windowDays, KEYS.hidden]);
  return {
    frequency: (s.get(KEYS.frequency) as Frequency | undefined) ?? 'hour',
    windowDays: (s.get(KEYS.windowDays) as number | undefined) ?? 14,
    timeZone,
    hidden: new Set((s.get(KEYS.hidden) as string[] | undefined) ?? []),
  };
}

/** One cue per bank cue and person, for the people the user is about to talk to or owes a call. */
export async function cuePool(now: Date): Promise<PoolCue[]> {
  const [due, meetings] = await Promise.all([duePeople(new Date(now.getTime() + 14 * 86_400_000), 12), upcomingMeetings(now, 5)]);
  const people = [...due, ...(await peopleByIds(meetings.map((m) => m.personId))).values()].filter(
    (p, i, all) => all.findIndex((q) => q.id === p.id) === i && (p.status ?? 'active') === 'active',
  );
  return people.flatMap((p) => {
    const first = p.name.split(' ')[0] ?? p.name;
    const own: PoolCue[] = p.teachBack
      ? [
          {
            id: `${p.id}:own`,
            personId: p.id,
            name: p.name,
            direction: p.direction,
            element: 'reciprocity',
            text: `Offer ${first} what you can teach back: ${p.teachBack}`,
          },
        ]
      : [];
    const fromBank = CUES.filter((c) => c.direction === p.direction || c.direction === 'any').map((c) => ({
      id: `${p.id}:${c.id}`,
      personId: p.id,
      name: p.name,
      direction: p.direction,
      element: c.element,
      text: c.text.replaceAll('{name}', first),
      lesson: c.lesson,
    }));
    return [...own, ...fromBank];
  });
}

/** Writes only when the pick changes: most new tabs keep what is showing and read nothing more. */
async function rotateStored<T extends RotationItem>(
  key: string,
  pool: T[],
  r: RotationRules,
  now: Date,
  random: () => number,
  force: boolean,
): Promise<void> {
  const state = await getSetting<RotationState>(key, EMPTY_ROTATION);
  if (keepsCurrent(pool, state, r, now, force)) return;
  await setSetting(key, rotate(pool, state, { ...r, usage: await usage() }, now, random, force).state);
}

const cueRules = (r: RotationRules): RotationRules => ({ ...r, hidden: undefined });

export async function rotatePrompt(now: Date, timeZone: string, random = Math.random, force = false): Promise<void> {
  const [pool, r] = await Promise.all([promptPool(dexieReader), rules(timeZone)]);
  await rotateStored(KEYS.promptState, pool, r, now, random, force);
}

export async function rotateCue(now: Date, timeZone: string, random = Math.random, force = false): Promise<void> {
  const [pool, r] = await Promise.all([cuePool(now), rules(timeZone)]);
  await rotateStored(KEYS.cueState, pool, cueRules(r), now, random, force);
}

/** Moves the prompt and the cue on if their time is up, or if what shows has left its pool. */
export async function rotateBoth(now: Date, timeZone: string): Promise<void> {
  const [prompts, cues, r] = await Promise.all([promptPool(dexieReader), cuePool(now), rules(timeZone)]);
  await Promise.all([
    rotateStored(KEYS.promptState, prompts, r, now, Math.random, false),
    rotateStored(KEYS.cueState, cues, cueRules(r), now, Math.random, false),
  ]);
}
