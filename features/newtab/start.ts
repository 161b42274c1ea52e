// How a new tab starts. Dexie's code costs more to load than the whole first read, so when the
// database is there at the current schema, the first render reads IndexedDB directly (the same
// queries, see lib/reads/reader.ts) and Dexie loads after it to keep the page live and run the
// buttons. Otherwise (a first run, an update) the start goes through Dexie (live.ts).
import { signal } from '@preact/signals';
import { trackRead } from '../../lib/live/page-state';
import { systemTimeZone } from '../../lib/model/calendar';
import { openDirectReader, type RawReader } from '../../lib/reads/direct';
import type { Actions } from './actions';
import type { NewtabData } from './data';
import type { Live } from './live';
import { loadNewtab, withPlan } from './load';
import { planRotation, type RotationPlan, type Slot, STATE_SETTING } from './rotation-read';

export const DIRECT_READ_MARK = 'tb:direct-read';

export async function startNewtab(): Promise<Live> {
  const timeZone = systemTimeZone();
  const first = await readDirect(timeZone);
  if (!first) return (await import('./live')).startFromStore(timeZone);
  // Which way this tab started, for the benchmark and the tests.
  performance.mark(DIRECT_READ_MARK);
  const data = signal(first);
  // After the first fresh frame: loading Dexie sooner would delay it.
  // Counted as a read: the page is not ready until the live query has answered too.
  const store = trackRead(new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))).then(() => import('./live')));
  void store.then((m) => m.keepLive(data, timeZone));
  return { data, actions: whenLoaded(store.then((m) => m.makeActions(timeZone))) };
}

/**
 * The first read, straight from IndexedDB; undefined when it must go through Dexie. Beside it,
 * the rotation's check: when the prompt or the cue moves on (every tab, with "change on every
 * tab"), the first render shows the new ones, stored at the same time.
 */
export async function readDirect(timeZone: string, now = new Date()): Promise<NewtabData | undefined> {
  const r = await openDirectReader();
  if (!r) return undefined;
  try {
    const [data, plan] = await Promise.all([loadNewtab(r, now, timeZone), planRotation(r, now, timeZone)]);
    if (!Object.keys(plan).length) return data;
    const [moved] = await Promise.all([withPlan(r, data, plan), save(r, plan)]);
    return moved;
  } catch {
    return undefined;
  } finally {
    r.close();
  }
}

// Stored at once, not once Dexie has loaded: a tab closed within that time would leave the
// next one to pick from the old state, and perhaps show the same prompt again.
function save(r: RawReader, plan: RotationPlan): Promise<unknown> {
  return Promise.all(Object.entries(plan).map(([slot, value]) => r.put('settings', { key: STATE_SETTING[slot as Slot].key, value })));
}

/** The buttons' actions, each waiting for the store's code the first time it is used. */
function whenLoaded(actions: Promise<Actions>): Actions {
  return new Proxy({} as Actions, {
    get:
      (_, name) =>
      async (...args: unknown[]) =>
        ((await actions)[name as keyof Actions] as (...a: unknown[]) => unknown)(...args),
  });
}
