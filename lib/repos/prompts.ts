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

/** The user's own prompts among `ids`, by id (a bank prompt's id, or a deleted one's, finds none). */
export async function ownPromptTexts(ids: string[]): Promise<Map<string, string>> {
  const found = await db.prompts.bulkGet(ids);
  return new Map(found.flatMap((p) => (p ? [[p.id, p.text] as [string, string]] : [])));
}
