// What sync carries: every record of the user's, and of the settings only the choices a person
// expects on every device. A device's own state (what a tab showed last, drafts, timers, which
// reminders it sent) stays on it.

import { NOTIFY_BEFORE_KEY } from '../ext/reminders';
import { LAYOUT_KEY } from '../model/widgets';
import { ROTATION_KEYS } from '../prompts/bank';
import { SITE_URL_KEY } from '../share/site-url';
import { THEME_KEY } from '../ui/theme';
import { splitRef } from './apply';

const SYNCED_SETTINGS = new Set<string>([
  THEME_KEY,
  LAYOUT_KEY,
  ROTATION_KEYS.frequency,
  ROTATION_KEYS.windowDays,
  ROTATION_KEYS.hidden,
  NOTIFY_BEFORE_KEY,
  SITE_URL_KEY,
]);

export function syncsRecord(ref: string): boolean {
  const { table, key } = splitRef(ref);
  return table !== 'settings' || SYNCED_SETTINGS.has(key);
}
