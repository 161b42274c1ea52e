import { db } from '../db/db';
import { newId, nowIso } from '../ids';
import type { UserPrompt } from '../model/types';

export async function addPrompt(input: Omit<UserPrompt, 'id' | 'createdAt'>, at = nowIso()): Promise<UserPrompt> {
  const prompt: UserPrompt = { ...input, id: newId(), createdAt: at, updatedAt: at };
  await db.prompts.add(prompt);
  return prompt;
}

export function deletePrompt(id: string): Promise<void> {
  return db.prompts.delete(id);
}
