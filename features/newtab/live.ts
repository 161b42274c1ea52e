// The new tab's connection to the store: keep the page's data live, and move the prompt and
// the cue on when their time is up. Resolves once the first fresh data is in, so the page
// replaces the painted snapshot in one step.
import type { ReadonlySignal } from '@preact/signals';
import { firstValue, liveSignal } from '../../lib/live/live-signal';
import { systemTimeZone } from '../../lib/model/calendar';
import { type Actions, makeActions } from './actions';
import type { NewtabData } from './data';
import { loadNewtab } from './load';
import { rotateBoth, rotationDue } from './rotation-store';

export interface Live {
  data: ReadonlySignal<NewtabData>;
  actions: Actions;
}

export async function startNewtab(): Promise<Live> {
  const timeZone = systemTimeZone();
  // A prompt or cue whose time is up changes before the first render, so the page changes once
  // (from the painted snapshot to the new one). Otherwise the full check (has the one showing
  // been set aside, has its person left?) runs after the first read, off its path.
  const due = await rotationDue(new Date(), timeZone);
  if (due) await rotateBoth(new Date(), timeZone);
  const live = liveSignal<NewtabData | undefined>(() => loadNewtab(new Date(), timeZone), undefined);
  await firstValue(live);
  if (!due) void rotateBoth(new Date(), timeZone);
  return { data: live.value as ReadonlySignal<NewtabData>, actions: makeActions(timeZone) };
}
