import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { isCleanStamp, readWriteStamp } from '../reads/write-stamp';
import { addMeeting } from '../repos/meetings';
import { addPerson } from '../repos/people';
import { setSetting } from '../repos/settings';
import { defineSetting, isRecordOrNull } from '../settings/registry';
import { db } from './db';
import { stampWrite, touchesFirstFrame } from './write-stamp';

const settled = async () => {
  // The stamp is set without waiting; its writes land in the order they were made.
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
  return readWriteStamp();
};

beforeEach(() => fakeBrowser.reset());

describe('the write stamp', () => {
  it('changes with every committed write the popup’s first frame reads, and is clean after it', async () => {
    expect(await settled()).toBeUndefined();
    const ada = await addPerson({ name: 'Ada Lovelace', direction: 'up' });
    const afterPerson = await settled();
    expect(isCleanStamp(afterPerson)).toBe(true);
    await addMeeting({ personId: ada.id, at: '2026-03-01T10:00:00.000Z', status: 'planned', kind: 'meeting' });
    const afterMeeting = await settled();
    expect(isCleanStamp(afterMeeting)).toBe(true);
    expect(afterMeeting).not.toBe(afterPerson);
  });

  it('stays as it was for writes the first frame does not read', async () => {
    await addPerson({ name: 'Ada Lovelace', direction: 'up' });
    const before = await settled();
    await setSetting(
      defineSetting<string[] | undefined>('prep.questions.x', undefined, (v): v is string[] => Array.isArray(v)),
      ['q1'],
    );
    await db.resources.put({
      id: 'r1',
      title: 'A page',
      url: 'https://example.org',
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
    } as never);
    expect(await settled()).toBe(before);
    await setSetting(defineSetting('prep.timer', undefined, isRecordOrNull), null);
    expect(await settled()).not.toBe(before);
  });

  it('says "writing" until the last of a page’s writes has ended, committed or not', async () => {
    const [a, b] = [new EventTarget(), new EventTarget()] as unknown as IDBTransaction[];
    stampWrite(a as IDBTransaction);
    stampWrite(b as IDBTransaction);
    expect((await settled())?.startsWith('w:')).toBe(true);
    a?.dispatchEvent(new Event('complete'));
    expect((await settled())?.startsWith('w:')).toBe(true);
    b?.dispatchEvent(new Event('abort'));
    expect(isCleanStamp(await settled())).toBe(true);
  });

  it('counts the popup’s own settings, and only those', () => {
    expect(touchesFirstFrame('settings', ['prep.timer'])).toBe(true);
    expect(touchesFirstFrame('settings', ['prep.draft.p1'])).toBe(true);
    expect(touchesFirstFrame('settings', ['newtab.turn'])).toBe(false);
    expect(touchesFirstFrame('settings', undefined)).toBe(true);
    expect(touchesFirstFrame('snapshots', undefined)).toBe(false);
  });
});
