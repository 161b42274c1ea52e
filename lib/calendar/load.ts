import { nameKey } from '../model/names';
import { peopleForAttendees } from '../repos/calendar';
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
  return { preview: buildCalendarPreview(read, lookupOf(await peopleForAttendees(emails, names)), now) };
}
