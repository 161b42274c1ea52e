import { db } from '../db/db';
import { nowIso } from '../ids';
import { dexieReader } from '../reads/dexie-reader';
import * as reads from '../reads/queries';

export const getSetting = <T>(key: string, fallback: T): Promise<T> => reads.getSetting(dexieReader, key, fallback);

export async function setSetting(key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value, updatedAt: nowIso() });
}

/** The settings whose keys start with `prefix`, as key and value. */
export const settingsStartingWith = (prefix: string): Promise<Array<{ key: string; value: unknown }>> =>
  reads.settingsStartingWith(dexieReader, prefix);

/** Several settings in one read, by key (absent keys are left out). */
