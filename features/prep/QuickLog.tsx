import { useSignal } from '@preact/signals';
import { ButtonGroup } from '../../components/ButtonGroup';
import type { MeetingKind } from '../../lib/model/types';
import { logContact } from '../../lib/repos/meetings';

const KINDS: Array<[MeetingKind, string]> = [
  ['call', 'Call'],
  ['message', 'Message'],
  ['chat', 'Chat'],
];

/** "We spoke": two clicks, an optional one-line note, and the stay-in-touch clock starts again. */
export function QuickLog({ personId, name }: { personId: string; name: string }) {
  const note = useSignal('');
  const done = useSignal('');
  return (
    <details class="quick-log">
      <summary class="btn btn-quiet">Log a contact</summary>
      <div class="stack">
        <label class="field">
          <span>Note (optional)</span>
          <input value={note.value} onInput={(e) => (note.value = e.currentTarget.value)} maxLength={200} />
        </label>
        <ButtonGroup label={`How you were in touch with ${name}`}>
          {KINDS.map(([kind, label]) => (
            <button
              key={kind}
              type="button"
              class="btn"
              onClick={async () => {
                await logContact(personId, kind, note.value.trim());
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
