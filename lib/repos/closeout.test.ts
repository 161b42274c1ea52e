import { describe, expect, it, vi } from 'vitest';
import { db } from '../db/db';
import { defineSetting, isRecord } from '../settings/registry';
import { openActionsForPerson } from './actions';
import { closeOutMeeting } from './closeout';
import { addMeeting, getMeeting, meetingsForPerson, upcomingMeetings } from './meetings';
import { addPerson, getPerson } from './people';
import { getSetting, setSetting } from './settings';

// The popup's drafts are its own settings (features/prep/draft.ts): the same key, seen from here.
const draft = (id: string) => defineSetting<object | undefined>(`prep.draft.${id}`, undefined, isRecord);

const base = (personId: string) => ({
  personId,
  at: '2026-06-01T10:00:00.000Z',
  minutes: 60,
  split: { mine: 80, theirs: 20 },
  agenda: [
    { text: 'Promotion case', from: 'me' as const, done: true },
    { text: 'Their hiring question', from: 'them' as const },
  ],
  notes: '**Good** talk',
  agreements: ['Meet every two weeks', ' '],
  actions: [
    { text: 'Send the draft', owner: 'me' as const, dueAt: '2026-06-08T00:00:00.000Z' },
    { text: 'Share the checklist', owner: 'them' as const },
    { text: '  ', owner: 'me' as const },
  ],
  rapport: 4,
  rapportNote: 'easy',
  nextAt: '2026-06-15T10:00:00.000Z',
});

describe('close-out', () => {
  it('records the meeting, actions, carried points, the clock and the next meeting together', async () => {
    const p = await addPerson({ name: 'Ana', direction: 'up', pendingPoints: [{ text: 'old', from: 'me' }] }, '2026-01-01T00:00:00.000Z');
    await setSetting(draft('x'), { any: 1 });
    const m = await closeOutMeeting(
      {
        ...base(p.id),
        draftKey: 'prep.draft.x',
        agreement: { objectives: ['Learn budgeting'], cadence: { idealDays: 14, maxDays: 21 }, whoSchedules: 'me' },
      },
      '2026-06-01T11:00:00.000Z',
    );
    expect(await getMeeting(m.id)).toMatchObject({
      status: 'held',
      rapport: 4,
      agreements: ['Meet every two weeks'],
      notes: '**Good** talk',
    });
    expect((await openActionsForPerson(p.id)).map((a) => [a.text, a.owner])).toEqual([
      ['Send the draft', 'me'],
      ['Share the checklist', 'them'],
    ]);
    const after = await getPerson(p.id);
    expect(after?.pendingPoints).toEqual([{ text: 'Their hiring question', from: 'them' }]);
    expect(after?.lastContactAt).toBe('2026-06-01T10:00:00.000Z');
    expect(after?.agreement).toMatchObject({ objectives: ['Learn budgeting'], agreedAt: '2026-06-01T11:00:00.000Z' });
    expect(after?.cadence).toEqual({ idealDays: 14, maxDays: 21 });
    expect((await upcomingMeetings(new Date('2026-06-02'), 5)).map((x) => x.at)).toEqual(['2026-06-15T10:00:00.000Z']);
    expect(await getSetting(draft('x'))).toBeUndefined();
  });

  it('turns the planned meeting it fulfils into the held one', async () => {
    const p = await addPerson({ name: 'Bo', direction: 'peer' });
    const planned = await addMeeting({ personId: p.id, at: '2026-06-01T09:00:00.000Z', status: 'planned' });
    await closeOutMeeting({ ...base(p.id), meetingId: planned.id, nextAt: undefined });
    const all = await meetingsForPerson(p.id);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ id: planned.id, status: 'held' });
  });

  it('writes nothing if any part fails, and keeps the draft', async () => {
    const p = await addPerson({ name: 'Cy', direction: 'down' });
    await setSetting(draft('y'), { keep: true });
    const spy = vi.spyOn(db.actions, 'bulkAdd').mockRejectedValueOnce(new Error('QuotaExceededError'));
    await expect(closeOutMeeting({ ...base(p.id), draftKey: 'prep.draft.y' })).rejects.toThrow('QuotaExceededError');
    spy.mockRestore();
    expect(await meetingsForPerson(p.id)).toEqual([]);
    expect((await getPerson(p.id))?.lastContactAt).toBeUndefined();
    expect(await getSetting(draft('y'))).toEqual({ keep: true });
  });
});
