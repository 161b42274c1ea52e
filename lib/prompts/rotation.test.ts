import { describe, expect, it } from 'vitest';
import { seededRandom } from '../random';
import { EMPTY_ROTATION, isStale, keepsCurrent, promiseNext, type RotationRules, type RotationState, rotate } from './rotation';

const pool = Array.from({ length: 10 }, (_, i) => ({
  id: `p${i}`,
  element: i < 5 ? 'learning' : 'reciprocity',
  direction: i % 2 ? 'up' : 'down',
}));
const rules = (over: Partial<RotationRules> = {}): RotationRules => ({
  frequency: 'tab',
  windowDays: 7,
  timeZone: 'Europe/Berlin',
  ...over,
});
const at = (iso: string) => new Date(iso);

function run(n: number, r: RotationRules, step: (i: number) => Date) {
  const random = seededRandom(1).next;
  let state: RotationState = EMPTY_ROTATION;
  const shown: string[] = [];
  for (let i = 0; i < n; i++) {
    const out = rotate(pool, state, r, step(i), random);
    state = out.state;
    shown.push(out.item?.id ?? '');
  }
  return shown;
}

describe('prompt rotation', () => {
  it('never shows the same prompt twice in a row', () => {
    const shown = run(300, rules({ windowDays: 0 }), (i) => new Date(Date.UTC(2026, 0, 1) + i * 60_000));
    for (let i = 1; i < shown.length; i++) expect(shown[i]).not.toBe(shown[i - 1]);
  });

  it('does not repeat within the window while other prompts remain', () => {
    const shown = run(10, rules({ windowDays: 30 }), (i) => new Date(Date.UTC(2026, 0, 1) + i * 3_600_000));
    expect(new Set(shown).size).toBe(10);
    // With all ten used inside the window, it falls back to "not the last one".
    const more = run(11, rules({ windowDays: 30 }), (i) => new Date(Date.UTC(2026, 0, 1) + i * 3_600_000));
    expect(more[10]).not.toBe(more[9]);
  });

  it('keeps a prompt for the hour, or for the local day, then changes it', () => {
    const random = seededRandom(2).next;
    const hourly = rules({ frequency: 'hour' });
    const first = rotate(pool, EMPTY_ROTATION, hourly, at('2026-06-01T10:00:00Z'), random);
    expect(rotate(pool, first.state, hourly, at('2026-06-01T10:59:00Z'), random).item?.id).toBe(first.item?.id);
    expect(rotate(pool, first.state, hourly, at('2026-06-01T11:00:00Z'), random).item?.id).not.toBe(first.item?.id);

    const daily = rules({ frequency: 'day', timeZone: 'America/New_York' });
    const morning = rotate(pool, EMPTY_ROTATION, daily, at('2026-03-08T05:30:00Z'), random); // 00:30 local, DST night
    expect(rotate(pool, morning.state, daily, at('2026-03-09T03:59:00Z'), random).item?.id).toBe(morning.item?.id); // 23:59 local
    expect(rotate(pool, morning.state, daily, at('2026-03-09T04:00:00Z'), random).item?.id).not.toBe(morning.item?.id); // midnight
  });

  it('changes on every tab when asked to', () => {
    const s: RotationState = { current: { id: 'p1', at: '2026-01-01T00:00:00Z' }, recent: [] };
    expect(isStale(s, rules({ frequency: 'tab' }), at('2026-01-01T00:00:01Z'))).toBe(true);
    expect(isStale(s, rules({ frequency: 'day', timeZone: 'UTC' }), at('2026-01-01T23:59:59Z'))).toBe(false);
  });

  it('"another one" forces a change; hidden prompts never come back', () => {
    const random = seededRandom(3).next;
    const r = rules({ frequency: 'day', hidden: new Set(['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7']) });
    const a = rotate(pool, EMPTY_ROTATION, r, at('2026-01-01T09:00:00Z'), random);
    const b = rotate(pool, a.state, r, at('2026-01-01T09:01:00Z'), random, true);
    expect(new Set([a.item?.id, b.item?.id])).toEqual(new Set(['p8', 'p9']));
    expect(
      rotate(pool, EMPTY_ROTATION, rules({ hidden: new Set(pool.map((p) => p.id)) }), at('2026-01-01T00:00:00Z'), random).item,
    ).toBeUndefined();
  });

  it('favours the elements and directions reflected on least', () => {
    const counts: Record<string, number> = {};
    const r = rules({ windowDays: 0, usage: { element: { learning: 20, reciprocity: 0 }, direction: {} } });
    for (const id of run(400, r, (i) => new Date(Date.UTC(2026, 0, 1) + i * 60_000))) counts[id] = (counts[id] ?? 0) + 1;
    const reciprocity = pool.filter((p) => p.element === 'reciprocity').reduce((n, p) => n + (counts[p.id] ?? 0), 0);
    expect(reciprocity).toBeGreaterThan(300);
  });

  it('knows without picking when the current one stays: fresh, still in the pool, not hidden, not forced', () => {
    const state: RotationState = { current: { id: 'p1', at: '2026-01-01T10:00:00Z' }, recent: [] };
    const hourly = rules({ frequency: 'hour' });
    const soon = at('2026-01-01T10:30:00Z');
    expect(keepsCurrent(pool, state, hourly, soon)).toBe(true);
    expect(keepsCurrent(pool, state, hourly, at('2026-01-01T11:00:00Z'))).toBe(false);
    expect(keepsCurrent(pool, state, hourly, soon, true)).toBe(false);
    expect(keepsCurrent(pool, state, { ...hourly, hidden: new Set(['p1']) }, soon)).toBe(false);
    expect(keepsCurrent(pool.slice(2), state, hourly, soon)).toBe(false);
    expect(keepsCurrent(pool, EMPTY_ROTATION, hourly, soon)).toBe(false);
    // Whenever it says "keeps", rotate returns the same state (so nothing needs writing).
    expect(rotate(pool, state, hourly, soon, Math.random).state).toBe(state);
  });

  it('a promised next pick is what the next tab shows, and the rules still hold over many tabs', () => {
    const random = seededRandom(4).next;
    const r = rules({ windowDays: 0 });
    let state: RotationState = EMPTY_ROTATION;
    let previous = '';
    for (let i = 0; i < 200; i++) {
      const now = new Date(Date.UTC(2026, 0, 1) + i * 60_000);
      const promised = promiseNext(pool, state, r, now, random);
      // Settling it again changes nothing, so a page that renders again writes nothing.
      expect(promiseNext(pool, promised, r, now, random)).toBe(promised);
      const shown = rotate(pool, promised, r, new Date(now.getTime() + 30_000), random);
      expect(shown.item?.id).toBe(promised.next);
      expect(shown.item?.id).not.toBe(previous);
      expect(shown.state.next).toBeUndefined();
      previous = shown.item?.id ?? '';
      state = shown.state;
    }
  });

  it('a promise the rules no longer allow is dropped for a fresh pick', () => {
    const random = seededRandom(5).next;
    const showing: RotationState = { current: { id: 'p1', at: '2026-01-01T10:00:00Z' }, recent: [], next: 'p2' };
    const now = at('2026-01-01T10:05:00Z');
    expect(rotate(pool, showing, rules(), now, random).item?.id).toBe('p2');
    expect(rotate(pool, showing, rules({ hidden: new Set(['p2']) }), now, random).item?.id).not.toBe('p2');
    expect(
      rotate(
        pool.filter((p) => p.id !== 'p2'),
        showing,
        rules(),
        now,
        random,
      ).item?.id,
    ).not.toBe('p2');
    // Never the one showing, even if promised.
    expect(rotate(pool, { ...showing, next: 'p1' }, rules(), now, random).item?.id).not.toBe('p1');
  });

  it('a promise left from "every tab" is ignored after a switch to hourly: the weighted pick decides', () => {
    const hourly = rules({ frequency: 'hour' });
    const showing: RotationState = { current: { id: 'p1', at: '2026-01-01T08:00:00Z' }, recent: [] };
    const now = at('2026-01-01T10:05:00Z');
    const unpromised = rotate(pool, showing, hourly, now, seededRandom(6).next).item?.id;
    const stale = pool.find((p) => p.id !== unpromised && p.id !== 'p1')?.id;
    expect(rotate(pool, { ...showing, next: stale }, hourly, now, seededRandom(6).next).item?.id).toBe(unpromised);
    expect(rotate(pool, { ...showing, next: stale }, rules(), now, seededRandom(6).next).item?.id).toBe(stale);
  });
});
