import { db } from '../db/db';
import { newId, nowIso } from '../ids';
import type { Reflection } from '../model/types';
import { dexieReader } from '../reads/dexie-reader';
import * as reads from '../reads/queries';

export async function addReflection(input: Omit<Reflection, 'id' | 'at'>, at = nowIso()): Promise<Reflection> {
  const reflection: Reflection = { ...input, id: newId(), at, updatedAt: at };
  await db.reflections.add(reflection);
  return reflection;
}

export const recentReflections = (limit: number): Promise<Reflection[]> => reads.recentReflections(dexieReader, limit);

export function reflectionsForPerson(personId: string): Promise<Reflection[]> {
  return db.reflections.where('personId').equals(personId).reverse().sortBy('at');
}
