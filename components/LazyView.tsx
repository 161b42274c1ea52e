import type { ComponentType, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { reportFailure, trackRead } from '../lib/live/page-state';

/**
 * A view whose code loads the first time it is shown, so a page downloads only the views the
 * user opens. Its loading counts as a read (the page stays "loading", and the place a view
 * was left is restored only once it is there); a chunk that fails to load is listed with a
 * way to try again. `preload` starts the download early (a pointer over a link to the view).
 */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): FunctionComponent<P> & { preload: () => void } {
  let view: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const start = () => {
    loading ??= trackRead(load()).then(
      (loaded) => (view = loaded),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  function Lazy(props: P) {
    const [, loaded] = useState(0);
    const View = view;
    // Started while rendering, not in an effect: the read must be counted before the task
    // that restores the view's place checks whether any read is in progress.
    if (!View) void start().catch(() => {});
    useEffect(() => {
      // Shown already. Otherwise wait, even if the code has arrived since this render (a
      // preload can finish before effects run): this render showed the placeholder.
      if (View) return;
      let current = true;
      let clear: (() => void) | undefined;
      const attempt = () =>
        start().then(
          () => {
            clear?.();
            if (current) loaded((n) => n + 1);
          },
          (error: unknown) => {
            clear?.();
            clear = reportFailure(error, attempt);
          },
        );
      void attempt();
      return () => {
        current = false;
        clear?.();
      };
    }, [View]);
    return View ? <View {...props} /> : <ViewLoading />;
  }
  return Object.assign(Lazy, { preload: () => void start().catch(() => {}) });
}

// Empty for a fast load (no flash); the words fade in only if the wait is long enough to notice.
function ViewLoading() {
  return (
    <div class="view-loading" aria-busy="true">
      <p>Opening…</p>
    </div>
  );
}
