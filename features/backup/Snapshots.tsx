import { useSignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import { Time } from '../../components/Time';
import { requestBackup } from '../../lib/backup/client';
import { useLive } from '../../lib/live/live-signal';
import type { SnapshotMeta } from '../../lib/model/snapshot';
import { listSnapshots } from '../../lib/repos/snapshot-list';
import { beforeRestore, type RestoreChoice } from '../../lib/sync/setup';
import { LEFT_SYNC, RestoreDialog } from './RestoreDialog';
import { describeCounts } from './summary';

const REASON = {
  daily: 'Daily',
  manual: 'Taken by you',
  'before-restore': 'Before a restore',
  'before-import': 'Before a contacts import',
  'before-sync': 'Before the first sync',
} as const;

/**
 * The local snapshots: listed with dates and sizes, each restorable; a restore can be undone.
 * While sync is on, a restore (an undo too) first asks whether it reaches the other devices.
 */
export function Snapshots({ busy, syncOn }: { busy: boolean; syncOn: boolean }) {
  const list = useLive(listSnapshots, [], undefined);
  const message = useSignal('');
  const undo = useSignal<SnapshotMeta | null>(null);
  const working = useSignal(false);
  const asking = useSignal<{ snapshot: SnapshotMeta; isUndo: boolean } | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const restore = async (s: SnapshotMeta, isUndo: boolean, choice: RestoreChoice) => {
    await beforeRestore(choice);
    working.value = true;
    message.value = isUndo ? 'Undoing…' : 'Restoring…';
    const r = await requestBackup({ type: 'restore', id: s.id });
    working.value = false;
    if (r.type === 'restored') {
      const done = isUndo ? 'Undone: your data is back as it was before the restore.' : 'Restored the snapshot.';
      message.value = choice === 'this-device' ? `${done} ${LEFT_SYNC}` : done;
      undo.value = isUndo ? null : r.undo;
    } else message.value = r.type === 'failed' ? `Could not restore: ${r.message}` : 'Could not restore.';
  };
  const ask = (snapshot: SnapshotMeta, isUndo = false) => {
    if (!syncOn) return void restore(snapshot, isUndo, 'everywhere');
    asking.value = { snapshot, isUndo };
    dialog.current?.showModal();
  };
  return (
    <section class="card stack" aria-labelledby="snap-title">
      <h2 id="snap-title">Snapshots</h2>
      <p class="muted">
        Teachback keeps a copy of everything once a day, here in this browser, and keeps the last five. Restoring one replaces your data;
        you can undo it.
      </p>
      {list.value?.length === 0 && <p class="muted">No snapshots yet: the first is taken within a day of adding data, or now.</p>}
      <ul class="plain-list" data-testid="snapshots">
        {list.value?.map((s) => (
          <li key={s.id} class="snapshot">
            <span>
              <strong>
                <Time iso={s.at} />
              </strong>{' '}
              <span class="muted small">
                · {REASON[s.reason]} · {(s.size / 1e6).toFixed(1)} MB · {describeCounts(s.counts)}
              </span>
            </span>
            <button type="button" class="btn" disabled={busy || working.value} onClick={() => ask(s)}>
              Restore
            </button>
          </li>
        ))}
      </ul>
      <div class="row">
        <button
          type="button"
          class="btn"
          disabled={busy || working.value}
          onClick={async () => {
            working.value = true;
            await requestBackup({ type: 'snapshot' });
            working.value = false;
          }}
        >
          Take a snapshot now
        </button>
      </div>
      {message.value && (
        <p role="status" class="row">
          {message.value}
          {undo.value && (
            <button type="button" class="btn" onClick={() => undo.value && ask(undo.value, true)}>
              Undo
            </button>
          )}
        </p>
      )}
      <RestoreDialog
        dialog={dialog}
        title={asking.value?.isUndo ? 'Undo the restore?' : 'Restore this snapshot?'}
        syncOn={syncOn}
        confirmLabel="Restore"
        onChoose={(choice) => asking.value && void restore(asking.value.snapshot, asking.value.isUndo, choice)}
      >
        <p>
          {asking.value && (
            <>
              The snapshot from <Time iso={asking.value.snapshot.at} /> holds {describeCounts(asking.value.snapshot.counts)}. It replaces
              what is here now{asking.value.isUndo ? '.' : '; you can undo it.'}
            </>
          )}
        </p>
      </RestoreDialog>
    </section>
  );
}
