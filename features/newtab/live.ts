// The new tab's connection to the store through Dexie: keep the page's data live, and move the
// prompt and the cue on when their time is up. Loaded after the first render when that render
// could read IndexedDB directly (start.ts), or before it when it could not.
import type { ReadonlySignal, Signal } from '@preact/signals';
import { feed, firstValue, liveSignal, nextValue } from '../../lib/live/live-signal';
import { dexieReader } from '../../lib/reads/dexie-reader';
import { readTogether } from '../../lib/repos/read-together';
import { type Actions, makeActions } from './actions';
import type { NewtabData } from './data';
import { loadNewtab } from './load';
import { planRotation } from './rotation-read';
import { saveRotation } from './rotation-store';

export interface Live {
  data: ReadonlySignal<NewtabData>;
  actions: Actions;
}

export { makeActions };

const sameData = (a: NewtabData, b: NewtabData) => JSON.stringify(a) === JSON.stringify(b);

const query = (timeZone: string) => () => readTogether(() => loadNewtab(dexieReader, new Date(), timeZone));

/**
 * The whole start through Dexie (a first run, an update, or a direct read that failed).
 * Resolves once the first fresh data is in, so the page replaces the painted snapshot in one step.
 */
export async function startFromStore(timeZone: string): Promise<Live> {
  const live = liveSignal<NewtabData | undefined>(query(timeZone), undefined);
  // The rotation's check is read beside the first read, not before it.
  const [plan] = await Promise.all([planRotation(dexieReader, new Date(), timeZone), firstValue(live)]);
  if (Object.keys(plan).length) {
    // Render once, with the new ones: the live query sees the write and reads again.
    const reread = nextValue(live);
    // Should the write fail, show what there is rather than wait for a read that never comes.
    const saved = await saveRotation(plan).then(
      () => true,
      () => false,
    );
    if (saved) await reread;
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
