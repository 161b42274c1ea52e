import { plural } from '../../lib/format/relative';
import type { CalendarApplied } from '../../lib/repos/calendar';

/** "10 held contacts, 6 planned meetings." — or what a re-import finds: nothing new. */
export function appliedText(a: CalendarApplied): string {
  const parts = [
    a.held && plural(a.held, 'held contact'),
    a.planned && plural(a.planned, 'planned meeting'),
    a.moved && `${plural(a.moved, 'meeting')} moved`,
    a.cancelled && `${plural(a.cancelled, 'meeting')} cancelled`,
    a.people && `${plural(a.people, 'person', 'people')} added`,
  ].filter(Boolean);
  return parts.length ? `${parts.join(', ')}.` : 'Nothing new: every meeting in this calendar was already here.';
}
