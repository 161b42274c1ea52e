import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { addPerson, countActive } from '../repos/people';
import { feed, firstValue, liveSignal, nextValue } from './live-signal';
import { failures } from './page-state';

describe('live signal', () => {
  it('resolves with the first value the store gives, then keeps following writes', async () => {
    const live = liveSignal<number | undefined>(countActive, undefined);
    expect(await firstValue(live)).toBe(0);
    await addPerson({ name: 'Ada', direction: 'up' });
    await expect.poll(() => live.value.value).toBe(1);
    live.dispose();
  });

  it('rejects with the query’s error when the first read fails', async () => {
    const live = liveSignal<number | undefined>(() => Promise.reject(new Error('store unreadable')), undefined);
    await expect(firstValue(live)).rejects.toThrow('store unreadable');
    live.dispose();
  });

  it('waits for the next value after a write, not the one it already has', async () => {
    const live = liveSignal<number | undefined>(countActive, undefined);
    await firstValue(live);
    const next = nextValue(live);
    let settled = false;
    void next.then(() => {
      settled = true;
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(settled).toBe(false);
    await addPerson({ name: 'Ada', direction: 'up' });
    expect(await next).toBe(1);
    live.dispose();
  });

  it('feeds a signal filled elsewhere, leaving it untouched while the store gives the same', async () => {
    const shown = signal({ people: 0 });
    const first = shown.value;
    let updates = 0;
    shown.subscribe(() => updates++);
    const live = feed(
      shown,
      async () => ({ people: await countActive() }),
      (a, b) => a.people === b.people,
    );
    await new Promise((r) => setTimeout(r, 50));
    expect(shown.value).toBe(first); // the store agreed with what was shown: no new value
    await addPerson({ name: 'Ada', direction: 'up' });
    await expect.poll(() => shown.value.people).toBe(1);
    expect(updates).toBe(2); // the first value, then the write
    live.dispose();
  });
});

describe('a live query that fails', () => {
  it('is listed with a retry that, once the cause is gone, brings the value and clears the failure', async () => {
    let broken = true;
    const live = liveSignal<number | undefined>(async () => {
      if (broken) throw new Error('store unreadable');
      return countActive();
    }, undefined);
    await expect.poll(() => failures.value.map((f) => f.message)).toEqual(['store unreadable']);
    broken = false;
    failures.value[0]?.retry();
    await expect.poll(() => live.value.value).toBe(0);
    expect(failures.value).toEqual([]);
    live.dispose();
  });
});
