// The period a review covers, as whole calendar days in the user's time zone. Its bounds are
// the instants of local midnight, so a DST change inside the period, or a year end, never
// moves a meeting in or out of it.
import { localDate, zonedInstant } from '../model/calendar';

export const PERIOD_KINDS = ['quarter', 'year', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface Period {
  kind: PeriodKind;
  /** First and last local day, both included ("2026-07-01"). */
  fromDay: string;
  toDay: string;
  /** The first instant in the period and the first instant after it (ISO, UTC). */
  from: string;
  to: string;
  timeZone: string;
}

type Ymd = [number, number, number];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const keyOf = ([y, m, d]: Ymd) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

function parseDay(key: string): Ymd | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
  if (!match) return undefined;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d ? [y, m, d] : undefined;
}

// The day after, by the calendar (no time zone involved: a date has none).
function nextDay([y, m, d]: Ymd): Ymd {
  const t = new Date(Date.UTC(y, m - 1, d + 1));
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
}

const midnight = ([y, m, d]: Ymd, timeZone: string) => zonedInstant(y, m, d, 0, 0, timeZone).toISOString();

function make(kind: PeriodKind, first: Ymd, last: Ymd, timeZone: string): Period {
  return {
    kind,
    fromDay: keyOf(first),
    toDay: keyOf(last),
    from: midnight(first, timeZone),
    to: midnight(nextDay(last), timeZone),
    timeZone,
  };
}

/** The calendar quarter before the one `now` falls in (on 1 December: July to September). */
export function lastQuarter(now: Date, timeZone: string): Period {
  const [y, m] = localDate(now, timeZone);
  const thisStart = Math.floor((m - 1) / 3) * 3 + 1;
  const [startY, startM] = thisStart === 1 ? [y - 1, 10] : [y, thisStart - 3];
  const end = new Date(Date.UTC(startY, startM + 2, 0));
  return make('quarter', [startY, startM, 1], [startY, startM + 2, end.getUTCDate()], timeZone);
}

/** Twelve months up to and including today: from the day after this date a year ago. */
export function last12Months(now: Date, timeZone: string): Period {
  const today = localDate(now, timeZone);
  const [y, m, d] = today;
  // 29 February a year on is 28 February.
  const lastOfMonth = new Date(Date.UTC(y - 1, m, 0)).getUTCDate();
  return make('year', nextDay([y - 1, m, Math.min(d, lastOfMonth)]), today, timeZone);
}

/** A range the user typed, both days included; an explanation when it is not one. */
export function customPeriod(fromDay: string, toDay: string, timeZone: string): Period | { error: string } {
  const first = parseDay(fromDay);
  const last = parseDay(toDay);
  if (!first || !last) return { error: 'Pick a first and a last day.' };
  if (keyOf(first) > keyOf(last)) return { error: 'The first day comes after the last one.' };
  return make('custom', first, last, timeZone);
}

/** Whether an instant (ISO) falls in the period. */
export function inPeriod(iso: string | undefined, period: Period): boolean {
  if (!iso) return false;
  const t = Date.parse(iso);
  return t >= Date.parse(period.from) && t < Date.parse(period.to);
}

export interface Month {
  /** "2026-03" */
  key: string;
  /** "Mar 2026" */
  label: string;
  from: string;
  to: string;
}

const monthName = new Intl.DateTimeFormat('en', { month: 'short', timeZone: 'UTC' });

/** The calendar months the period touches, each cut to the period's bounds. */
export function monthsOf(period: Period): Month[] {
  const first = parseDay(period.fromDay) as Ymd;
  const last = parseDay(period.toDay) as Ymd;
  const months: Month[] = [];
  for (let [y, m] = first; y < last[0] || (y === last[0] && m <= last[1]); [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1]) {
    const start = y === first[0] && m === first[1] ? period.from : midnight([y, m, 1], period.timeZone);
    const next: Ymd = m === 12 ? [y + 1, 1, 1] : [y, m + 1, 1];
    const end = y === last[0] && m === last[1] ? period.to : midnight(next, period.timeZone);
    months.push({ key: `${y}-${pad(m)}`, label: `${monthName.format(new Date(Date.UTC(y, m - 1, 1)))} ${y}`, from: start, to: end });
  }
  return months;
}

/** The month key ("2026-03") of an instant in the period's time zone. */
export function monthKey(iso: string, timeZone: string): string {
  const [y, m] = localDate(iso, timeZone);
  return `${y}-${pad(m)}`;
}

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "1 Jul 2026 – 30 Sep 2026". */
export function periodLabel(period: Period): string {
  const show = (key: string) => {
    const [y, m, d] = parseDay(key) as Ymd;
    return dayFormat.format(new Date(Date.UTC(y, m - 1, d)));
  };
  return `${show(period.fromDay)} – ${show(period.toDay)}`;
}
