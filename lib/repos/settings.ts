import { db } from '../db/db';
import { nowIso } from '../ids';
import { dexieReader } from '../reads/dexie-reader';
import * as reads from '../reads/queries';
import type { SettingDef } from '../settings/registry';

export const getSetting = <T>(setting: SettingDef<T>): Promise<T> => reads.readSetting(dexieReader, setting);

export async function setSetting<T>(setting: SettingDef<T>, value: T): Promise<void> {
  await db.settings.put({ key: setting.key, value, updatedAt: nowIso() });
}
