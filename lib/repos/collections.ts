import { db } from '../db/db';
import { newId, nowIso } from '../ids';
import type { Collection } from '../model/types';

export async function addCollection(input: Omit<Collection, 'id' | 'createdAt' | 'updatedAt'>, at = nowIso()): Promise<Collection> {
  const collection: Collection = { resourceIds: [], ...input, id: newId(), createdAt: at, updatedAt: at };
  await db.collections.add(collection);
  return collection;
}

export async function updateCollection(id: string, patch: Partial<Omit<Collection, 'id' | 'createdAt'>>, at = nowIso()): Promise<void> {
  const changed = await db.collections.update(id, { ...patch, updatedAt: at });
  if (!changed) throw new Error(`No collection with id ${id}`);
}

export function listCollections(): Promise<Collection[]> {
  return db.collections.orderBy('updatedAt').reverse().toArray();
}
