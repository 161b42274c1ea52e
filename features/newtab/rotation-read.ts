// The rotation's banks and stored state, read without writing: what the new tab needs before
// its first render, on whichever engine it reads with (see lib/db/reader.ts).
import cues from '../../content/cues.json';
import prompts from '../../content/prompts.json';
import type { Cue, Prompt } from '../../lib/content/types';
import type { Reader } from '../../lib/db/reader';
import { type Frequency, isStale, type RotationItem, type RotationRules, type RotationState } from '../../lib/prompts/rotation';
import { getSettings, listPrompts } from '../../lib/reads/queries';

export const BANK = prompts as Prompt[];
export const CUES = cues as Cue[];

export const KEYS = {
  frequency: 'prompt.frequency',
  windowDays: 'prompt.windowDays',
  hidden: 'prompt.hidden',
  promptState: 'rotation.prompt',
  cueState: 'rotation.cue',
} as const;

export type PoolPrompt = RotationItem & { text: string; lesson?: string };

export async function promptPool(r: Reader): Promise<PoolPrompt[]> {
  const own = (await listPrompts(r)).map((p) => ({ id: `user:${p.id}`, text: p.text, element: p.element, direction: p.direction }));
  return [...BANK, ...own];
}

/** Whether the prompt or the cue has served its time (one read; rotating reads much more). */
export async function rotationDue(reader: Reader, now: Date, timeZone: string): Promise<boolean> {
  const s = await getSettings(reader, [KEYS.frequency, KEYS.promptState, KEYS.cueState]);
  const r: RotationRules = { frequency: (s.get(KEYS.frequency) as Frequency | undefined) ?? 'hour', windowDays: 0, timeZone };
  // Never rotated (a first run) is due; one with nothing to show (no candidates) is left to the full check.
  return [KEYS.promptState, KEYS.cueState].some((key) => {
    const state = s.get(key) as RotationState | undefined;
    return !state || (!!state.current && isStale(state, r, now));
  });
}
