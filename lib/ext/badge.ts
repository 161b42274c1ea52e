import { db } from '../db/db';
import { dueBounds, isDueNow } from '../model/due';

/** People due now by the one rule (lib/model/due.ts): an index count, and the rule for those near the line. */
export async function dueCount(now: Date, timeZone: string): Promise<number> {
  const { surely, maybe } = dueBounds(now, timeZone);
  const [sure, near] = await Promise.all([
    db.people.where('dueAt').belowOrEqual(surely).count(),
    db.people
      .where('dueAt')
      .between(surely, maybe, false, true)
      .filter((p) => isDueNow(p, now, timeZone))
      .count(),
  ]);
  return sure + near;
}

export function badgeText(count: number): string {
  return count === 0 ? '' : count > 99 ? '99+' : String(count);
}
