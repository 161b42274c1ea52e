import { db } from '../db/db';
import { dexieReader } from '../db/dexie-reader';
import * as reads from '../reads/queries';

export async function getSetting<T>(key: string, fallback: T): Promise<T> {
  const row = await db.settings.get(key);
  return row === undefined ? fallback : (row.value as T);
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}

/** Several settings in one read, by key (absent keys are left out). */
/** Several settings in one read, by key (absent keys are left out). */
export const getSettings = (keys: string[]): Promise<Map<string, unknown>> => reads.getSettings(dexieReader, keys);
