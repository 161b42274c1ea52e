import { describe, expect, it } from 'vitest';
import { db } from '../db/db';
import { listConflicts } from '../sync/conflicts';
import { pack } from '../sync/packed';
import { emptyVersion, mergeVersions, writeLocal } from '../sync/versions';
import { keepValue } from './conflicts';
import { addPerson, getPerson } from './people';

describe('changed on two devices', () => {
  it('lists both values and keeps the one the user picks, marked to settle it everywhere', async () => {
    const p = await addPerson({ name: 'Ada', direction: 'up', learnFrom: 'from the laptop' });
    const ref = `people:${p.id}`;
    const base = emptyVersion(ref);
    const laptop = writeLocal(base, { name: 'Ada', learnFrom: 'from the laptop' }, { d: 'laptop', c: 1, t: '2026-12-01T10:00:00Z' });
    const phone = writeLocal(base, { name: 'Ada', learnFrom: 'from the phone' }, { d: 'phone', c: 1, t: '2026-12-01T09:00:00Z' });
    await db.syncVersions.put({ ref, docId: 'd1', version: pack(mergeVersions(laptop, phone)), conflicted: 1 });
    const [c] = await listConflicts();
    expect(c).toMatchObject({ ref, label: 'Ada', field: 'learnFrom', shown: { v: 'from the laptop' } });
    expect(c?.others.map((o) => o.v)).toEqual(['from the phone']);
    await keepValue(ref, 'learnFrom', 'from the phone');
    expect((await getPerson(p.id))?.learnFrom).toBe('from the phone');
    expect((await db.outbox.get(ref))?.settle).toEqual(['learnFrom']);
  });
});
