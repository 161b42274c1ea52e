import { eventKey } from '../db/derived';
import { nameKey } from '../model/names';
import { knownEventKeys, peopleForAttendees } from '../repos/calendar';
import { buildCalendarPreview, type CalendarPreview, importWindow, lookupOf } from './preview';
import { readCalendarBytes } from './read';

/** A calendar's bytes as the preview of what importing it would do; nothing is stored. */
export async function previewCalendar(
  bytes: Uint8Array,
  pastDays: number,
  now: Date,
): Promise<{ preview: CalendarPreview } | { refused: string }> {
  const read = readCalendarBytes(bytes, importWindow(now, pastDays));
  if ('refused' in read) return read;
  const attendees = read.occurrences.flatMap((o) => o.attendees);
  const emails = [...new Set(attendees.flatMap((a) => (a.email ? [a.email] : [])))];
  const names = [...new Set(attendees.flatMap((a) => (a.name ? [nameKey(a.name)] : [])))];
  const preview = buildCalendarPreview(read, lookupOf(await peopleForAttendees(emails, names)), now);
  const known = await knownEventKeys(preview.events.map(eventKey));
  for (const e of preview.events) if (known.has(eventKey(e))) e.known = true;
  return { preview };
}
