import { type Signal, useSignal } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';
import { latestWriter } from '../../lib/live/latest-writer';
import { trackRead } from '../../lib/live/page-state';
import { getSetting, setSetting } from '../../lib/repos/settings';
import type { SettingDef } from '../../lib/settings/registry';

/**
 * A value kept as `setting` (absent until first written): read once, then edited locally and written through
 * on every change (the latest value wins, see latestWriter), so typing is never overtaken by
 * an older read.
 */
export function useStored<T>(
  setting: SettingDef<T | undefined>,
  init: () => Promise<T>,
): { value: Signal<T | undefined>; set: (next: T) => void; failed: Signal<string> } {
  const value = useSignal<T | undefined>(undefined);
  const failed = useSignal('');
  useEffect(() => {
    value.value = undefined;
    let live = true;
    // Counted as a read: the popup's first frame stays until the draft is in (start.ts).
    void trackRead(getSetting(setting).then((stored) => stored ?? init())).then((v) => {
      if (live) value.value = v;
    });
    return () => {
      live = false;
    };
  }, [setting.key]);
  const write = useMemo(
    () =>
      latestWriter<T>(
        (next) => setSetting(setting, next),
        (e) => {
          failed.value = e ? `Could not save your draft (${e instanceof Error ? e.message : String(e)}). Keep this popup open.` : '';
        },
      ),
    [setting.key],
  );
  const set = (next: T) => {
    value.value = next;
    write(next);
  };
  return { value, set, failed };
}
