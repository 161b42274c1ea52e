import { describe, expect, it } from 'vitest';
import { latestWriter } from './latest-writer';

/** A write that stays in flight until the test lets it finish. */
function slowStore() {
  const written: string[] = [];
  const waiting: Array<() => void> = [];
  const write = (v: string) =>
    new Promise<void>((resolve) => {
      waiting.push(() => {
        written.push(v);
        resolve();
      });
    });
  const finishOne = async () => {
    waiting.shift()?.();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { written, waiting, write, finishOne };
}

describe('latestWriter', () => {
  it('starts the first write at once', () => {
    const store = slowStore();
    latestWriter(store.write, () => {})('a');
    expect(store.waiting).toHaveLength(1);
  });

  it('writes only the latest of the values typed while a write is in flight', async () => {
    const store = slowStore();
    const put = latestWriter(store.write, () => {});
    for (const v of ['h', 'he', 'hel', 'hell', 'hello']) put(v);
    await store.finishOne();
    expect(store.waiting).toHaveLength(1);
    await store.finishOne();
    expect(store.written).toEqual(['h', 'hello']);
    expect(store.waiting).toHaveLength(0);
  });

  it('reports each write, failed or not, and keeps writing after a failure', async () => {
    const outcomes: unknown[] = [];
    let fail = true;
    const written: string[] = [];
    const put = latestWriter(
      async (v: string) => {
        if (fail) throw new Error('disk full');
        written.push(v);
      },
      (e) => outcomes.push(e instanceof Error ? e.message : 'ok'),
    );
    put('a');
    await new Promise((r) => setTimeout(r, 0));
    fail = false;
    put('b');
    await new Promise((r) => setTimeout(r, 0));
    expect(outcomes).toEqual(['disk full', 'ok']);
    expect(written).toEqual(['b']);
  });
});
