import type { ComponentChildren } from 'preact';
import { go } from '../lib/ui/use-hash-route';

/** Where a file import stands; each import adds its own preview and result to it. */
export type ImportStatus<Preview, Applied> =
  | { kind: 'choose'; message?: string }
  | { kind: 'reading'; file: File }
  | { kind: 'preview'; file: File; preview: Preview }
  | { kind: 'applying' }
  | ({ kind: 'applied'; undoId: string } & Applied)
  | { kind: 'undoing' }
  | { kind: 'undone' }
  | { kind: 'failed'; message: string };

/** The file button: a real file input, hidden behind a button-looking label. */
export function FilePick(props: { label: string; accept: string; testId: string; onFile: (file: File) => void }) {
  return (
    <label class="file-pick">
      <span class="btn">{props.label}</span>
      <input
        type="file"
        accept={props.accept}
        class="visually-hidden"
        data-testid={props.testId}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) props.onFile(file);
        }}
      />
    </label>
  );
}

interface OutcomeProps<P, A> {
  status: ImportStatus<P, A>;
  testId: string;
  /** What is being added while it is applied ("people", "meetings"). */
  adding: string;
  /** What undo puts back ("your network", "your data"). */
  restored: string;
  /** The sentence after "Done.". */
  done: (applied: Extract<ImportStatus<P, A>, { kind: 'applied' }>) => ComponentChildren;
  onUndo: (undoId: string) => void;
}

/** What happened, said in one live region: refused, reading, applying, done (with undo), undone. */
export function ImportOutcome<P, A>({ status: s, testId, adding, restored, done, onUndo }: OutcomeProps<P, A>) {
  const tone =
    s.kind === 'applied' || s.kind === 'undone' ? ' ok' : s.kind === 'failed' || (s.kind === 'choose' && s.message) ? ' bad' : '';
  return (
    <div class={`outcome${tone}`} role="status" data-testid={testId}>
      {s.kind === 'choose' && s.message && (
        <p>
          <strong>Nothing was imported.</strong> {s.message}
        </p>
      )}
      {s.kind === 'reading' && <p>Reading {s.file.name}…</p>}
      {s.kind === 'applying' && <p>Keeping a snapshot, then adding {adding}…</p>}
      {s.kind === 'undoing' && <p>Putting your data back as it was…</p>}
      {s.kind === 'failed' && (
        <p>
          <strong>Nothing changed.</strong> {s.message}
        </p>
      )}
      {s.kind === 'undone' && <p>Undone: {restored} is as it was before the import.</p>}
      {s.kind === 'applied' && (
        <div class="row">
          <p>
            <strong>Done.</strong> {done(s)}
          </p>
          <button type="button" class="btn" onClick={() => onUndo(s.undoId)}>
            Undo this import
          </button>
          <button type="button" class="btn btn-primary" onClick={() => go('/people')}>
            See your people
          </button>
        </div>
      )}
    </div>
  );
}
