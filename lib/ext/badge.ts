import { db } from '../db/db';

/** People whose stay-in-touch date has come (an index range count). */
export function dueCount(now: Date): Promise<number> {
  return db.people.where('dueAt').belowOrEqual(now.toISOString()).count();
}

export function badgeText(count: number): string {
  return count === 0 ? '' : count > 99 ? '99+' : String(count);
}
