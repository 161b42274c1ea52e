import { db } from '../db/db';
import { newId, nowIso } from '../ids';
import type { Goal } from '../model/types';
import { dexieReader } from '../reads/dexie-reader';
import * as reads from '../reads/queries';

export { ACTIVE_GOAL_SOFT_LIMIT } from '../model/goal-limit';

export type NewGoal = Omit<Goal, 'id' | 'createdAt' | 'updatedAt' | 'history'>;

export async function addGoal(input: NewGoal, at = nowIso()): Promise<Goal> {
  const goal: Goal = { status: 'active', progress: 0, ...input, id: newId(), createdAt: at, updatedAt: at };
  await db.goals.add(goal);
  return goal;
}

export async function updateGoal(id: string, patch: Partial<Omit<Goal, 'id' | 'history'>>, at = nowIso()): Promise<Goal> {
  return db.transaction('rw', db.goals, async () => {
    const current = await db.goals.get(id);
    if (!current) throw new Error(`No goal with id ${id}`);
    const next: Goal = { ...current, ...patch, id, updatedAt: at };
    await db.goals.put(next);
    return next;
  });
}

/** Sets progress (clamped to 0–100) and appends it to the goal's history. */
export async function recordProgress(id: string, progress: number, note?: string, at = nowIso()): Promise<Goal> {
  return db.transaction('rw', db.goals, async () => {
    const current = await db.goals.get(id);
    if (!current) throw new Error(`No goal with id ${id}`);
    const value = Math.max(0, Math.min(100, Math.round(progress)));
    const entry = { at, progress: value, ...(note ? { note } : {}) };
    const next: Goal = { ...current, progress: value, history: [...(current.history ?? []), entry], updatedAt: at };
    await db.goals.put(next);
    return next;
  });
}

export const activeGoals = (): Promise<Goal[]> => reads.activeGoals(dexieReader);

export function countActiveGoals(): Promise<number> {
  return db.goals.where('status').equals('active').count();
}

export const goalsForPerson = (personId: string): Promise<Goal[]> => reads.goalsForPerson(dexieReader, personId);

export function getGoal(id: string): Promise<Goal | undefined> {
  return db.goals.get(id);
}

/** Every goal, active first, then by most recently changed. */
export async function listGoals(): Promise<Goal[]> {
  const all = await db.goals.toArray();
  const rank = (g: Goal) => ((g.status ?? 'active') === 'active' ? 0 : 1);
  return all.sort((a, b) => rank(a) - rank(b) || (b.updatedAt ?? '').localeCompare(a.updatedAt ?? ''));
}
