import { describe, expect, it } from 'vitest';
import { defineSetting, isStringArray, SETTINGS, settingValue, syncsSetting } from './registry';

describe('settings registry', () => {
  it('declares each key once', () => {
    const keys = Object.values(SETTINGS).map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('reads what is stored when it is usable, the fallback otherwise', () => {
    expect(settingValue(SETTINGS.theme, 'dark')).toBe('dark');
    expect(settingValue(SETTINGS.theme, 'purple')).toBe('system');
    expect(settingValue(SETTINGS.theme, undefined)).toBe('system');
    expect(settingValue(SETTINGS.promptWindowDays, 400)).toBe(14);
    expect(settingValue(SETTINGS.promptWindowDays, 0)).toBe(0);
    expect(settingValue(SETTINGS.hiddenPrompts, ['a', 2])).toEqual([]);
    expect(settingValue(SETTINGS.calendarStatus, null)).toBeNull();
  });

  it('syncs the choices a person expects on every device, and nothing of a device’s own', () => {
    expect(syncsSetting(SETTINGS.theme.key)).toBe(true);
    expect(syncsSetting(SETTINGS.hiddenPrompts.key)).toBe(true);
    expect(syncsSetting(SETTINGS.promptShown.key)).toBe(false);
    expect(syncsSetting(SETTINGS.calendarAddress.key)).toBe(false);
    // A setting declared elsewhere (a draft, a timer) is a device's own.
    expect(syncsSetting(defineSetting('prep.draft.x', [], isStringArray).key)).toBe(false);
  });
});
