// Moves the prompt and the cue on through Dexie: plans with rotation-read.ts, stores the plan.
import { dexieReader } from '../../lib/reads/dexie-reader';
import { setSetting } from '../../lib/repos/settings';
import { planRotation, type RotationPlan, type Slot, STATE_SETTING } from './rotation-read';

/** Writes only the slots whose pick changed. */
export async function saveRotation(plan: RotationPlan): Promise<void> {
  await Promise.all(Object.entries(plan).map(([slot, state]) => setSetting(STATE_SETTING[slot as Slot], state)));
}

const rotateSlots = async (slots: Slot[], now: Date, timeZone: string, random: () => number, force: boolean) =>
  saveRotation(await planRotation(dexieReader, now, timeZone, slots, random, force));

export const rotatePrompt = (now: Date, timeZone: string, random = Math.random, force = false): Promise<void> =>
  rotateSlots(['prompt'], now, timeZone, random, force);

export const rotateCue = (now: Date, timeZone: string, random = Math.random, force = false): Promise<void> =>
  rotateSlots(['cue'], now, timeZone, random, force);

/** Moves the prompt and the cue on if their time is up, or if what shows has left its pool. */
export const rotateBoth = (now: Date, timeZone: string): Promise<void> => rotateSlots(['prompt', 'cue'], now, timeZone, Math.random, false);
