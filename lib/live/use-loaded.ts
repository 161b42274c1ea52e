import { useMemo, useState } from 'preact/hooks';
import { trackRead } from './page-state';

/**
 * The result of `load` once it resolves (undefined before). It starts while rendering, not in
 * an effect, so the page counts as loading from the frame that needs it.
 */
export function useLoaded<T>(load: () => Promise<T>, deps: unknown[]): T | undefined {
  const [loaded, setLoaded] = useState<{ deps: unknown[]; value: T }>();
  useMemo(() => {
    void trackRead(load()).then((value) => setLoaded({ deps, value }));
  }, deps);
  // A result for earlier deps is not this render's.
  return loaded?.deps.every((d, i) => Object.is(d, deps[i])) ? loaded.value : undefined;
}
