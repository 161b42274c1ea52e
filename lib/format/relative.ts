const DAY = 86_400_000;
const rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
// Made once: a formatter costs far more to make than to use.
const exact = new Intl.DateTimeFormat('en', { dateStyle: 'full', timeStyle: 'short' });

/** Whole calendar days from `now` to `iso` (negative in the past), in the user's time zone. */
export function dayDiff(iso: string, now: Date): number {
  const d = new Date(iso);
  const a = Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
  const b = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.round((a - b) / DAY);
}

/** "today", "yesterday", "in 3 days", "5 days ago", "in 2 months". */
export function relativeDay(iso: string, now: Date): string {
  const days = dayDiff(iso, now);
  if (Math.abs(days) < 45) return rtf.format(days, 'day');
  // Months up to two years: "last year" (one year, rounded) read as the calendar year before, which
  // 18 months ago may not be.
  if (Math.abs(days) < 730) return rtf.format(Math.round(days / 30.44), 'month');
  return rtf.format(Math.round(days / 365.25), 'year');
}

/** The exact date and time, for hover text. */
export function exactDate(iso: string): string {
  return exact.format(new Date(iso));
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}
