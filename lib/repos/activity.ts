import { db } from '../db/db';

/** Whether the user reflected or was in contact with anyone between two instants (two indexed probes). */
export async function activeBetween(from: string, to: string): Promise<boolean> {
  const reflection = await db.reflections.where('at').between(from, to, true, true).first();
  if (reflection) return true;
  const contact = await db.meetings
    .where('at')
    .between(from, to, true, true)
    .filter((m) => (m.status ?? 'held') === 'held')
    .first();
  return contact !== undefined;
}
