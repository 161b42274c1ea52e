// The meeting timer lives in the store, not the page, so it survives closing the popup.
export interface TimerState {
  personId: string;
  startedAt: string;
  segments: Array<{ title: string; minutes: number }>;
  /** When paused, the instant it was paused. */
  pausedAt?: string;
  /** Time spent paused before, in ms. */
  pausedMs: number;
}

export interface TimerView {
  elapsedMs: number;
  totalMs: number;
  /** -1 once every segment is over. */
  segment: number;
  segmentLeftMs: number;
  paused: boolean;
  over: boolean;
}

export function startTimer(personId: string, segments: TimerState['segments'], now: Date): TimerState {
  return { personId, startedAt: now.toISOString(), segments, pausedMs: 0 };
}

export function timerView(t: TimerState, now: Date): TimerView {
  const end = t.pausedAt ? Date.parse(t.pausedAt) : now.getTime();
  const elapsedMs = Math.max(0, end - Date.parse(t.startedAt) - t.pausedMs);
  const totalMs = t.segments.reduce((n, s) => n + s.minutes * 60_000, 0);
  let edge = 0;
  for (let i = 0; i < t.segments.length; i++) {
    edge += (t.segments[i]?.minutes ?? 0) * 60_000;
    if (elapsedMs < edge) return { elapsedMs, totalMs, segment: i, segmentLeftMs: edge - elapsedMs, paused: !!t.pausedAt, over: false };
  }
  return { elapsedMs, totalMs, segment: -1, segmentLeftMs: 0, paused: !!t.pausedAt, over: true };
}

export function pause(t: TimerState, now: Date): TimerState {
  return t.pausedAt ? t : { ...t, pausedAt: now.toISOString() };
}

export function resume(t: TimerState, now: Date): TimerState {
  if (!t.pausedAt) return t;
  const { pausedAt, ...rest } = t;
  return { ...rest, pausedMs: t.pausedMs + (now.getTime() - Date.parse(pausedAt)) };
}

export function clock(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
