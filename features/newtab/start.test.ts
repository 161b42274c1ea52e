import { describe, expect, it, vi } from 'vitest';
import { db } from '../../lib/db/db';
import { dexieReader } from '../../lib/reads/dexie-reader';
import { addPerson } from '../../lib/repos/people';
import { readTogether } from '../../lib/repos/read-together';
import { getSetting, setSetting } from '../../lib/repos/settings';
import { SETTINGS } from '../../lib/settings/registry';
import { loadNewtab } from './load';
import { rotateBoth } from './rotation-store';
import { readDirect } from './start';

const TZ = 'Europe/London';
const NOW = new Date('2026-03-01T10:00:00Z');
const stored = async () => (await getSetting(SETTINGS.promptShown))?.current?.id;

describe('the new tab’s first read, straight from IndexedDB', () => {
  it('reads what the live query through Dexie reads', async () => {
    await addPerson({ name: 'Ada Lovelace', direction: 'up', teachBack: 'spreadsheets' }, '2025-12-01T09:00:00.000Z');
    await rotateBoth(NOW, TZ);
    const direct = await readDirect(TZ, NOW);
    expect(direct?.prompt).toBeDefined();
    expect(direct).toEqual(await readTogether(() => loadNewtab(dexieReader, NOW, TZ)));
  });

  it('moves the prompt on when it is due, stores the move, and shows the new one in its first render; otherwise writes nothing', async () => {
    await addPerson({ name: 'Ada Lovelace', direction: 'up', teachBack: 'spreadsheets' }, '2025-12-01T09:00:00.000Z');
    const first = await readDirect(TZ, NOW); // never rotated: a first pick
    expect(first?.prompt?.id).toBeTruthy();
    expect(first?.cue?.name).toBe('Ada Lovelace');
    expect(await stored()).toBe(first?.prompt?.id);
    // As the live query through Dexie will read it once loaded: nothing changes then.
    const live = await readTogether(() => loadNewtab(dexieReader, NOW, TZ));
    expect(first).toEqual(live);
    // Key for key in the same order too: live.ts compares by JSON and renders only on a change.
    expect(JSON.stringify(first)).toBe(JSON.stringify(live));

    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    const later = await readDirect(TZ, new Date('2026-03-01T10:30:00Z')); // hourly, by default
    expect(put).not.toHaveBeenCalled();
    put.mockRestore();
    expect(later?.prompt?.id).toBe(first?.prompt?.id);

    const next = await readDirect(TZ, new Date('2026-03-01T11:00:00Z'));
    expect(next?.prompt?.id).not.toBe(first?.prompt?.id);
    expect(await stored()).toBe(next?.prompt?.id);
  });

  it('shows a new prompt on every tab when asked to, never the same twice in a row', async () => {
    await setSetting(SETTINGS.promptFrequency, 'tab');
    const shown: Array<string | undefined> = [];
    for (let i = 0; i < 8; i++) shown.push((await readDirect(TZ, new Date(NOW.getTime() + i * 1000)))?.prompt?.id);
    expect(shown.every(Boolean)).toBe(true);
    expect(new Set(shown).size).toBe(shown.length); // within the 14-day window, no repeats at all
  });

  it('leaves a first run, with no database yet, to Dexie', async () => {
    await db.delete();
    expect(await readDirect(TZ, NOW)).toBeUndefined();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(db.name);
  });
});
