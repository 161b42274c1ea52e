import { cadenceOf, type Urgency, urgency } from '../../lib/model/cadence';
import type { Person } from '../../lib/model/types';
import { countActive, mostOverdue } from '../../lib/repos/people';

export interface NetworkGlance {
  activeCount: number;
  /** The active person whose nudge is oldest, if anyone is due at all. */
  mostOverdue?: { person: Person; urgency: Urgency; idealDays: number };
}

/** What the popup and new tab show about the network: two indexed reads, no scans. */
export async function loadGlance(now: Date): Promise<NetworkGlance> {
  const [activeCount, person] = await Promise.all([countActive(), mostOverdue(now)]);
  if (!person) return { activeCount };
  return { activeCount, mostOverdue: { person, urgency: urgency(person, now), idealDays: cadenceOf(person).idealDays } };
}
