import { db } from '../db/db';
import { newId, nowIso } from '../ids';
import type { Reflection } from '../model/types';

export async function addReflection(input: Omit<Reflection, 'id' | 'at'>, at = nowIso()): Promise<Reflection> {
  const reflection: Reflection = { ...input, id: newId(), at };
  await db.reflections.add(reflection);
  return reflection;
}

export function recentReflections(limit: number): Promise<Reflection[]> {
  return db.reflections.orderBy('at').reverse().limit(limit).toArray();
}

export function reflectionsForPerson(personId: string): Promise<Reflection[]> {
  return db.reflections.where('personId').equals(personId).reverse().sortBy('at');
}
