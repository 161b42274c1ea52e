import { db } from '../db/db';
import { newId, nowIso } from '../ids';
import type { Resource } from '../model/types';

export async function addResource(input: Omit<Resource, 'id' | 'savedAt'>, at = nowIso()): Promise<Resource> {
  const resource: Resource = { ...input, id: newId(), savedAt: at, updatedAt: at };
  await db.resources.add(resource);
  return resource;
}

export async function linkResource(id: string, links: Pick<Resource, 'personIds' | 'goalIds'>, at = nowIso()): Promise<void> {
  const changed = await db.resources.update(id, { ...links, updatedAt: at });
  if (!changed) throw new Error(`No resource with id ${id}`);
}

export function recentResources(limit: number): Promise<Resource[]> {
  return db.resources.orderBy('savedAt').reverse().limit(limit).toArray();
}

export async function resourcesFor(link: { personId?: string; goalId?: string }): Promise<Resource[]> {
  if (link.personId) return db.resources.where('personIds').equals(link.personId).toArray();
  if (link.goalId) return db.resources.where('goalIds').equals(link.goalId).toArray();
  return [];
}

export function getResource(id: string): Promise<Resource | undefined> {
  return db.resources.get(id);
}

export async function updateResource(
  id: string,
  patch: Partial<Pick<Resource, 'title' | 'note' | 'personIds' | 'goalIds'>>,
  at = nowIso(),
): Promise<void> {
  const changed = await db.resources.update(id, { ...patch, updatedAt: at });
  if (!changed) throw new Error(`No resource with id ${id}`);
}

export function deleteResource(id: string): Promise<void> {
  return db.resources.delete(id);
}
