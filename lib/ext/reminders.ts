// Which reminders are due: before a planned meeting (if the user opted in), and a nudge to
// record notes after it. Pure decisions over meetings; the background shows them.
import type { Meeting } from '../model/types';

export interface Reminder {
  id: string;
  meetingId: string;
  personId: string;
  kind: 'before' | 'after';
}

const MIN = 60_000;

/**
 * `beforeMinutes`: 0 turns reminders off. A meeting gets one reminder before (when it is
 * within that many minutes) and one after it ends (within two hours, while still planned).
 */
export function dueReminders(meetings: Meeting[], now: Date, beforeMinutes: number, sent: ReadonlySet<string>): Reminder[] {
  if (beforeMinutes <= 0) return [];
  const t = now.getTime();
  const out: Reminder[] = [];
  for (const m of meetings) {
    if (m.status !== 'planned') continue;
    const start = Date.parse(m.at);
    const end = start + (m.minutes ?? 60) * MIN;
    const before = { id: `before:${m.id}`, meetingId: m.id, personId: m.personId, kind: 'before' as const };
    const after = { id: `after:${m.id}`, meetingId: m.id, personId: m.personId, kind: 'after' as const };
    if (start > t && start - t <= beforeMinutes * MIN && !sent.has(before.id)) out.push(before);
    if (end <= t && t - end <= 120 * MIN && !sent.has(after.id)) out.push(after);
  }
  return out;
}
