import { useSignal } from '@preact/signals';
import { Time } from '../../components/Time';
import { requestBackup } from '../../lib/backup/client';
import { useLive } from '../../lib/live/live-signal';
import type { SnapshotMeta } from '../../lib/model/snapshot';
import { listSnapshots } from '../../lib/repos/snapshot-list';
import { describeCounts } from './summary';

const REASON = {
  daily: 'Daily',
  manual: 'Taken by you',
  'before-restore': 'Before a restore',
  'before-import': 'Before a contacts import',
  'before-sync': 'Before the first sync',
} as const;

/** The local snapshots: listed with dates and sizes, each restorable; a restore can be undone. */
export function Snapshots({ busy }: { busy: boolean }) {
  const list = useLive(listSnapshots, [], undefined);
  const message = useSignal('');
  const undo = useSignal<SnapshotMeta | null>(null);
  const working = useSignal(false);
  const restore = async (s: SnapshotMeta, isUndo = false) => {
    working.value = true;
    message.value = isUndo ? 'Undoing…' : 'Restoring…';
    const r = await requestBackup({ type: 'restore', id: s.id });
    working.value = false;
    if (r.type === 'restored') {
      message.value = isUndo ? 'Undone: your data is back as it was before the restore.' : 'Restored the snapshot.';
      undo.value = isUndo ? null : r.undo;
    } else message.value = r.type === 'failed' ? `Could not restore: ${r.message}` : 'Could not restore.';
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
            <button type="button" class="btn" disabled={busy || working.value} onClick={() => restore(s)}>
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
            <button type="button" class="btn" onClick={() => undo.value && restore(undo.value, true)}>
              Undo
            </button>
          )}
        </p>
      )}
    </section>
  );
}
