import { describe, expect, it } from 'vitest';
import {
  addMeeting,
  getMeeting,
  heldMeetingCount,
  lastMeeting,
  logContact,
  meetingsForPerson,
  nextPlannedWith,
  upcomingMeetings,
  updateMeeting,
} from './meetings';
import { addPerson, getPerson } from './people';

const at = (d: number) => new Date(Date.UTC(2026, 2, 1 + d, 10)).toISOString();

describe('meetings repository', () => {
  it('adds a held meeting by default, which resets the clock in the same write', async () => {
    const p = await addPerson({ name: 'Ana', direction: 'up' }, at(0));
    const m = await addMeeting({ personId: p.id, at: at(5), notes: '**hi**' }, at(5));
    expect(m).toMatchObject({ kind: 'meeting', status: 'held' });
    expect(await getMeeting(m.id)).toEqual(m);
    expect((await getPerson(p.id))?.lastContactAt).toBe(at(5));
  });

  it('a planned meeting does not reset the clock until it is marked held', async () => {
    const p = await addPerson({ name: 'Bo', direction: 'peer' }, at(0));
    const m = await addMeeting({ personId: p.id, at: at(10), status: 'planned' }, at(1));
    expect((await getPerson(p.id))?.lastContactAt).toBeUndefined();
    await updateMeeting(m.id, { status: 'held', rapport: 4 });
    expect((await getPerson(p.id))?.lastContactAt).toBe(at(10));
    expect((await getMeeting(m.id))?.rapport).toBe(4);
    await expect(updateMeeting('missing', {})).rejects.toThrow(/No meeting/);
  });

  it('logs a quick contact with a note', async () => {
    const p = await addPerson({ name: 'Cai', direction: 'down' }, at(0));
    const c = await logContact(p.id, 'call', 'Quick check-in', at(3));
    expect(c).toMatchObject({ kind: 'call', status: 'held', notes: 'Quick check-in', at: at(3) });
    expect((await getPerson(p.id))?.lastContactAt).toBe(at(3));
    expect(await logContact(p.id, 'message', '', at(4))).not.toHaveProperty('notes');
  });

  it('lists upcoming planned meetings soonest first, bounded', async () => {
    const p = await addPerson({ name: 'Dev', direction: 'outside' }, at(0));
    await addMeeting({ personId: p.id, at: at(9), status: 'planned' });
    await addMeeting({ personId: p.id, at: at(7), status: 'planned' });
    await addMeeting({ personId: p.id, at: at(2), status: 'planned' });
    await addMeeting({ personId: p.id, at: at(8) });
    expect((await upcomingMeetings(new Date(at(5)), 10)).map((m) => m.at)).toEqual([at(7), at(9)]);
    expect(await upcomingMeetings(new Date(at(5)), 1)).toHaveLength(1);
  });

  it("lists a person's meetings newest first and finds the last real meeting", async () => {
    const p = await addPerson({ name: 'Eli', direction: 'up' }, at(0));
    const other = await addPerson({ name: 'Fay', direction: 'up' }, at(0));
    const m1 = await addMeeting({ personId: p.id, at: at(1) });
    await logContact(p.id, 'chat', 'hi', at(3));
    await addMeeting({ personId: other.id, at: at(4) });
    expect((await meetingsForPerson(p.id)).map((m) => m.at)).toEqual([at(3), at(1)]);
    expect(await meetingsForPerson(p.id, 1)).toHaveLength(1);
    expect((await lastMeeting(p.id))?.id).toBe(m1.id);
    expect(await lastMeeting('nobody')).toBeUndefined();
  });
});

describe('planned and held meetings per person', () => {
  it('finds the next planned meeting and counts held ones up to a cap', async () => {
    const p = await addPerson({ name: 'Gil', direction: 'up' });
    await addMeeting({ personId: p.id, at: at(1) });
    await logContact(p.id, 'call', '', at(2));
    await addMeeting({ personId: p.id, at: at(3) });
    await addMeeting({ personId: p.id, at: at(4) });
    const planned = await addMeeting({ personId: p.id, at: at(9), status: 'planned' });
    expect((await nextPlannedWith(p.id, new Date(at(5))))?.id).toBe(planned.id);
    expect(await nextPlannedWith(p.id, new Date(at(10)))).toBeUndefined();
    expect(await heldMeetingCount(p.id, 10)).toBe(3);
    expect(await heldMeetingCount(p.id, 2)).toBe(2);
  });
});
