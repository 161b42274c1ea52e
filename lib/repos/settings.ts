import { db } from '../db/db';
import { nowIso } from '../ids';

export async function getSetting<T>(key: string, fallback: T): Promise<T> {
  const row = await db.settings.get(key);
  return row === undefined ? fallback : (row.value as T);
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value, updatedAt: nowIso() });
}

/** The settings whose keys start with `prefix`, as key and value. */
export function settingsStartingWith(prefix: string): Promise<Array<{ key: string; value: unknown }>> {
  return db.settings.where('key').startsWith(prefix).toArray();
}

/** Several settings in one read, by key (absent keys are left out). */
