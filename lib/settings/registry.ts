// Every setting, declared once: its key, what a stored value must look like to be used, the
// value when there is none (or when what is stored is not usable: a backup or another device
// may hold anything), and whether sync carries it to the user's other devices. A device's own
// state (what a tab showed last, drafts, timers, which reminders it sent) stays on it.
import type { SubscriptionStatus } from '../calendar/subscription';
import type { Frequency, RotationState } from '../prompts/rotation';
import type { Theme } from '../ui/theme';

export interface SettingDef<T> {
  readonly key: string;
  readonly fallback: T;
  readonly synced: boolean;
  readonly accepts: (raw: unknown) => boolean;
}

export function defineSetting<T>(key: string, fallback: T, accepts: (raw: unknown) => boolean, synced = false): SettingDef<T> {
  return { key, fallback, accepts, synced };
}

/** The stored value when it is usable, the setting's fallback otherwise. */
export function settingValue<T>(setting: SettingDef<T>, raw: unknown): T {
  return raw !== undefined && setting.accepts(raw) ? (raw as T) : setting.fallback;
}

export const isString = (v: unknown): boolean => typeof v === 'string';
export const isRecord = (v: unknown): boolean => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isStringArray = (v: unknown): boolean => Array.isArray(v) && v.every((s) => typeof s === 'string');
export const isRecordOrNull = (v: unknown): boolean => v === null || isRecord(v);
const oneOf =
  (...values: unknown[]) =>
  (v: unknown): boolean =>
    values.includes(v);
const numberIn = (min: number, max: number) => (v: unknown) => typeof v === 'number' && v >= min && v <= max;
// The layout is made whole by normalizeLayout whatever it holds (lib/model/widgets.ts).
const anything = () => true;

export const SETTINGS = {
  theme: defineSetting<Theme>('theme', 'system', oneOf('system', 'light', 'dark'), true),
  layout: defineSetting<unknown>('newtab.layout', undefined, anything, true),
  promptFrequency: defineSetting<Frequency>('prompt.frequency', 'hour', oneOf('tab', 'hour', 'day'), true),
  promptWindowDays: defineSetting<number>('prompt.windowDays', 14, numberIn(0, 365), true),
  hiddenPrompts: defineSetting<string[]>('prompt.hidden', [], isStringArray, true),
  notifyBefore: defineSetting<number>('notify.before', 0, numberIn(0, 24 * 60), true),
  siteUrl: defineSetting<string>('siteUrl', '', isString, true),
  promptShown: defineSetting<RotationState | undefined>('rotation.prompt', undefined, isRecord),
  cueShown: defineSetting<RotationState | undefined>('rotation.cue', undefined, isRecord),
  remindersSent: defineSetting<string[]>('notify.sent', [], isStringArray),
  // Access to its origin is granted per device, so the subscription stays on the device that has it.
  calendarAddress: defineSetting<string>('calendar.subscription', '', isString),
  calendarStatus: defineSetting<SubscriptionStatus | null>('calendar.subscription.status', null, isRecordOrNull),
} as const;

const SYNCED_KEYS = new Set<string>(
  Object.values(SETTINGS)
    .filter((s) => s.synced)
    .map((s) => s.key),
);

/** Whether sync carries the setting stored under `key` (settings declared elsewhere are a device's own). */
export const syncsSetting = (key: string): boolean => SYNCED_KEYS.has(key);
