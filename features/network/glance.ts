import { cadenceOf, dueAt, type Urgency, urgency } from '../../lib/model/cadence';
import type { Person } from '../../lib/model/types';
import { countActive, firstDue } from '../../lib/repos/people';

export interface NetworkGlance {
  activeCount: number;
  /** The active person whose nudge comes first: the most overdue, or else the next due. */
  firstDue?: { person: Person; urgency: Urgency; dueAt: string; idealDays: number };
}

/** What the popup and new tab show about the network: two indexed reads, no scans. */
export async function loadGlance(now: Date): Promise<NetworkGlance> {
  const [activeCount, person] = await Promise.all([countActive(), firstDue()]);
  if (!person) return { activeCount };
  return { activeCount, firstDue: { person, urgency: urgency(person, now), dueAt: dueAt(person), idealDays: cadenceOf(person).idealDays } };
}
