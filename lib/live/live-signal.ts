import { effect, type ReadonlySignal, type Signal, signal } from '@preact/signals';
import { liveQuery } from 'dexie';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { beginRead, reportFailure } from './page-state';

export interface LiveSignal<T> {
  value: ReadonlySignal<T>;
  error: ReadonlySignal<unknown>;
  dispose: () => void;
}

/**
 * The one bridge from Dexie to the UI: a signal that holds the latest result of `query`
 * and updates whenever a page, the background or a worker writes what it read.
 */
export function liveSignal<T>(query: () => Promise<T> | T, initial: T): LiveSignal<T> {
  const value = signal(initial);
  return { value, ...feed(value, query) };
}

/**
 * Keeps `target` at the latest result of `query`, for a signal that was filled before Dexie
 * loaded. A result `same` as what `target` holds is dropped, so nothing renders again for it.
 */
export function feed<T>(
  target: Signal<T>,
  query: () => Promise<T> | T,
  same: (a: T, b: T) => boolean = Object.is,
): Omit<LiveSignal<T>, 'value'> {
  const error = signal<unknown>(undefined);
  let sub: { unsubscribe: () => void } | undefined;
  let answered = beginRead();
  let listed = () => {};
  const subscribe = () => {
    sub = liveQuery(query).subscribe({
      next: (v) => {
        if (!same(target.peek(), v)) target.value = v;
        error.value = undefined;
        listed();
        answered();
      },
      error: (e) => {
        error.value = e;
        listed();
        listed = reportFailure(e, retry);
        answered();
      },
    });
  };
  // A failed query stays failed (Dexie ends the subscription): trying again means a new one.
  const retry = () => {
    sub?.unsubscribe();
    answered = beginRead();
    subscribe();
  };
  subscribe();
  return {
    error,
    dispose: () => {
      sub?.unsubscribe();
      listed();
      answered();
    },
  };
}

/** The first value a live signal receives (or its first error), for a page that renders once data is in. */
export function firstValue<T>(live: LiveSignal<T | undefined>): Promise<T> {
  return new Promise((resolve, reject) => {
    const stop = effect(() => {
      const value = live.value.value;
      const error = live.error.value;
      if (value !== undefined) resolve(value);
      else if (error !== undefined) reject(error);
      else return;
      // The effect may run before `stop` is assigned.
      queueMicrotask(() => stop());
    });
  });
}

/** The next value a live signal receives after this call (after a write the query sees). */
export function nextValue<T>(live: LiveSignal<T>): Promise<T> {
  return new Promise((resolve) => {
    let current = true;
    const stop = effect(() => {
      const value = live.value.value;
      if (current) {
        current = false;
        return;
      }
      resolve(value);
      queueMicrotask(() => stop());
    });
  });
}

/** `liveSignal` for a component: re-subscribes when `deps` change and unsubscribes on unmount. */
export function useLive<T>(query: () => Promise<T> | T, deps: unknown[], initial: T): ReadonlySignal<T> {
  const live = useMemo(() => liveSignal(query, initial), deps);
  useEffect(() => live.dispose, [live]);
  return live.value;
}

/**
 * `useLive` that goes on showing the last answer while the query for new `deps` runs, so a
 * list filtered as the user types never blanks between keystrokes.
 */
export function useLiveKept<T>(query: () => Promise<T> | T, deps: unknown[], initial: T): ReadonlySignal<T> {
  const last = useRef(initial);
  const live = useMemo(() => liveSignal(query, last.current), deps);
  useEffect(() => live.dispose, [live]);
  last.current = live.value.peek();
  return live.value;
}
