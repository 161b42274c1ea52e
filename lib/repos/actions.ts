import { db } from '../db/db';
import { deriveAction, stripDerived } from '../db/derived';
import { newId, nowIso } from '../ids';
import { compact } from '../model/compact';
import type { ActionItem, Owner } from '../model/types';
import { dexieReader } from '../reads/dexie-reader';
import * as reads from '../reads/queries';

export type NewAction = Omit<ActionItem, 'id' | 'createdAt' | 'doneAt'>;

export async function addAction(input: NewAction, at = nowIso()): Promise<ActionItem> {
  const action = compact<ActionItem>({ ...input, id: newId(), createdAt: at, updatedAt: at });
  await db.actions.add(deriveAction(action));
  return action;
}

async function patchAction(id: string, patch: Partial<ActionItem>, at = nowIso()): Promise<ActionItem> {
  return db.transaction('rw', db.actions, async () => {
    const current = await db.actions.get(id);
    if (!current) throw new Error(`No action with id ${id}`);
    const next = compact<ActionItem>(stripDerived('actions', { ...current, ...patch, id, updatedAt: at }));
    await db.actions.put(deriveAction(next));
    return next;
  });
}

export function completeAction(id: string, at = nowIso()): Promise<ActionItem> {
  return patchAction(id, { doneAt: at }, at);
}

export function reopenAction(id: string): Promise<ActionItem> {
  return patchAction(id, { doneAt: undefined });
}

export function updateAction(id: string, patch: Partial<Pick<ActionItem, 'text' | 'owner' | 'dueAt'>>): Promise<ActionItem> {
  return patchAction(id, patch);
}

/** Open actions, earliest due first (undated last); only open rows are in the index. */
export const openActions = (limit: number, owner?: Owner): Promise<ActionItem[]> => reads.openActions(dexieReader, limit, owner);

export const openActionsForPerson = (personId: string): Promise<ActionItem[]> => reads.openActionsForPerson(dexieReader, personId);

export async function actionsForMeeting(meetingId: string): Promise<ActionItem[]> {
  return (await db.actions.where('meetingId').equals(meetingId).toArray()).map((a) => stripDerived('actions', a));
}

/** Recently completed actions, newest first (scans only until `limit` are found). */
export async function doneActions(limit: number): Promise<ActionItem[]> {
  const rows = await db.actions
    .filter((a) => !!a.doneAt)
    .limit(limit)
    .toArray();
  return rows.map((a) => stripDerived('actions', a)).sort((a, b) => (b.doneAt ?? '').localeCompare(a.doneAt ?? ''));
}
