import { describe, expect, it } from 'vitest';
import { addMeeting } from '../repos/meetings';
import { addPerson } from '../repos/people';
import { addReflection } from '../repos/reflections';
import { dexieReader } from './dexie-reader';
import * as reads from './queries';

const activeBetween = (from: string, to: string) => reads.activeBetween(dexieReader, from, to);

describe('activity probe', () => {
  it('sees reflections and held contacts, not planned meetings', async () => {
    const p = await addPerson({ name: 'A', direction: 'up' });
    await addMeeting({ personId: p.id, at: '2026-01-02T10:00:00.000Z', status: 'planned' });
    expect(await activeBetween('2026-01-02T00:00:00.000Z', '2026-01-02T23:59:59.999Z')).toBe(false);
    await addMeeting({ personId: p.id, at: '2026-01-03T10:00:00.000Z' });
    expect(await activeBetween('2026-01-03T00:00:00.000Z', '2026-01-03T23:59:59.999Z')).toBe(true);
    await addReflection({ text: 'x' }, '2026-01-05T08:00:00.000Z');
    expect(await activeBetween('2026-01-05T00:00:00.000Z', '2026-01-05T23:59:59.999Z')).toBe(true);
  });
});
