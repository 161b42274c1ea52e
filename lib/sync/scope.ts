// What sync carries: every record of the user's, and of the settings only the choices a person
// expects on every device. A device's own state (what a tab showed last, drafts, timers, which
// reminders it sent) stays on it.

import { syncsSetting } from '../settings/registry';
import { splitRef } from './apply';

export function syncsRecord(ref: string): boolean {
  const { table, key } = splitRef(ref);
  return table !== 'settings' || syncsSetting(key);
}
