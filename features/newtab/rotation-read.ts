// The rotation's banks, pools and rules, and what it would store next: all read, nothing
// written, on whichever engine the caller reads with (see lib/reads/reader.ts). Storing the plan
// is the caller's: Dexie in rotation-store.ts, or a new tab's direct write in start.ts.

import type { Person } from '../../lib/model/types';
import { BANK, CUES } from '../../lib/prompts/bank';
import { ownPoolId } from '../../lib/prompts/pool-id';
import {
  EMPTY_ROTATION,
  keepsCurrent,
  promiseNext,
  type RotationItem,
  type RotationRules,
  type RotationState,
  rotate,
} from '../../lib/prompts/rotation';
import { duePeople, listPrompts, peopleByIds, readSettings, recentReflections, upcomingMeetings } from '../../lib/reads/queries';
import type { Reader } from '../../lib/reads/reader';
import { SETTINGS, type SettingDef } from '../../lib/settings/registry';

export type PoolPrompt = RotationItem & { text: string; lesson?: string };
export type PoolCue = RotationItem & { personId: string; name: string; direction: Person['direction']; text: string; lesson?: string };

/** What rotates: the reflection prompt and the teach-back cue, each stored as its own setting. */
export type Slot = 'prompt' | 'cue';
export const STATE_SETTING: Record<Slot, SettingDef<RotationState | undefined>> = { prompt: SETTINGS.promptShown, cue: SETTINGS.cueShown };

/** The states to store: a slot is absent when what shows stays. */
export type RotationPlan = Partial<Record<Slot, RotationState>>;

export async function promptPool(r: Reader): Promise<PoolPrompt[]> {
  const own = (await listPrompts(r)).map((p) => ({ id: ownPoolId(p.id), text: p.text, element: p.element, direction: p.direction }));
  return [...BANK, ...own];
}

/** One cue per bank cue and person, for the people the user is about to talk to or owes a call. */
export async function cuePool(r: Reader, now: Date): Promise<PoolCue[]> {
  const [due, meetings] = await Promise.all([duePeople(r, new Date(now.getTime() + 14 * 86_400_000), 12), upcomingMeetings(r, now, 5)]);
  const meetingPeople = await peopleByIds(
    r,
    meetings.map((m) => m.personId),
  );
  const people = [...due, ...meetingPeople.values()].filter(
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

/** How often recent reflections touched each element and direction (last 200 answers). */
async function usage(r: Reader): Promise<NonNullable<RotationRules['usage']>> {
  const byId = new Map(BANK.map((p) => [p.id, p]));
  const element: Record<string, number> = {};
  const direction: Record<string, number> = {};
  for (const reflection of await recentReflections(r, 200)) {
    const p = reflection.promptId ? byId.get(reflection.promptId) : undefined;
    if (!p) continue;
    element[p.element] = (element[p.element] ?? 0) + 1;
    direction[p.direction] = (direction[p.direction] ?? 0) + 1;
  }
  return { element, direction };
}

/** The rules without `usage` (a read of recent reflections, needed only to pick anew), and both states. */
async function stored(r: Reader, timeZone: string): Promise<{ rules: RotationRules; states: Record<Slot, RotationState> }> {
  const [frequency, windowDays, hidden, prompt, cue] = await readSettings(r, [
    SETTINGS.promptFrequency,
    SETTINGS.promptWindowDays,
    SETTINGS.hiddenPrompts,
    SETTINGS.promptShown,
    SETTINGS.cueShown,
  ]);
  return {
    rules: { frequency, windowDays, timeZone, hidden: new Set(hidden) },
    states: { prompt: prompt ?? EMPTY_ROTATION, cue: cue ?? EMPTY_ROTATION },
  };
}

// Prompts the user set aside are never shown again; cues are not set aside.
const slotRules = (rules: RotationRules, slot: Slot): RotationRules => (slot === 'cue' ? { ...rules, hidden: undefined } : rules);

/** What each of `slots` picks from (nothing, for a slot not asked for). */
async function pools(r: Reader, now: Date, slots: Slot[]): Promise<Record<Slot, RotationItem[]>> {
  const [prompt, cue] = await Promise.all([slots.includes('prompt') ? promptPool(r) : [], slots.includes('cue') ? cuePool(r, now) : []]);
  return { prompt, cue };
}

/**
 * What `slots` should show next. A slot whose pick stays is left out, and recent reflections
 * are read only when something is picked anew: most new tabs keep what shows and read little.
 */
export async function planRotation(
  r: Reader,
  now: Date,
  timeZone: string,
  slots: Slot[] = ['prompt', 'cue'],
  random: () => number = Math.random,
  force = false,
): Promise<RotationPlan> {
  const [{ rules, states }, pool] = await Promise.all([stored(r, timeZone), pools(r, now, slots)]);
  const rulesFor = (slot: Slot) => slotRules(rules, slot);
  // An empty pool with nothing showing (no one to cue yet) has nothing to move.
  const moving = slots.filter(
    (slot) => (pool[slot].length || states[slot].current) && !keepsCurrent(pool[slot], states[slot], rulesFor(slot), now, force),
  );
  if (!moving.length) return {};
  const used = await usage(r);
  return Object.fromEntries(
    moving.map((slot) => [slot, rotate(pool[slot], states[slot], { ...rulesFor(slot), usage: used }, now, random, force).state]),
  );
}

/**
 * With "change on every tab", every tab shows a new prompt and cue, and its first frame (the
 * saved snapshot) would show the last tab's. So the next picks are settled in advance:
 * `promised` are the states to store now (only the slots that change), `upcoming` those the
 * next tab will store, for rendering its snapshot. Undefined with any other frequency.
 */
export async function planNextTab(
  r: Reader,
  now: Date,
  timeZone: string,
  random: () => number = Math.random,
): Promise<{ promised: RotationPlan; upcoming: RotationPlan } | undefined> {
  const { rules, states } = await stored(r, timeZone);
  if (rules.frequency !== 'tab') return undefined;
  const slots: Slot[] = ['prompt', 'cue'];
  const [pool, used] = await Promise.all([pools(r, now, slots), usage(r)]);
  const promised: RotationPlan = {};
  const upcoming: RotationPlan = {};
  for (const slot of slots) {
    const slotRulesNow = { ...slotRules(rules, slot), usage: used };
    const settled = promiseNext(pool[slot], states[slot], slotRulesNow, now, random);
    if (settled !== states[slot]) promised[slot] = settled;
    upcoming[slot] = rotate(pool[slot], settled, slotRulesNow, now, random).state;
  }
  return { promised, upcoming };
}
