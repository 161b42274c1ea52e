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

/** The local calendar date of an instant in `timeZone`, as [year, month (1–12), day]. */
export function localDate(at: Date | string, timeZone: string): [number, number, number] {
  const parts = dayFormatter(timeZone).formatToParts(new Date(at));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  return [get('year'), get('month'), get('day')];
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

export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
