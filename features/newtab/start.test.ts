import { describe, expect, it } from 'vitest';
import { db } from '../../lib/db/db';
import { dexieReader } from '../../lib/db/dexie-reader';
import { addPerson } from '../../lib/repos/people';
import { readTogether } from '../../lib/repos/read-together';
import { loadNewtab } from './load';
import { rotateBoth } from './rotation-store';
import { readDirect } from './start';

const TZ = 'Europe/London';
const NOW = new Date('2026-03-01T10:00:00Z');

describe('the new tab’s first read, straight from IndexedDB', () => {
  it('reads what the live query through Dexie reads', async () => {
    await addPerson({ name: 'Ada Lovelace', direction: 'up', teachBack: 'spreadsheets' }, '2025-12-01T09:00:00.000Z');
    await rotateBoth(NOW, TZ);
    const direct = await readDirect(TZ, NOW);
    expect(direct?.prompt).toBeDefined();
    expect(direct).toEqual(await readTogether(() => loadNewtab(dexieReader, NOW, TZ)));
  });

  it('leaves the start to Dexie when the prompt is due to change, which needs a write first', async () => {
    await addPerson({ name: 'Ada Lovelace', direction: 'up' }, '2025-12-01T09:00:00.000Z');
    expect(await readDirect(TZ, NOW)).toBeUndefined(); // never rotated
    await rotateBoth(NOW, TZ);
    expect(await readDirect(TZ, new Date('2026-03-01T10:30:00Z'))).toBeDefined();
    expect(await readDirect(TZ, new Date('2026-03-01T11:00:00Z'))).toBeUndefined(); // hourly, by default
  });

  it('leaves a first run, with no database yet, to Dexie', async () => {
    await db.delete();
    expect(await readDirect(TZ, NOW)).toBeUndefined();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(db.name);
  });
});
