import { dayKey } from './calendar';

export interface Streak {
  /** Active days in the current run (a single missed day does not break it). */
  days: number;
  /** Whether today already counts. */
  today: boolean;
  /** A run ended recently: say "fresh start", never "you broke it". */
  lapsed: boolean;
}

const DAY = 86_400_000;

/**
 * Counts back from today over days with a reflection or a contact. Forgiving: one rest day
 * between active days keeps the run; two in a row end it. Today never breaks anything.
 * `isActive(dayStartIso, dayEndIso)` answers for one local day (an indexed probe).
 */
export async function computeStreak(
  now: Date,
  timeZone: string,
  isActive: (from: string, to: string) => Promise<boolean>,
  limit = 366,
): Promise<Streak> {
  const days: boolean[] = [];
  // Walk local days backwards by stepping an instant a day at a time and re-reading its local date.
  let probe = now.getTime();
  let gap = 0;
  let active = 0;
  for (let i = 0; i < limit && gap < 2; i++) {
    const k = dayKey(new Date(probe), timeZone);
    const [from, to] = dayBounds(k, timeZone);
    const hit = await isActive(from, to);
    days.push(hit);
    if (hit) {
      active++;
      gap = 0;
    } else if (i > 0) gap++;
    probe -= DAY;
    while (dayKey(new Date(probe), timeZone) === k) probe -= 3_600_000;
  }
  const today = days[0] ?? false;
  // Lapsed: nothing in the current run, but something in the last month.
  const lapsed = active === 0 && (await isActive(new Date(now.getTime() - 30 * DAY).toISOString(), now.toISOString()));
  return { days: active, today, lapsed };
}

/** The first and last instant of a local day, as ISO strings (handles 23- and 25-hour days). */
export function dayBounds(key: string, timeZone: string): [string, string] {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  const startOf = (yy: number, mm: number, dd: number) => {
    // Start from UTC midnight and move by the zone's offset until the local date matches.
    let t = Date.UTC(yy, mm - 1, dd) - 14 * 3_600_000;
    const target = `${yy}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
    while (dayKey(new Date(t), timeZone) < target) t += 15 * 60_000;
    return t;
  };
  const start = startOf(y, m, d);
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  const end = startOf(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()) - 1;
  return [new Date(start).toISOString(), new Date(end).toISOString()];
}
