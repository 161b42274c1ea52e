import { describe, expect, it } from 'vitest';
import { serially } from './serially';

/** A job that counts its runs and finishes only when told to. */
function gatedJob() {
  const gates: Array<() => void> = [];
  let runs = 0;
  let active = 0;
  let overlapped = false;
  const job = () =>
    new Promise<number>((resolve) => {
      runs += 1;
      active += 1;
      overlapped ||= active > 1;
      const run = runs;
      gates.push(() => {
        active -= 1;
        resolve(run);
      });
    });
  /** Waits (a bounded number of ticks) for the run in progress, then lets it finish. */
  const release = async () => {
    for (let i = 0; i < 100 && !gates.length; i++) await Promise.resolve();
    const gate = gates.shift();
    if (!gate) throw new Error('no run in progress');
    gate();
  };
  const started = async (n: number) => {
    for (let i = 0; i < 100 && runs < n; i++) await Promise.resolve();
  };
  return { job, release, started, runs: () => runs, overlapped: () => overlapped };
}

describe('serially', () => {
  it('lets asks made before a run starts join it', async () => {
    const g = gatedJob();
    const run = serially(g.job);
    const both = [run(), run()];
    await g.release();
    expect(await Promise.all(both)).toEqual([1, 1]);
    expect(g.runs()).toBe(1);
  });

  it('runs a job asked for many times while it runs once more, not once per ask', async () => {
    const g = gatedJob();
    const run = serially(g.job);
    const first = run();
    await g.started(1);
    const later = Array.from({ length: 50 }, () => run());
    await g.release();
    expect(await first).toBe(1);
    await g.release();
    expect(await Promise.all(later)).toEqual(Array(50).fill(2));
    expect(g.runs()).toBe(2);
    expect(g.overlapped()).toBe(false);
  });

  it('starts a fresh run for an ask that comes while the follow-up already runs', async () => {
    const g = gatedJob();
    const run = serially(g.job);
    const first = run();
    await g.started(1);
    const second = run();
    await g.release();
    await first;
    await g.started(2);
    const third = run();
    await g.release();
    await g.release();
    expect([await second, await third]).toEqual([2, 3]);
  });

  it('runs again after a run that failed', async () => {
    let calls = 0;
    const run = serially(async () => {
      calls += 1;
      if (calls === 1) throw new Error('server down');
      return calls;
    });
    await expect(run()).rejects.toThrow('server down');
    expect(await run()).toBe(2);
  });
});
