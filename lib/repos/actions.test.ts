import { describe, expect, it } from 'vitest';
import { actionsForMeeting, addAction, completeAction, openActions, openActionsForPerson, reopenAction, updateAction } from './actions';

const d = (n: number) => new Date(Date.UTC(2026, 4, n)).toISOString();

describe('actions repository', () => {
  it('lists open actions by due date, undated last, and filters by owner', async () => {
    const a = await addAction({ text: 'Send draft', owner: 'me', dueAt: d(10) });
    const b = await addAction({ text: 'Share checklist', owner: 'them', dueAt: d(5) });
    const c = await addAction({ text: 'Read chapter', owner: 'me' });
    expect((await openActions(10)).map((x) => x.id)).toEqual([b.id, a.id, c.id]);
    expect((await openActions(10, 'me')).map((x) => x.id)).toEqual([a.id, c.id]);
    expect(await openActions(1)).toHaveLength(1);
    expect(await openActions(10)).not.toContainEqual(expect.objectContaining({ openDue: expect.anything() }));
  });

  it('completing removes an action from the open lists; reopening brings it back', async () => {
    const a = await addAction({ text: 'Book critique', owner: 'me', personId: 'p1', dueAt: d(3) });
    const done = await completeAction(a.id, d(4));
    expect(done.doneAt).toBe(d(4));
    expect(await openActions(10)).toEqual([]);
    expect(await openActionsForPerson('p1')).toEqual([]);
    const back = await reopenAction(a.id);
    expect(back).not.toHaveProperty('doneAt');
    expect((await openActionsForPerson('p1')).map((x) => x.id)).toEqual([a.id]);
    await expect(completeAction('nope')).rejects.toThrow(/No action/);
  });

  it('edits text, owner and due date', async () => {
    const a = await addAction({ text: 'x', owner: 'me', dueAt: d(9) });
    await updateAction(a.id, { text: 'Send two examples', owner: 'them', dueAt: d(1) });
    expect((await openActions(5, 'them'))[0]).toMatchObject({ text: 'Send two examples', dueAt: d(1) });
  });

  it('finds the actions agreed at a meeting', async () => {
    await addAction({ text: 'one', owner: 'me', meetingId: 'm1' });
    await addAction({ text: 'two', owner: 'them', meetingId: 'm1' });
    await addAction({ text: 'other', owner: 'me', meetingId: 'm2' });
    expect((await actionsForMeeting('m1')).map((a) => a.text).sort()).toEqual(['one', 'two']);
  });
});

describe('done actions', () => {
  it('lists completed actions, newest first', async () => {
    const { doneActions } = await import('./actions');
    const a = await addAction({ text: 'a', owner: 'me' });
    const b = await addAction({ text: 'b', owner: 'them' });
    await addAction({ text: 'open', owner: 'me' });
    await completeAction(a.id, '2026-01-01T00:00:00.000Z');
    await completeAction(b.id, '2026-02-01T00:00:00.000Z');
    expect((await doneActions(10)).map((x) => x.text)).toEqual(['b', 'a']);
  });
});
