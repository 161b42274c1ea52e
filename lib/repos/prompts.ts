import { db } from '../db/db';
import { dexieReader } from '../db/dexie-reader';
import { newId, nowIso } from '../ids';
import type { UserPrompt } from '../model/types';
import * as reads from '../reads/queries';

export async function addPrompt(input: Omit<UserPrompt, 'id' | 'createdAt'>, at = nowIso()): Promise<UserPrompt> {
  const prompt: UserPrompt = { ...input, id: newId(), createdAt: at };
  await db.prompts.add(prompt);
  return prompt;
}

export const listPrompts = (): Promise<UserPrompt[]> => reads.listPrompts(dexieReader);

export function deletePrompt(id: string): Promise<void> {
  return db.prompts.delete(id);
}
