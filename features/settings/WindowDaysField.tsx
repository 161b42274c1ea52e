import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';

/**
 * What the user types stays in the field until the stored value changes: a save elsewhere on the
 * page (the frequency just picked) re-renders it, and would otherwise put the old value back.
 */
export function WindowDaysField({ stored, save }: { stored: number; save: (days: number) => void }) {
  const draft = useSignal<string | null>(null);
  useEffect(() => {
    draft.value = null;
  }, [stored]);
  return (
    <label class="field narrow-field">
      <span>Don’t repeat a prompt within … days</span>
      <input
        type="number"
        min={0}
        max={365}
        value={draft.value ?? stored}
        onInput={(e) => {
          draft.value = e.currentTarget.value;
        }}
        onChange={(e) => {
          const n = Math.round(Number(e.currentTarget.value));
          if (Number.isFinite(n) && n >= 0 && n <= 365) save(n);
          else draft.value = null;
        }}
      />
    </label>
  );
}
