import { db } from '../db/db';
import { nowIso } from '../ids';
import type { LessonProgress } from '../model/types';

/** Records the first time a lesson was opened; later visits keep that date. */
export async function markSeen(lessonId: string, at = nowIso()): Promise<void> {
  await db.transaction('rw', db.lessonProgress, async () => {
    const current = await db.lessonProgress.get(lessonId);
    if (!current?.seenAt) await db.lessonProgress.put({ ...current, lessonId, seenAt: at, updatedAt: at });
  });
}

/** Marks the lesson's "try this" step done, or not done again. */
export async function setTried(lessonId: string, tried: boolean, at = nowIso()): Promise<void> {
  await db.transaction('rw', db.lessonProgress, async () => {
    const { triedAt: _, ...rest } = (await db.lessonProgress.get(lessonId)) ?? { lessonId, seenAt: at };
    await db.lessonProgress.put(tried ? { ...rest, triedAt: at, updatedAt: at } : { ...rest, updatedAt: at });
  });
}

export async function progressById(): Promise<Map<string, LessonProgress>> {
  return new Map((await db.lessonProgress.toArray()).map((p) => [p.lessonId, p]));
}
