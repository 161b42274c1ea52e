import { db } from '../db/db';
import { newId, nowIso } from '../ids';
import type { Insight } from '../model/types';

/** A new insight is due for its first review straight away. */
export async function addInsight(input: Omit<Insight, 'id' | 'createdAt' | 'dueAt'>, at = nowIso()): Promise<Insight> {
  const insight: Insight = { ...input, id: newId(), createdAt: at, dueAt: at, updatedAt: at };
  await db.insights.add(insight);
  return insight;
}

/** Stores the scheduler's verdict after a review. */
export async function scheduleInsight(id: string, dueAt: string, srs: Record<string, unknown>, at = nowIso()): Promise<void> {
  const changed = await db.insights.update(id, { dueAt, srs, updatedAt: at });
  if (!changed) throw new Error(`No insight with id ${id}`);
}

export function getInsight(id: string): Promise<Insight | undefined> {
  return db.insights.get(id);
}

/** All insights, next review first. */
export function listInsights(limit: number): Promise<Insight[]> {
  return db.insights.orderBy('dueAt').limit(limit).toArray();
}

export async function updateInsightText(id: string, text: string, at = nowIso()): Promise<void> {
  const changed = await db.insights.update(id, { text, updatedAt: at });
  if (!changed) throw new Error(`No insight with id ${id}`);
}

export function deleteInsight(id: string): Promise<void> {
  return db.insights.delete(id);
}

export function insightsAbout(personId: string): Promise<Insight[]> {
  return db.insights.where('personId').equals(personId).toArray();
}
