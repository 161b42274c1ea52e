// A calendar (.ics file or subscription) as the occurrences in a window: recurring events
// expanded (RRULE, RDATE, EXDATE, moved occurrences), times read in the zones the file itself
// defines (VTIMEZONE). Nothing is stored here, and nothing from the file is ever HTML.
import ICAL from 'ical.js';
import { text } from '../contacts/clean';
import { decodeText, looksBinary } from '../contacts/decode';

export interface Attendee {
  email?: string;
  name?: string;
}

/** One occurrence of an event: a single event, or one date of a recurring one. */
export interface Occurrence {
  uid: string;
  /** The occurrence's original start (RECURRENCE-ID) for a recurring event, as a UTC ISO date. */
  recurrenceId?: string;
  at: string;
  minutes?: number;
  allDay: boolean;
  title: string;
  /** Kept (not dropped) so that a meeting planned from it earlier can be cancelled too. */
  cancelled: boolean;
  /** The organizer and the attendees, people only (rooms and resources are left out). */
  attendees: Attendee[];
}

export interface CalendarRead {
  occurrences: Occurrence[];
  /** Addresses that are the calendar's owner (the file names them, or they are on every event). */
  own: string[];
}

export interface Window {
  from: Date;
  to: Date;
}

/** Larger than years of a busy calendar; a bigger file is more likely something else. */
export const MAX_CALENDAR_BYTES = 10 * 1024 * 1024;
/** A daily event since 1990 is about 13,000 dates; past that, an expansion stops. */
const MAX_STEPS = 20_000;

const HOW = 'Export your calendar as an .ics file (Google Calendar: Settings → Import & export; Outlook: Save calendar) and choose that.';

export function calendarRefusal(text: string): string | undefined {
  if (!text.trim()) return 'This calendar is empty.';
  if (looksBinary(text)) return `This is not a calendar: it holds binary data. ${HOW}`;
  const head = text.trimStart().slice(0, 200).toLowerCase();
  if (head.startsWith('begin:vcard')) return 'This is a contacts file, not a calendar. Import it under “Import from contacts”.';
  if (/^(<!doctype|<html|<\?xml|<)/.test(head))
    return `This is a web page, not a calendar. For a subscription, copy the calendar’s address “in iCal format”. ${HOW}`;
  if (!head.startsWith('begin:vcalendar')) return `This is not a calendar: an iCalendar file starts with BEGIN:VCALENDAR. ${HOW}`;
  return undefined;
}

export function sizeRefusal(size: number): string | undefined {
  if (size === 0) return 'This calendar is empty.';
  if (size > MAX_CALENDAR_BYTES)
    return `This calendar is ${Math.round(size / 1048576)} MB; one over ${MAX_CALENDAR_BYTES / 1048576} MB is not read. Export a shorter range of dates.`;
  return undefined;
}

const iso = (t: ICAL.Time): string => t.toJSDate().toISOString();

/** An all-day event is placed at noon of its day where the user is, so no time zone moves it to another day. */
function startOf(t: ICAL.Time): string {
  return t.isDate ? new Date(t.year, t.month - 1, t.day, 12).toISOString() : iso(t);
}

function person(prop: ICAL.Property): Attendee | undefined {
  const cutype = String(prop.getParameter('cutype') ?? 'INDIVIDUAL').toUpperCase();
  if (cutype !== 'INDIVIDUAL' && cutype !== 'UNKNOWN') return undefined;
  const value = String(prop.getFirstValue() ?? '');
  const email = /^mailto:/i.test(value) ? value.slice(7).trim().toLowerCase() : undefined;
  const name = text(prop.getParameter('cn'));
  if (!email && !name) return undefined;
  return { ...(email ? { email } : {}), ...(name && name.toLowerCase() !== email ? { name } : {}) };
}

function attendeesOf(event: ICAL.Event): Attendee[] {
  const props = [...event.component.getAllProperties('organizer'), ...event.component.getAllProperties('attendee')];
  const seen = new Set<string>();
  return props.flatMap((p) => {
    const a = person(p);
    const key = a?.email ?? a?.name;
    if (!a || !key || seen.has(key)) return [];
    seen.add(key);
    return [a];
  });
}

const isCancelled = (e: ICAL.Event): boolean => String(e.component.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED';

function occurrence(event: ICAL.Event, start: ICAL.Time, end: ICAL.Time | undefined, recurrenceId: string | undefined): Occurrence {
  const minutes = end && !start.isDate ? Math.round(end.subtractDate(start).toSeconds() / 60) : undefined;
  return {
    uid: event.uid,
    ...(recurrenceId ? { recurrenceId } : {}),
    at: startOf(start),
    ...(minutes && minutes > 0 ? { minutes } : {}),
    allDay: start.isDate,
    title: text(event.summary) || '(no title)',
    cancelled: isCancelled(event),
    attendees: attendeesOf(event),
  };
}

const inWindow = (at: string, w: Window) => at >= w.from.toISOString() && at < w.to.toISOString();

function expand(master: ICAL.Event, w: Window): Occurrence[] {
  const out: Occurrence[] = [];
  const it = master.iterator();
  const until = w.to.toISOString();
  for (let n = 0, next = it.next(); next && n < MAX_STEPS; n++, next = it.next()) {
    const d = master.getOccurrenceDetails(next);
    // A moved occurrence may land after the window's end while its original date is inside it.
    if (iso(next) >= until && iso(d.startDate) >= until) break;
    const o = occurrence(d.item, d.startDate, d.endDate, iso(d.recurrenceId));
    if (inWindow(o.at, w)) out.push(o);
  }
  return out;
}

/** Addresses the file names as its own (Google puts the owner's address in X-WR-CALNAME), or on every event with people. */
function ownAddresses(cal: ICAL.Component, occurrences: Occurrence[]): string[] {
  const named = String(cal.getFirstPropertyValue('x-wr-calname') ?? '').toLowerCase();
  const own = new Set(/^[^\s@]+@[^\s@]+$/.test(named) ? [named] : []);
  const withPeople = occurrences.filter((o) => o.attendees.length > 1);
  const uids = new Set(withPeople.map((o) => o.uid));
  if (uids.size >= 2) {
    const [first, ...rest] = withPeople.map((o) => new Set(o.attendees.map((a) => a.email)));
    for (const e of first ?? []) if (e && rest.every((s) => s.has(e))) own.add(e);
  }
  return [...own];
}

export function readCalendarText(source: string, w: Window): CalendarRead | { refused: string } {
  const refused = calendarRefusal(source);
  if (refused) return { refused };
  // ical.js reads each TZID from the file's own VTIMEZONE (Component.getTimeZoneByID), so the
  // calendar's zones decide its times, not whatever another file registered before.
  let cal: ICAL.Component;
  try {
    cal = new ICAL.Component(ICAL.parse(source));
  } catch (e) {
    return { refused: `This calendar could not be read (${e instanceof Error ? e.message : String(e)}). ${HOW}` };
  }
  const byUid = new Map<string, ICAL.Component[]>();
  for (const v of cal.getAllSubcomponents('vevent')) {
    const uid = String(v.getFirstPropertyValue('uid') ?? '');
    if (uid) byUid.set(uid, [...(byUid.get(uid) ?? []), v]);
  }
  if (!byUid.size) return { refused: 'This calendar holds no events.' };
  const occurrences: Occurrence[] = [];
  for (const comps of byUid.values()) {
    const master = comps.find((c) => !c.hasProperty('recurrence-id'));
    const exceptions = comps.filter((c) => c !== master);
    if (master) {
      const event = new ICAL.Event(master, { strictExceptions: true, exceptions });
      if (event.isRecurring()) occurrences.push(...expand(event, w));
      else occurrences.push(occurrence(event, event.startDate, event.endDate, undefined));
    } else {
      // Only moved occurrences, as a single invitation to one date of a series arrives.
      for (const c of exceptions) {
        const e = new ICAL.Event(c);
        occurrences.push(occurrence(e, e.startDate, e.endDate, iso(e.recurrenceId)));
      }
    }
  }
  const kept = occurrences.filter((o) => inWindow(o.at, w)).sort((a, b) => a.at.localeCompare(b.at));
  return { occurrences: kept, own: ownAddresses(cal, kept) };
}

export function readCalendarBytes(bytes: Uint8Array, w: Window): CalendarRead | { refused: string } {
  const refused = sizeRefusal(bytes.length);
  return refused ? { refused } : readCalendarText(decodeText(bytes), w);
}
