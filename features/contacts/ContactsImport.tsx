import { useSignal } from '@preact/signals';
import { FilePick, ImportOutcome, type ImportStatus } from '../../components/ImportSteps';
import { requestBackup } from '../../lib/backup/client';
import { requestContacts } from '../../lib/contacts/client';
import { choiceCounts, defaultChoice, type Preview, planImport, type RowChoice, tickedAction } from '../../lib/contacts/preview';
import type { ColumnMapping } from '../../lib/contacts/types';
import { plural } from '../../lib/format/relative';
import { DEFAULT_CADENCE } from '../../lib/model/cadence';
import { DIRECTION_LABEL } from '../../lib/model/directions';
import { DIRECTIONS, type Direction } from '../../lib/model/types';
import { ColumnPicker } from './ColumnPicker';
import './contacts.css';

const PAGE = 200;
const FORMAT_LABEL = {
  vcard: 'vCard',
  google: 'Google Contacts CSV',
  outlook: 'Outlook CSV',
  linkedin: 'LinkedIn connections',
  csv: 'CSV',
};

type Status = ImportStatus<Preview, { added: number; merged: number }>;

const cadenceText = (d: Direction) => `every ${DEFAULT_CADENCE[d].idealDays}–${DEFAULT_CADENCE[d].maxDays} days`;

function DirectionSelect({ value, onChange, label }: { value: Direction; onChange: (d: Direction) => void; label: string }) {
  return (
    <select aria-label={label} value={value} onChange={(e) => onChange(e.currentTarget.value as Direction)}>
      {DIRECTIONS.map((d) => (
        <option key={d} value={d}>
          {DIRECTION_LABEL[d]}
        </option>
      ))}
    </select>
  );
}

function PreviewTable({ preview, onApply }: { preview: Preview; onApply: (choices: RowChoice[]) => void }) {
  const bulk = useSignal<Direction>('peer');
  const choices = useSignal<RowChoice[]>(preview.rows.map((r) => defaultChoice(r, 'peer')));
  const limit = useSignal(PAGE);
  const set = (i: number, change: Partial<RowChoice>) => {
    const next = [...choices.value];
    next[i] = { ...(next[i] as RowChoice), ...change };
    choices.value = next;
  };
  const tickAll = (on: boolean) =>
    (choices.value = choices.value.map((c, i) => {
      const row = preview.rows[i];
      return row && (!row.match || row.match.patch) ? { ...c, action: on ? tickedAction(row) : 'skip' } : c;
    }));
  const selectedNew = choices.value.filter((c) => c.action === 'add').length;
  const counts = choiceCounts(preview.rows, choices.value);
  return (
    <div class="stack">
      <fieldset class="row bulk">
        <legend class="visually-hidden">Choose for all selected rows</legend>
        <button type="button" class="btn btn-quiet" onClick={() => tickAll(true)}>
          Select all
        </button>
        <button type="button" class="btn btn-quiet" onClick={() => tickAll(false)}>
          Select none
        </button>
        <span class="bulk-set">
          <span>Direction for the {plural(selectedNew, 'selected new person', 'selected new people')}</span>
          <DirectionSelect label="Direction for every selected new person" value={bulk.value} onChange={(d) => (bulk.value = d)} />
          <button
            type="button"
            class="btn"
            onClick={() => (choices.value = choices.value.map((c) => (c.action === 'add' ? { ...c, direction: bulk.value } : c)))}
          >
            Set for selected
          </button>
        </span>
      </fieldset>
      <div class="table-scroll">
        <table class="contacts-preview" data-testid="contacts-preview">
          <caption class="visually-hidden">Contacts in the file, as the people they would become</caption>
          <thead>
            <tr>
              <th scope="col">Import</th>
              <th scope="col">Name</th>
              <th scope="col">Organisation</th>
              <th scope="col">Role</th>
              <th scope="col">Emails</th>
              <th scope="col">Link</th>
              <th scope="col">Direction</th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.slice(0, limit.value).map((row, i) => {
              const c = choices.value[i] as RowChoice;
              const nothingNew = row.match && !row.match.patch;
              return (
                <tr key={row.line} class={c.action === 'skip' ? 'skipped' : undefined}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Import ${row.name}`}
                      checked={c.action !== 'skip'}
                      disabled={nothingNew}
                      onChange={(e) => set(i, { action: e.currentTarget.checked ? tickedAction(row) : 'skip' })}
                    />
                  </td>
                  <th scope="row">{row.name}</th>
                  <td>{row.org}</td>
                  <td>{row.role}</td>
                  <td class="wrap">{row.emails.join(', ')}</td>
                  <td class="wrap">{row.links[0]}</td>
                  <td>
                    {row.match ? (
                      <span class="match">
                        {nothingNew ? 'Already in your network' : `Merges into ${row.match.name}`}
                        <small class="muted">{nothingNew ? 'nothing new in the file' : 'fills only empty fields'}</small>
                      </span>
                    ) : (
                      <span class="stack-tight">
                        <DirectionSelect
                          label={`Direction for ${row.name}`}
                          value={c.direction}
                          onChange={(d) => set(i, { direction: d })}
                        />
                        <small class="muted">{cadenceText(c.direction)}</small>
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {preview.rows.length > limit.value && (
        <div>
          <button type="button" class="btn" onClick={() => (limit.value += PAGE)}>
            Show {Math.min(PAGE, preview.rows.length - limit.value)} more
          </button>
        </div>
      )}
      <div class="row">
        <button
          type="button"
          class="btn btn-primary"
          disabled={!counts.add && !counts.merge}
          onClick={() => onApply(choices.value)}
          data-testid="contacts-apply"
        >
          {counts.add || !counts.merge ? `Add ${plural(counts.add, 'person', 'people')}` : 'Update'}
          {counts.merge ? `${counts.add ? ', update' : ''} ${plural(counts.merge, 'person', 'people')}` : ''}
        </button>
        <span class="muted">A snapshot of your data is kept first, so you can undo.</span>
      </div>
    </div>
  );
}

function Summary({ file, preview }: { file: File; preview: Preview }) {
  const matched = preview.rows.filter((r) => r.match).length;
  return (
    <div class="stack-tight" data-testid="contacts-summary">
      <p>
        <strong>{file.name}</strong> ({FORMAT_LABEL[preview.format]}): {plural(preview.rows.length, 'person', 'people')}
        {matched ? `, ${matched} already in your network` : ''}.
        {preview.folded
          ? ` ${plural(preview.folded, 'row was', 'rows were')} the same person as another and ${preview.folded === 1 ? 'was' : 'were'} folded in.`
          : ''}
      </p>
      {preview.problems.length > 0 && (
        <details>
          <summary>{plural(preview.problems.length, 'contact', 'contacts')} left out</summary>
          <ul class="problems">
            {preview.problems.slice(0, 50).map((p) => (
              <li key={p.line}>{p.message}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

export function ContactsImport() {
  const status = useSignal<Status>({ kind: 'choose' });
  const read = async (file: File, mapping?: ColumnMapping) => {
    status.value = { kind: 'reading', file };
    const r = await requestContacts({ type: 'preview', file, mapping });
    status.value =
      r.type === 'preview'
        ? { kind: 'preview', file, preview: r.preview }
        : { kind: 'choose', message: r.type === 'refused' || r.type === 'failed' ? r.message : 'This file could not be read.' };
  };
  const apply = async (preview: Preview, choices: RowChoice[]) => {
    status.value = { kind: 'applying' };
    const r = await requestContacts({ type: 'apply', plan: planImport(preview.rows, choices) });
    status.value =
      r.type === 'applied'
        ? { kind: 'applied', added: r.added, merged: r.merged, undoId: r.undo.id }
        : { kind: 'failed', message: r.type === 'failed' || r.type === 'refused' ? r.message : 'The import stopped.' };
  };
  const undo = async (id: string) => {
    status.value = { kind: 'undoing' };
    const r = await requestBackup({ type: 'restore', id });
    status.value =
      r.type === 'restored' ? { kind: 'undone' } : { kind: 'failed', message: r.type === 'failed' ? r.message : 'Undo did not finish.' };
  };
  const s = status.value;
  return (
    <section class="page" aria-labelledby="contacts-title">
      <header class="page-head">
        <h1 id="contacts-title">Import from contacts</h1>
        <a class="btn btn-quiet" href="#/people">
          Back to people
        </a>
      </header>
      <p class="muted">
        Bring in people you already know: a vCard file (.vcf) from Apple Contacts, Google Contacts or Outlook, a Google or Outlook CSV,
        LinkedIn’s Connections.csv, or any spreadsheet saved as CSV. The file is read here, in this browser, and nothing is stored until you
        choose who to add. To bring in your 1:1s as well, use <a href="#/people/calendar">meetings from your calendar</a>.
      </p>
      {!['reading', 'applying', 'undoing'].includes(s.kind) && (
        <FilePick
          label={s.kind === 'choose' ? 'Choose a contacts file…' : 'Choose another file…'}
          accept=".vcf,.vcard,.csv,.txt,text/vcard,text/csv"
          testId="contacts-file"
          onFile={(file) => void read(file)}
        />
      )}
      <ImportOutcome
        status={s}
        testId="contacts-outcome"
        adding="people"
        restored="your network"
        done={(r) => (
          <>
            Added {plural(r.added, 'person', 'people')}
            {r.merged ? `, updated ${plural(r.merged, 'person', 'people')}` : ''}.
          </>
        )}
        onUndo={(id) => void undo(id)}
      />
      {s.kind === 'preview' && (
        <div class="stack" key={`${s.file.name}${s.file.lastModified}${JSON.stringify(s.preview.mapping)}`}>
          <Summary file={s.file} preview={s.preview} />
          {s.preview.format === 'csv' && s.preview.columns && s.preview.mapping && (
            <ColumnPicker columns={s.preview.columns} mapping={s.preview.mapping} onChange={(m) => void read(s.file, m)} />
          )}
          {s.preview.rows.length > 0 ? (
            <PreviewTable preview={s.preview} onApply={(c) => void apply(s.preview, c)} />
          ) : (
            <p class="muted">No row has a name yet. Choose which column holds the name.</p>
          )}
        </div>
      )}
    </section>
  );
}
