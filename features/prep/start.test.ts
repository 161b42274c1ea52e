import { describe, expect, it } from 'vitest';
import { touchesFirstFrame } from '../../lib/db/write-stamp';
import { dexieReader } from '../../lib/reads/dexie-reader';
import { addAction } from '../../lib/repos/actions';
import { addMeeting } from '../../lib/repos/meetings';
import { addPerson } from '../../lib/repos/people';
import { setSetting } from '../../lib/repos/settings';
import { draftFor, draftSetting } from './draft';
import { defaultTarget, loadPrep, TIMER_SETTING } from './prep-read';
import { readFirst } from './start';

const TZ = 'Europe/London';
const NOW = new Date('2026-03-01T10:00:00Z');

async function twoPeople() {
  const ada = await addPerson({ name: 'Ada Lovelace', direction: 'up', teachBack: 'spreadsheets' }, '2025-12-01T09:00:00.000Z');
  const grace = await addPerson({ name: 'Grace Hopper', direction: 'peer', teachBack: 'compilers' }, '2025-12-01T09:00:00.000Z');
  await addAction({ text: 'Send the draft', owner: 'me', personId: grace.id });
  await addMeeting({ personId: grace.id, at: '2026-03-01T11:00:00.000Z', status: 'planned', kind: 'meeting' });
  return { ada, grace };
}

describe('the popup’s first read, straight from IndexedDB', () => {
  it('finds the person and the prep that the app, through Dexie, finds', async () => {
    const { grace } = await twoPeople();
    const first = await readFirst(NOW, TZ);
    expect(await defaultTarget(dexieReader, NOW, TZ)).toBe(grace.id);
    const prep = await loadPrep(dexieReader, grace.id, NOW);
    expect(first?.prep).toEqual(prep);
    expect(first?.prep.actions.map((a) => a.text)).toEqual(['Send the draft']);
    expect(first?.draft).toEqual(prep && draftFor(prep, []));
    expect(first).toMatchObject({ active: 2, everyone: 2 });
  });

  it('follows a change of the next meeting', async () => {
    const { ada } = await twoPeople();
    await addMeeting({ personId: ada.id, at: '2026-03-01T10:30:00.000Z', status: 'planned', kind: 'meeting' });
    expect((await readFirst(NOW, TZ))?.prep.person.id).toBe(ada.id);
  });

  it('leaves the first frame to the app while a meeting runs', async () => {
    const { grace } = await twoPeople();
    const prep = await loadPrep(dexieReader, grace.id, NOW);
    if (!prep) throw new Error('no prep for Grace');
    await setSetting(TIMER_SETTING, { personId: grace.id, startedAt: NOW.toISOString(), segments: [], pausedMs: 0 });
    await setSetting(draftSetting(grace.id), { ...draftFor(prep, []), step: 'run' });
    expect(await readFirst(NOW, TZ)).toBeUndefined();
  });
});

describe('what the popup’s first read depends on', () => {
  it('is stamped when written: the meeting running and the drafts', () => {
    expect(touchesFirstFrame('settings', [TIMER_SETTING.key])).toBe(true);
    expect(touchesFirstFrame('settings', [draftSetting('p1').key])).toBe(true);
  });
});
