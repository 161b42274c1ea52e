import { describe, expect, it, vi } from 'vitest';
import { db } from '../../lib/db/db';
import type { RotationState } from '../../lib/prompts/rotation';
import { dexieReader } from '../../lib/reads/dexie-reader';
import { addPerson } from '../../lib/repos/people';
import { addReflection } from '../../lib/repos/reflections';
import { getSetting, setSetting } from '../../lib/repos/settings';
import { SETTINGS, type SettingDef } from '../../lib/settings/registry';
import { planNextTab, planRotation } from './rotation-read';
import { rotateBoth, rotatePrompt, saveRotation } from './rotation-store';

const TZ = 'Europe/Berlin';
const at = (iso: string) => new Date(iso);
const state = (setting: SettingDef<RotationState | undefined>) => getSetting(setting);

describe('rotation store', () => {
  it('picks a prompt and a cue on the first tab, then keeps both for the hour without writing', async () => {
    await addPerson({ name: 'Ada Lovelace', direction: 'up', teachBack: 'spreadsheets' }, '2026-01-01T09:00:00.000Z');
    await rotateBoth(at('2026-03-01T10:00:00Z'), TZ);
    const prompt = await state(SETTINGS.promptShown);
    const cue = await state(SETTINGS.cueShown);
    expect(prompt?.current?.id).toBeTruthy();
    expect(cue?.current?.id).toMatch(/^[^:]+:/);

    const put = vi.spyOn(db.settings, 'put');
    await rotateBoth(at('2026-03-01T10:59:00Z'), TZ);
    expect(put).not.toHaveBeenCalled();
    put.mockRestore();
    expect(await state(SETTINGS.promptShown)).toEqual(prompt);

    await rotateBoth(at('2026-03-01T11:00:00Z'), TZ);
    expect((await state(SETTINGS.promptShown))?.current?.id).not.toBe(prompt?.current?.id);
  });

  it('moves on at once when the prompt showing has been set aside, even within the hour', async () => {
    await rotatePrompt(at('2026-03-01T10:00:00Z'), TZ);
    const shown = (await state(SETTINGS.promptShown))?.current?.id as string;
    await setSetting(SETTINGS.hiddenPrompts, [shown]);
    await rotatePrompt(at('2026-03-01T10:05:00Z'), TZ);
    expect((await state(SETTINGS.promptShown))?.current?.id).not.toBe(shown);
  });

  it('reads recent reflections only when it has to pick', async () => {
    await addReflection({ text: 'a line', promptId: 'x' });
    await rotatePrompt(at('2026-03-01T10:00:00Z'), TZ);
    const where = vi.spyOn(dexieReader, 'where');
    const readsReflections = () => where.mock.calls.some((c) => c[0] === 'reflections');
    await rotatePrompt(at('2026-03-01T10:10:00Z'), TZ);
    expect(where).toHaveBeenCalled(); // the pool (the user's own prompts)
    expect(readsReflections()).toBe(false);
    await rotatePrompt(at('2026-03-01T10:11:00Z'), TZ, Math.random, true);
    expect(readsReflections()).toBe(true);
    where.mockRestore();
  });

  it('plans a move on a first run, after the hour, or on every tab, and nothing in between', async () => {
    const plan = (iso: string) => planRotation(dexieReader, at(iso), TZ);
    expect(Object.keys(await plan('2026-03-01T10:00:00Z'))).toEqual(['prompt']); // no people, so no cue
    await rotateBoth(at('2026-03-01T10:00:00Z'), TZ);
    expect(await plan('2026-03-01T10:30:00Z')).toEqual({});
    expect(Object.keys(await plan('2026-03-01T11:00:00Z'))).toEqual(['prompt']);
    await setSetting(SETTINGS.promptFrequency, 'tab');
    expect(Object.keys(await plan('2026-03-01T10:30:00Z'))).toEqual(['prompt']);
  });

  it('with "every tab", settles the next tab’s prompt and cue in advance, and that tab shows them', async () => {
    await addPerson({ name: 'Ada Lovelace', direction: 'up', teachBack: 'spreadsheets' }, '2026-01-01T09:00:00.000Z');
    expect(await planNextTab(dexieReader, at('2026-03-01T10:00:00Z'), TZ)).toBeUndefined(); // hourly: nothing to settle
    await setSetting(SETTINGS.promptFrequency, 'tab');
    await rotateBoth(at('2026-03-01T10:00:00Z'), TZ);
    const ahead = await planNextTab(dexieReader, at('2026-03-01T10:00:05Z'), TZ);
    if (!ahead) throw new Error('no plan with "every tab"');
    await saveRotation(ahead.promised);
    const promised = (await state(SETTINGS.promptShown))?.next;
    expect(promised).toBeTruthy();
    expect(ahead.upcoming.prompt?.current?.id).toBe(promised);
    expect(ahead.upcoming.cue?.current?.id).toBe((await state(SETTINGS.cueShown))?.next);
    // Settling again (the page rendered again) writes nothing.
    expect((await planNextTab(dexieReader, at('2026-03-01T10:00:09Z'), TZ))?.promised).toEqual({});
    // The next tab moves on to exactly what was promised.
    const next = await planRotation(dexieReader, at('2026-03-01T10:01:00Z'), TZ);
    expect(next.prompt?.current?.id).toBe(promised);
    expect(next.cue?.current?.id).toBe(ahead.upcoming.cue?.current?.id);
  });
});
