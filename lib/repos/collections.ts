import { db } from '../db/db';
import { newId, nowIso } from '../ids';
import type { Collection } from '../model/types';
import type { SharedCollection, SharedItem } from '../share/collection-link';
import { addResource } from './resources';

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

/** The saved resource for a lesson, created the first time it is collected. */
async function lessonResource(lessonId: string, title: string, at: string): Promise<string> {
  const existing = await db.resources.where('lessonId').equals(lessonId).first();
  if (existing) return existing.id;
  const id = newId();
  await db.resources.add({ id, kind: 'lesson', lessonId, title, savedAt: at, updatedAt: at });
  return id;
}

export interface CollectionDraft {
  title: string;
  note?: string;
  lessons: Array<{ lessonId: string; title: string }>;
  /** Saved pages already in the store. */
  resourceIds: string[];
}

/** Creates a collection of lessons and saved pages; lessons become saved resources as needed. */
export async function createCollection(draft: CollectionDraft, at = nowIso()): Promise<Collection> {
  return db.transaction('rw', db.collections, db.resources, async () => {
    const lessonIds = [];
    for (const l of draft.lessons) lessonIds.push(await lessonResource(l.lessonId, l.title, at));
    return addCollection(
      { title: draft.title, ...(draft.note ? { note: draft.note } : {}), resourceIds: [...lessonIds, ...draft.resourceIds] },
      at,
    );
  });
}

/** A collection that arrived by link: its pages and lessons are saved, all in one transaction. */
export async function importSharedCollection(shared: SharedCollection, at = nowIso()): Promise<Collection> {
  return db.transaction('rw', db.collections, db.resources, async () => {
    const resourceIds: string[] = [];
    for (const item of shared.items) {
      if (item.kind === 'lesson') resourceIds.push(await lessonResource(item.lessonId, item.title, at));
      else
        resourceIds.push(
          (await addResource({ kind: 'page', title: item.title, url: item.url, ...(item.note ? { note: item.note } : {}) }, at)).id,
        );
    }
    return addCollection({ title: shared.title, ...(shared.note ? { note: shared.note } : {}), resourceIds }, at);
  });
}

/** A stored collection as it travels in a link. */
export async function toShared(collection: Collection): Promise<SharedCollection> {
  const resources = await db.resources.bulkGet(collection.resourceIds ?? []);
  const items = resources.flatMap((r): SharedItem[] => {
    if (!r) return [];
    if (r.kind === 'lesson' && r.lessonId) return [{ kind: 'lesson', lessonId: r.lessonId, title: r.title }];
    return r.url ? [{ kind: 'page', title: r.title, url: r.url, ...(r.note ? { note: r.note } : {}) }] : [];
  });
  return { title: collection.title, ...(collection.note ? { note: collection.note } : {}), items };
}
