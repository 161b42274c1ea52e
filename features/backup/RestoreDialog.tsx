import './restore.css';
import type { ComponentChildren, RefObject } from 'preact';
import { useId } from 'preact/hooks';
import type { RestoreChoice } from '../../lib/sync/setup';

interface Props {
  dialog: RefObject<HTMLDialogElement>;
  title: string;
  /** What the restore brings and replaces. */
  children: ComponentChildren;
  /** Sync is on: the restore would reach every device, so the user says how it goes. */
  syncOn: boolean;
  /** Sync is set up but off here: the change reaches the other devices once it is on again. */
  syncPaused?: boolean;
  /** The one button when sync is off. */
  confirmLabel: string;
  onChoose: (choice: RestoreChoice) => void;
  /** The choice that reaches every device, when it is not a replacement (a delete). */
  everywhere?: { label: string; hint: string };
  /** False while the user has still to confirm something inside (the choices are disabled). */
  ready?: boolean;
  /** The change cannot be undone: its buttons say so. */
  danger?: boolean;
  onClose?: () => void;
}

const REPLACE_EVERYWHERE = {
  label: 'Replace the data on every device',
  hint: 'Your other devices get the same data. Records it does not hold are deleted there too.',
};

/** Said after a restore that stayed on this device. */
export const LEFT_SYNC =
  'Sync is off on this device now, and your other devices kept their data. Turn it on again in Settings → Sync to merge the two.';

/**
 * Asks before a restore replaces the data here (a native modal dialog: focus stays inside, Escape
 * cancels, and Cancel is focused first). While sync is on it asks how far the restore goes.
 */
export function RestoreDialog(props: Props) {
  const { dialog, title, children, syncOn, confirmLabel, onChoose, everywhere = REPLACE_EVERYWHERE, ready = true, danger = false } = props;
  const id = useId();
  const choice = danger ? 'btn btn-danger' : 'btn';
  const cancel = (
    <button type="submit" class="btn btn-quiet" autoFocus>
      Cancel
    </button>
  );
  return (
    <dialog ref={dialog} class="card confirm" aria-labelledby={`${id}-title`} aria-describedby={`${id}-body`} onClose={props.onClose}>
      <form method="dialog" class="stack">
        <h2 id={`${id}-title`}>{title}</h2>
        <div id={`${id}-body`} class="stack">
          {children}
          {syncOn && (
            <p>
              <strong>Sync is on.</strong> Should this reach your other devices too?
            </p>
          )}
          {props.syncPaused && (
            <p>
              <strong>Sync is off on this device.</strong> If you turn it on again, this reaches your other devices too.
            </p>
          )}
        </div>
        {syncOn ? (
          <div class="stack restore-choices">
            <div class="restore-choice">
              <button type="submit" class={choice} aria-describedby={`${id}-all`} disabled={!ready} onClick={() => onChoose('everywhere')}>
                {everywhere.label}
              </button>
              <p id={`${id}-all`} class="muted small">
                {everywhere.hint}
              </p>
            </div>
            <div class="restore-choice">
              <button
                type="submit"
                class={choice}
                aria-describedby={`${id}-here`}
                disabled={!ready}
                onClick={() => onChoose('this-device')}
              >
                Take this device out of sync
              </button>
              <p id={`${id}-here`} class="muted small">
                Sync is turned off here first, so the change stays in this browser and your other devices keep their data. When you turn
                sync on again, both sides are merged, as on a first sync.
              </p>
            </div>
            <div>{cancel}</div>
          </div>
        ) : (
          <div class="row">
            <button
              type="submit"
              class={danger ? 'btn btn-danger' : 'btn btn-primary'}
              disabled={!ready}
              onClick={() => onChoose('everywhere')}
            >
              {confirmLabel}
            </button>
            {cancel}
          </div>
        )}
      </form>
    </dialog>
  );
}
