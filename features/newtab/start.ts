// How a new tab starts. Dexie's code costs more to load than the whole first read, so when the
// database is there, at the current schema, and nothing must be written first, the first render
// reads IndexedDB directly (the same queries, see lib/db/reader.ts) and Dexie loads after it to
// keep the page live and run the buttons. Otherwise the start goes through Dexie (live.ts).
import { signal } from '@preact/signals';
import { openRawReader } from '../../lib/db/raw-reader';
import { DB_NAME, LATEST_VERSION, SNAPSHOT_TABLES, storesAt } from '../../lib/db/schema';
import { systemTimeZone } from '../../lib/model/calendar';
import type { Actions } from './actions';
import type { NewtabData } from './data';
import type { Live } from './live';
import { loadNewtab } from './load';
import { rotationDue } from './rotation-read';

export const DIRECT_READ_MARK = 'tb:direct-read';

export async function startNewtab(): Promise<Live> {
  const timeZone = systemTimeZone();
  const first = await readDirect(timeZone);
  if (!first) return (await import('./live')).startFromStore(timeZone);
  // Which way this tab started, for the benchmark and the tests.
  performance.mark(DIRECT_READ_MARK);
  const data = signal(first);
  // After the first fresh frame: loading Dexie sooner would delay it.
  const store = new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))).then(() => import('./live'));
  void store.then((m) => m.keepLive(data, timeZone));
  return { data, actions: whenLoaded(store.then((m) => m.makeActions(timeZone))) };
}

/** The first read, straight from IndexedDB; undefined when it must go through Dexie. */
export async function readDirect(timeZone: string, now = new Date()): Promise<NewtabData | undefined> {
  const stores = Object.fromEntries(Object.entries(storesAt(LATEST_VERSION)).filter(([t]) => !SNAPSHOT_TABLES.includes(t)));
  const r = await openRawReader(DB_NAME, LATEST_VERSION, stores);
  if (!r) return undefined;
  try {
    const [data, due] = await Promise.all([loadNewtab(r, now, timeZone), rotationDue(r, now, timeZone)]);
    return due ? undefined : data;
  } catch {
    return undefined;
  } finally {
    r.close();
  }
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
