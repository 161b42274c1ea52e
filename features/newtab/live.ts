// The new tab's connection to the store through Dexie: keep the page's data live, and move the
// prompt and the cue on when their time is up. Loaded after the first render when that render
// could read IndexedDB directly (start.ts), or before it when it could not.
import type { ReadonlySignal, Signal } from '@preact/signals';
import { dexieReader } from '../../lib/db/dexie-reader';
import { feed, firstValue, liveSignal, nextValue } from '../../lib/live/live-signal';
import { readTogether } from '../../lib/repos/read-together';
import { type Actions, makeActions } from './actions';
import type { NewtabData } from './data';
import { loadNewtab } from './load';
import { rotationDue } from './rotation-read';
import { rotateBoth } from './rotation-store';

export interface Live {
  data: ReadonlySignal<NewtabData>;
  actions: Actions;
}

export { makeActions };

const sameData = (a: NewtabData, b: NewtabData) => JSON.stringify(a) === JSON.stringify(b);

const query = (timeZone: string) => () => readTogether(() => loadNewtab(dexieReader, new Date(), timeZone));

/**
 * The whole start through Dexie (a first run, an upgrade, or a prompt due to change). Resolves
 * once the first fresh data is in, so the page replaces the painted snapshot in one step.
 */
export async function startFromStore(timeZone: string): Promise<Live> {
  const live = liveSignal<NewtabData | undefined>(query(timeZone), undefined);
  // Whether the prompt or the cue is due to change is read beside the first read, not before it.
  const [due] = await Promise.all([rotationDue(dexieReader, new Date(), timeZone), firstValue(live)]);
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

/**
 * After a first render read directly from IndexedDB, which also moved the rotation on if its
 * time was up: keep `data` live from here on.
 */
export function keepLive(data: Signal<NewtabData>, timeZone: string): void {
  // Its first value is most often what the direct read showed: that renders nothing again.
  feed(data, query(timeZone), sameData);
}
