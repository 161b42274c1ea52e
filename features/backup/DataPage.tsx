import { useSignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import { Time } from '../../components/Time';
import { type Final, requestBackup } from '../../lib/backup/client';
import type { BackupRequest } from '../../lib/backup/messages';
import { useLive } from '../../lib/live/live-signal';
import { countAll, deleteEverything } from '../../lib/repos/everything';
import { asksBeforeRestore, beforeRestore, loadSetup, type RestoreChoice, sendsWhenResumed } from '../../lib/sync/setup';
import { downloadText } from '../../lib/ui/download';
import { clearFirstFrames } from '../../lib/ui/first-frame';
import { backupFilename } from './download';
import { LEFT_SYNC, RestoreDialog } from './RestoreDialog';
import { Snapshots } from './Snapshots';
import { describeCounts } from './summary';

type Status =
  | { kind: 'idle' }
  | { kind: 'working'; label: string; done: number; total: number }
  | { kind: 'done'; result: Final; what: 'import' | 'export'; leftSync?: boolean }
  /** `reach`: where the delete goes while sync is set up, as the user chose. */
  | { kind: 'deleted'; reach?: RestoreChoice };

const DELETE_EVERYWHERE = {
  label: 'Delete on every device',
  hint: 'Your other devices delete the same records on their next sync.',
};

function Deleted({ reach }: { reach?: RestoreChoice }) {
  return (
    <div class="outcome ok" role="status" data-testid="delete-result">
      <p>
        <strong>Deleted.</strong> Nothing of your network is left in this browser.
      </p>
      {reach === 'everywhere' && <p>Your other devices delete it too when they next sync.</p>}
      {reach === 'this-device' && <p>{LEFT_SYNC}</p>}
    </div>
  );
}

function Outcome({ status }: { status: Status }) {
  if (status.kind === 'working')
    return (
      <div class="outcome" role="status">
        <p>{status.label}</p>
        <progress max={status.total || 1} value={status.total ? status.done : undefined} aria-label={status.label} />
        {status.total > 0 && <p class="muted">{`${status.done.toLocaleString('en')} of ${status.total.toLocaleString('en')} records`}</p>}
      </div>
    );
  if (status.kind === 'deleted') return <Deleted reach={status.reach} />;
  if (status.kind !== 'done') return <div class="outcome" role="status" />;
  const r = status.result;
  if (r.type === 'imported')
    return (
      <div class="outcome ok" role="status" data-testid="import-result">
        <p>
          <strong>Imported.</strong> Your network now holds {describeCounts(r.counts)}.
        </p>
        {r.ignored.length > 0 && <p class="muted">Left out parts this version does not know: {r.ignored.join(', ')}.</p>}
        {status.leftSync && <p>{LEFT_SYNC}</p>}
      </div>
    );
  if (r.type === 'exported')
    return (
      <div class="outcome ok" role="status" data-testid="export-result">
        <p>
          <strong>Exported</strong> {describeCounts(r.counts)}.
        </p>
      </div>
    );
  if (r.type === 'invalid')
    return (
      <div class="outcome bad" role="alert" data-testid="import-result">
        <p>
          <strong>Nothing was imported</strong> — your data is exactly as it was.{' '}
          {r.problems.length > 1 ? 'These need fixing in the file:' : 'The file has a problem:'}
        </p>
        <ul class="problems">
          {r.problems.map((p) => (
            <li key={`${p.path}${p.message}`}>
              {p.path && <code>{p.path}</code>} {p.message}
            </li>
          ))}
        </ul>
      </div>
    );
  return (
    <div class="outcome bad" role="alert" data-testid="import-result">
      <p>
        <strong>Something went wrong{status.what === 'import' ? '; nothing was imported' : ''}.</strong>{' '}
        {r.type === 'failed' ? r.message : ''}
      </p>
    </div>
  );
}

export function DataPage() {
  const status = useSignal<Status>({ kind: 'idle' });
  const pending = useSignal<File | null>(null);
  const preview = useSignal<Extract<Final, { type: 'checked' }> | null>(null);
  const typed = useSignal('');
  const confirmImport = useRef<HTMLDialogElement>(null);
  const confirmDelete = useRef<HTMLDialogElement>(null);
  const confirmDemo = useRef<HTMLDialogElement>(null);
  const counts = useLive(countAll, [], undefined);
  const setup = useLive(loadSetup, [], undefined).value;
  const syncOn = asksBeforeRestore(setup);
  const sync = { syncOn, syncPaused: sendsWhenResumed(setup) };
  const busy = status.value.kind === 'working';

  const exportNow = async () => {
    status.value = { kind: 'working', label: 'Preparing your backup…', done: 0, total: 0 };
    const result = await requestBackup({ type: 'export' });
    if (result.type === 'exported') downloadText(result.json, backupFilename());
    status.value = { kind: 'done', result, what: 'export' };
  };
  const chooseFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0] ?? null;
    input.value = '';
    if (!file) return;
    status.value = { kind: 'working', label: `Checking ${file.name}…`, done: 0, total: 0 };
    const result = await requestBackup({ type: 'check', file });
    if (result.type !== 'checked') {
      status.value = { kind: 'done', result, what: 'import' };
      return;
    }
    status.value = { kind: 'idle' };
    pending.value = file;
    preview.value = result;
    confirmImport.current?.showModal();
  };
  /** A snapshot of what is here first (when there is anything), then the replacement. */
  const replace = async (choice: RestoreChoice, req: BackupRequest, label: (total: number) => string) => {
    await beforeRestore(choice);
    status.value = { kind: 'working', label: 'Keeping a snapshot of your current data…', done: 0, total: 0 };
    if (Object.values(counts.value ?? {}).some((n) => n > 0)) await requestBackup({ type: 'snapshot' });
    status.value = { kind: 'working', label: label(0), done: 0, total: 0 };
    const result = await requestBackup(req, (done, total) => (status.value = { kind: 'working', label: label(total), done, total }));
    status.value = { kind: 'done', result, what: 'import', leftSync: choice === 'this-device' && result.type === 'imported' };
  };
  const importNow = (choice: RestoreChoice) => {
    const file = pending.value;
    if (file) void replace(choice, { type: 'import', file }, (total) => (total ? 'Importing…' : `Checking ${file.name}…`));
  };
  const loadDemo = (choice: RestoreChoice) => void replace(choice, { type: 'demo' }, () => 'Loading the demo…');
  const deleteNow = async (choice: RestoreChoice) => {
    await beforeRestore(choice);
    await deleteEverything();
    clearFirstFrames();
    status.value = { kind: 'deleted', ...(syncOn ? { reach: choice } : {}) };
  };

  return (
    <section class="page narrow" aria-labelledby="data-title">
      <h1 id="data-title">Your data</h1>
      <p class="muted">
        Everything stays in this browser. Right now it holds{' '}
        <span data-testid="data-counts">{counts.value ? describeCounts(counts.value) : '…'}</span>.
      </p>
      <div class="card stack">
        <h2>Back up</h2>
        <p class="muted">
          Download everything as one JSON file (Teachback backup format v1). Keep it somewhere safe; you can import it here or in another
          browser.
        </p>
        <div>
          <button type="button" class="btn btn-primary" onClick={exportNow} disabled={busy}>
            Export backup
          </button>
        </div>
      </div>
      <div class="card stack">
        <h2>Restore from a backup</h2>
        <p class="muted">
          The file is checked first. If anything in it is wrong, nothing changes and you will see exactly what to fix. A valid backup
          replaces everything here.
        </p>
        <label class="file-pick">
          <span class="btn">Choose a backup file…</span>
          <input
            type="file"
            accept=".json,application/json"
            onChange={chooseFile}
            disabled={busy}
            class="visually-hidden"
            data-testid="import-file"
          />
        </label>
      </div>
      <Outcome status={status.value} />
      <Snapshots busy={busy} syncOn={syncOn} />
      <div class="card stack">
        <h2>Demo network</h2>
        <p class="muted">
          Try Teachback with 40 made-up people, their meetings, goals and actions. This replaces your data (a snapshot is kept first).
        </p>
        <div>
          <button type="button" class="btn btn-danger" onClick={() => confirmDemo.current?.showModal()} disabled={busy}>
            Load the demo network…
          </button>
        </div>
      </div>
      <div class="card stack danger-zone">
        <h2>Delete everything</h2>
        <p class="muted">Removes every person, meeting and note from this browser. Export a backup first if you may want them back.</p>
        <div>
          <button type="button" class="btn btn-danger" onClick={() => confirmDelete.current?.showModal()} disabled={busy}>
            Delete everything…
          </button>
        </div>
      </div>

      <RestoreDialog
        dialog={confirmImport}
        title="Replace your data with this backup?"
        {...sync}
        confirmLabel="Replace my data"
        onChoose={importNow}
      >
        <p data-testid="import-preview">
          {pending.value?.name}, exported {preview.value && <Time iso={preview.value.exportedAt} />}, holds{' '}
          {preview.value ? describeCounts(preview.value.counts) : '…'}.
        </p>
        <p class="muted">
          It replaces what is here now: {counts.value ? describeCounts(counts.value) : 'your data'}. A snapshot of your current data is kept
          first, so you can go back.
        </p>
      </RestoreDialog>
      <RestoreDialog
        dialog={confirmDemo}
        title="Replace your data with the demo network?"
        {...sync}
        confirmLabel="Load the demo"
        onChoose={loadDemo}
      >
        <p class="muted">A snapshot of your current data is kept under Snapshots, so you can restore it.</p>
      </RestoreDialog>

      <RestoreDialog
        dialog={confirmDelete}
        title="Delete everything?"
        {...sync}
        confirmLabel="Delete everything"
        everywhere={DELETE_EVERYWHERE}
        ready={typed.value.trim().toLowerCase() === 'delete'}
        danger
        onChoose={deleteNow}
        onClose={() => (typed.value = '')}
      >
        <p class="muted">This cannot be undone. You may want to export a backup first.</p>
        <div>
          <button type="button" class="btn" onClick={exportNow}>
            Export a backup first
          </button>
        </div>
        <label class="field">
          <span>Type “delete” to confirm</span>
          <input value={typed.value} onInput={(e) => (typed.value = e.currentTarget.value)} autoComplete="off" />
        </label>
      </RestoreDialog>
    </section>
  );
}
