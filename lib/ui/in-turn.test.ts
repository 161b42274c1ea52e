import { afterEach, describe, expect, it, vi } from 'vitest';
import { inTurn } from './in-turn';

describe('inTurn', () => {
  afterEach(() => vi.restoreAllMocks());

  it('runs work in order and gives each result back', async () => {
    const order: number[] = [];
    const results = await Promise.all(
      [1, 2, 3].map((n) =>
        inTurn(() => {
          order.push(n);
          return n * 10;
        }),
      ),
    );
    expect(results).toEqual([10, 20, 30]);
    expect(order).toEqual([1, 2, 3]);
  });

  it('yields to the event loop once a turn has used its few milliseconds', async () => {
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const done: number[] = [];
    for (let i = 0; i < 4; i++)
      void inTurn(() => {
        clock += 5;
      }).then(() => done.push(i));
    await new Promise((resolve) => queueMicrotask(() => resolve(undefined)));
    for (let i = 0; i < 5; i++) await Promise.resolve();
    // The first turn ran two 5 ms pieces of work (8 ms used up), and left the rest for later tasks.
    expect(done).toEqual([0, 1]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toEqual([0, 1, 2, 3]);
  });

  it('passes a failure to the one who asked, and goes on with the rest', async () => {
    const failing = inTurn(() => {
      throw new Error('no');
    });
    const next = inTurn(() => 'yes');
    await expect(failing).rejects.toThrow('no');
    await expect(next).resolves.toBe('yes');
  });
});
