// Work that many components ask for at once (sixty meetings' notes rendered from Markdown on a
// person's page) runs in turns of a few milliseconds, each its own task, so the page can
// paint and take input between them instead of freezing for the whole batch.
const SLICE_MS = 8;

const queue: Array<() => void> = [];
let draining = false;

function drain(): void {
  const start = performance.now();
  while (queue.length) {
    if (performance.now() - start >= SLICE_MS) {
      setTimeout(drain, 0);
      return;
    }
    queue.shift()?.();
  }
  draining = false;
}

/** `work`'s result, computed in the next free turn; the first turns begin in this task. */
export function inTurn<T>(work: () => T): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    queue.push(() => {
      try {
        resolve(work());
      } catch (e) {
        reject(e);
      }
    });
    if (!draining) {
      draining = true;
      queueMicrotask(drain);
    }
  });
}
