import { describe, expect, it } from 'vitest';
import { addPerson, setStatus } from '../../lib/repos/people';
import { loadGlance } from './glance';

describe('network glance', () => {
  it('is empty for a new user', async () => {
    expect(await loadGlance(new Date())).toEqual({ activeCount: 0 });
  });

  it('counts active people and names the one to contact first', async () => {
    const t0 = '2026-01-01T00:00:00.000Z';
    const late = await addPerson({ name: 'Late', direction: 'down', cadence: { idealDays: 5, maxDays: 8 } }, t0);
    await addPerson({ name: 'Calm', direction: 'up', cadence: { idealDays: 60, maxDays: 90 } }, t0);
    const ended = await addPerson({ name: 'Gone', direction: 'peer', cadence: { idealDays: 1, maxDays: 2 } }, t0);
    await setStatus(ended.id, 'ended');
    const g = await loadGlance(new Date('2026-01-20T00:00:00Z'));
    expect(g.activeCount).toBe(2);
    expect(g.firstDue).toMatchObject({ person: { id: late.id }, urgency: 'overdue', idealDays: 5, dueAt: '2026-01-06T00:00:00.000Z' });
    // Before anyone is due, the glance names who comes next.
    expect((await loadGlance(new Date('2026-01-02T00:00:00Z'))).firstDue).toMatchObject({ person: { id: late.id }, urgency: 'fine' });
  });
});
