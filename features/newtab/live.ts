// The new tab's connection to the store: keep the page's data live, and move the prompt and
// the cue on when their time is up. Resolves once the first fresh data is in, so the page
// replaces the painted snapshot in one step.
import type { ReadonlySignal } from '@preact/signals';
import { firstValue, liveSignal, nextValue } from '../../lib/live/live-signal';
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
  const live = liveSignal<NewtabData | undefined>(() => loadNewtab(new Date(), timeZone), undefined);
  // Whether the prompt or the cue is due to change is read beside the first read, not before it.
  const [due] = await Promise.all([rotationDue(new Date(), timeZone), firstValue(live)]);
  if (due) {
    // Render once, with the new ones: the live query sees the rotation's write and reads again.
    const reread = nextValue(live);
    // Should the rotation fail, show what there is rather than wait for a read that never comes.
    const rotated = await rotateBoth(new Date(), timeZone).then(
      () => true,
      () => false,
    );
    if (rotated) await reread;
  } else {
    // The full check (set aside? has the person left?) runs off the first render's path.
    void rotateBoth(new Date(), timeZone);
  }
  return { data: live.value as ReadonlySignal<NewtabData>, actions: makeActions(timeZone) };
}
