// Whether a page has what it shows. A page is "loading" while any read it has started is
// unanswered (a live query's first result, a chunk of the library), then "ready"; reads that
// failed are listed, each with a way to try again, so a page never waits on "…" for ever.
// The state is on <html data-state>: a style may use it, and tests wait for "ready" rather
// than for time.
import { signal } from '@preact/signals';

export interface ReadFailure {
  message: string;
  retry: () => void;
}

/** The reads that failed and have not yet succeeded on a retry. */
export const failures = signal<ReadFailure[]>([]);

const READY_MARK = 'tb:first-ready';

let pending = 0;
// Reads can end before the page's own render (the popup's first frame loads the Markdown
// renderer): the page is not ready until it has rendered, however its reads went.
let hasRendered = false;
// Bumped by every read that starts: a check scheduled before a read began is out of date.
let generation = 0;

const waiting: Array<() => void> = [];

function show(state: 'loading' | 'ready'): void {
  if (typeof document !== 'undefined') document.documentElement.dataset.state = state;
  if (state !== 'ready') return;
  for (const resolve of waiting.splice(0)) resolve();
  // When the page first had what it shows: the dashboard benchmark's first-view time.
  if (typeof performance !== 'undefined' && !performance.getEntriesByName(READY_MARK).length) performance.mark(READY_MARK);
}

/**
 * Marks a read as started; call the result once it has its answer (or failed). Calling it
 * again does nothing. The page turns "ready" only after a task in which nothing new began:
 * what a first answer renders may start reads of its own, and those count too.
 */
export function beginRead(): () => void {
  pending++;
  generation++;
  show('loading');
  let done = false;
  return () => {
    if (done) return;
    done = true;
    pending--;
    if (pending > 0) return;
    const seen = generation;
    setTimeout(() => {
      if (pending === 0 && seen === generation && hasRendered) show('ready');
    }, 0);
  };
}

/** Called once a page has rendered: with no read in progress, it is ready. */
export function rendered(): void {
  hasRendered = true;
  beginRead()();
}

/**
 * Resolves once no read is in progress, checked after the current task: a view rendered in
 * this task has started its reads by then.
 */
export function afterReads(): Promise<void> {
  return new Promise((resolve) => setTimeout(() => (pending === 0 ? resolve() : waiting.push(resolve)), 0));
}

/** `promise`, counted as a read in progress until it settles. */
export function trackRead<T>(promise: Promise<T>): Promise<T> {
  const done = beginRead();
  return promise.finally(done);
}

/** Lists a failed read until the returned function is called (it succeeded, or went away). */
export function reportFailure(error: unknown, retry: () => void): () => void {
  const failure: ReadFailure = { message: error instanceof Error ? error.message : String(error), retry };
  failures.value = [...failures.peek(), failure];
  return () => {
    failures.value = failures.peek().filter((f) => f !== failure);
  };
}
