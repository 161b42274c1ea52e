// Calendar days in the user's time zone. Cadences and "daily" rotations count calendar days,
// not 24-hour blocks, so a DST change or a month end never moves a due date.

// Making a formatter costs far more than using one (the new tab formats dozens of dates).
const formatters = new Map<string, Intl.DateTimeFormat>();

function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
}

function exactLocalDate(at: Date, timeZone: string): [number, number, number] {
  const parts = dayFormatter(timeZone).formatToParts(at);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  return [get('year'), get('month'), get('day')];
}

// formatToParts costs about 10 µs, and a review folds 100,000 meetings into months. A zone's
// offset is the same for hours on end, so it is asked once per six-hour span (at both ends)
// and a date inside a steady span is plain arithmetic. A span the offset changes in (a DST
// switch) gets null and is formatted exactly. Assumes no two switches within six hours that
// come back to the same offset, which no zone has.
const SPAN = 6 * 3_600_000;
const MAX_SPANS = 100_000;
const steady = new Map<string, Map<number, number | null>>();

function steadyOffset(ms: number, timeZone: string): number | null {
  let spans = steady.get(timeZone);
  if (!spans || spans.size > MAX_SPANS) {
    spans = new Map();
    steady.set(timeZone, spans);
  }
  const span = Math.floor(ms / SPAN);
  let offset = spans.get(span);
  if (offset === undefined) {
    const start = offsetAt(span * SPAN, timeZone);
    offset = start === offsetAt(span * SPAN + SPAN - 1000, timeZone) ? start : null;
    spans.set(span, offset);
  }
  return offset;
}

/** The local calendar date of an instant in `timeZone`, as [year, month (1–12), day]. */
export function localDate(at: Date | string, timeZone: string): [number, number, number] {
  const instant = new Date(at);
  const ms = instant.getTime();
  const offset = Number.isNaN(ms) ? null : steadyOffset(ms, timeZone);
  if (offset === null) return exactLocalDate(instant, timeZone);
  const local = new Date(ms + offset);
  return [local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate()];
}

/** A sortable key for the local day, e.g. "2026-03-08". */
export function dayKey(at: Date | string, timeZone: string): string {
  return localDate(at, timeZone)
    .map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0'))
    .join('-');
}

/** Whole calendar days from the local day of `from` to that of `to` (negative when earlier). */
export function calendarDaysBetween(from: Date | string, to: Date | string, timeZone: string): number {
  const [y1, m1, d1] = localDate(from, timeZone);
  const [y2, m2, d2] = localDate(to, timeZone);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

let zone: string | undefined;

export function systemTimeZone(): string {
  if (zone === undefined) {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    // Asked afresh after this task: the zone may change while a page is open (travel), but a
    // list of 10,000 rows asking it once a row spent most of a render making formatters.
    queueMicrotask(() => {
      zone = undefined;
    });
  }
  return zone;
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

// The zone's offset from UTC at an instant, in ms (positive east of Greenwich).
function offsetAt(ms: number, timeZone: string): number {
  let f = offsetFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    offsetFormatters.set(timeZone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(new Date(ms)).map((p) => [p.type, Number(p.value)]));
  const local = Date.UTC(parts.year ?? 0, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
  return local - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant of a local wall-clock time in `timeZone`. A time that the clocks skip (spring
 * forward) moves on by the size of the gap, as a wall clock would.
 */
export function zonedInstant(year: number, month: number, day: number, hour: number, minute: number, timeZone: string): Date {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const first = wall - offsetAt(wall, timeZone);
  const second = wall - offsetAt(first, timeZone);
  return new Date(second === first ? first : Math.max(first, second));
}

/** The local date `days` calendar days after that of `at`, as [year, month, day]. */
export function addCalendarDays(at: Date | string, days: number, timeZone: string): [number, number, number] {
  const [y, m, d] = localDate(at, timeZone);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
}

/** The local wall-clock time of an instant, as [hour, minute]. */
export function localTime(at: Date | string, timeZone: string): [number, number] {
  const ms = new Date(at).getTime();
  const local = ms + offsetAt(ms, timeZone);
  const minutes = Math.floor(local / 60_000) % 1440;
  const m = (minutes + 1440) % 1440;
  return [Math.floor(m / 60), m % 60];
}
