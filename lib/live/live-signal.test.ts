import { describe, expect, it } from 'vitest';
import { addPerson, countActive } from '../repos/people';
import { firstValue, liveSignal, nextValue } from './live-signal';

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
});
