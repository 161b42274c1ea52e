import { useSignal } from '@preact/signals';
import { ButtonGroup } from '../../components/ButtonGroup';
import { CONTACT_KINDS } from '../../lib/model/contact-kinds';
import type { MeetingKind } from '../../lib/model/types';
import { closeOnEscape } from '../../lib/ui/close-on-escape';

/** "We spoke": two clicks, an optional one-line note, and the stay-in-touch clock starts again. */
export function QuickLog({ name, log }: { name: string; log: (kind: MeetingKind, note: string) => Promise<unknown> }) {
  const note = useSignal('');
  const done = useSignal('');
  return (
    <details class="quick-log" onKeyDown={closeOnEscape}>
      <summary class="btn btn-quiet">Log a contact</summary>
      <div class="stack">
        <label class="field">
          <span>Note (optional)</span>
          <input value={note.value} onInput={(e) => (note.value = e.currentTarget.value)} maxLength={200} />
        </label>
        <ButtonGroup label={`How you were in touch with ${name}`}>
          {CONTACT_KINDS.map(({ kind, label }) => (
            <button
              key={kind}
              type="button"
              class="btn"
              onClick={async () => {
                await log(kind, note.value.trim());
                note.value = '';
                done.value = `${label} logged. The stay-in-touch clock for ${name} starts again.`;
              }}
            >
              {label}
            </button>
          ))}
        </ButtonGroup>
        <p role="status" class="saved">
          {done.value}
        </p>
      </div>
    </details>
  );
}
