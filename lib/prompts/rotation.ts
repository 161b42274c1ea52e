// Which reflection prompt (or teach-back cue) to show: a spaced rotation over a pool.
// Pure: the caller passes the clock, the randomness and the state, and stores the new state.
import { dayKey } from '../model/calendar';

export type Frequency = 'tab' | 'hour' | 'day';

export interface RotationItem {
  id: string;
  element?: string;
  direction?: string;
}

export interface RotationState {
  /** What is showing now, and since when. */
  current?: { id: string; at: string };
  /** Earlier picks, newest first (bounded). */
  recent: Array<{ id: string; at: string }>;
  /**
   * With "change on every tab": the pick the next tab will make, settled in advance so that the
   * first frame it paints from its saved snapshot already shows it (see promiseNext).
   */
  next?: string;
}

export interface RotationRules {
  frequency: Frequency;
  /** A prompt is not shown again within this many days, while others are left. */
  windowDays: number;
  timeZone: string;
  hidden?: ReadonlySet<string>;
  /** How often the user has reflected on each element and direction; the least used are favoured. */
  usage?: { element: Record<string, number>; direction: Record<string, number> };
}

export const EMPTY_ROTATION: RotationState = { recent: [] };
const KEEP = 200;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/** Whether the current pick has served its time under the frequency. */
export function isStale(state: RotationState, rules: RotationRules, now: Date): boolean {
  const cur = state.current;
  if (!cur || rules.frequency === 'tab') return true;
  if (rules.frequency === 'hour') return now.getTime() - Date.parse(cur.at) >= HOUR;
  return dayKey(cur.at, rules.timeZone) !== dayKey(now, rules.timeZone);
}

/** Whether `rotate` would keep what is showing: it is still in the pool, visible and fresh. */
export function keepsCurrent(pool: RotationItem[], state: RotationState, rules: RotationRules, now: Date, force = false): boolean {
  const id = state.current?.id;
  if (force || !id || rules.hidden?.has(id) || !pool.some((p) => p.id === id)) return false;
  return !isStale(state, rules, now);
}

function weight(item: RotationItem, rules: RotationRules): number {
  const e = item.element ? (rules.usage?.element[item.element] ?? 0) : 0;
  const d = item.direction && item.direction !== 'any' ? (rules.usage?.direction[item.direction] ?? 0) : 0;
  return 1 / ((1 + e) * Math.sqrt(1 + d));
}

function pickWeighted<T extends RotationItem>(items: T[], rules: RotationRules, random: () => number): T {
  const weights = items.map((i) => weight(i, rules));
  let x = random() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < items.length; i++) {
    x -= weights[i] as number;
    if (x < 0) return items[i] as T;
  }
  return items[items.length - 1] as T;
}

/**
 * Keeps the current item while it is fresh (unless `force`, for "another one"); otherwise
 * picks a new one: never the same twice in a row, never a hidden one, not one seen within
 * the window while others remain, favouring the least-reflected elements and directions. A
 * promised `next` is the pick (with "every tab") while it still meets those rules.
 */
export function rotate<T extends RotationItem>(
  pool: T[],
  state: RotationState,
  rules: RotationRules,
  now: Date,
  random: () => number,
  force = false,
): { item?: T; state: RotationState } {
  const visible = pool.filter((p) => !rules.hidden?.has(p.id));
  const current = visible.find((p) => p.id === state.current?.id);
  if (current && keepsCurrent(pool, state, rules, now, force)) return { item: current, state };
  if (visible.length === 0) return { state: { ...state, current: undefined } };
  const others = visible.filter((p) => p.id !== state.current?.id);
  const cutoff = now.getTime() - rules.windowDays * DAY;
  const seen = new Set(state.recent.filter((r) => Date.parse(r.at) >= cutoff).map((r) => r.id));
  const fresh = others.filter((p) => !seen.has(p.id));
  const candidates = fresh.length ? fresh : others.length ? others : visible;
  // A promise is made only for "every tab"; one left from before a switch to hourly or daily
  // would skip the weighting for no gain.
  const promised = rules.frequency === 'tab' ? candidates.find((p) => p.id === state.next) : undefined;
  const item = promised ?? pickWeighted(candidates, rules, random);
  const pick = { id: item.id, at: now.toISOString() };
  return { item, state: { current: pick, recent: [pick, ...state.recent].slice(0, KEEP) } };
}

/**
 * `state` with the next pick settled now (kept if one is already settled and still allowed),
 * so a saved first frame can show what the next tab will show.
 */
export function promiseNext(
  pool: RotationItem[],
  state: RotationState,
  rules: RotationRules,
  now: Date,
  random: () => number,
): RotationState {
  const next = rotate(pool, state, rules, now, random, true).state.current?.id;
  return next === state.next ? state : { ...state, next };
}
