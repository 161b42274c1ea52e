import { useSignal } from '@preact/signals';
import { FilePick, ImportOutcome, type ImportStatus } from '../../components/ImportSteps';
import { requestBackup } from '../../lib/backup/client';
import { requestCalendar } from '../../lib/calendar/client';
import {
  type CalendarPreview,
  DEFAULT_PAST_DAYS,
  type NewcomerChoice,
  type PreviewEvent,
  planCalendar,
  planSummary,
  type Stranger,
} from '../../lib/calendar/preview';
import { exactDate, plural } from '../../lib/format/relative';
import { DIRECTION_LABEL } from '../../lib/model/directions';
import { DIRECTIONS, type Direction } from '../../lib/model/types';
import type { CalendarApplied } from '../../lib/repos/calendar';
import { appliedText } from './applied-text';
import { Subscription } from './Subscription';
import './calendar.css';

const PAGE = 100;
const WINDOWS = [30, 90, 180, 365];

type Status = ImportStatus<CalendarPreview, { applied: CalendarApplied }>;

const when = (e: PreviewEvent) =>
  e.allDay ? `${exactDate(e.at)}, all day` : new Date(e.at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function Strangers({
  strangers,
  chosen,
  onChange,
}: {
  strangers: Stranger[];
  chosen: NewcomerChoice[];
  onChange: (c: NewcomerChoice[]) => void;
}) {
  const directionOf = new Map(chosen.map((c) => [c.key, c.direction]));
  const set = (key: string, direction: Direction | undefined) =>
    onChange([...chosen.filter((c) => c.key !== key), ...(direction ? [{ key, direction }] : [])]);
  return (
    <section class="stack" aria-labelledby="strangers-title">
      <h2 id="strangers-title">Not in your network</h2>
      <p class="muted">These people are on events but match no one here (by email or name). Add someone, and their events come along.</p>
      <ul class="strangers" data-testid="calendar-strangers">
        {strangers.map((s) => {
          const d = directionOf.get(s.key);
          return (
            <li key={s.key}>
              <span class="stranger-name">
                <strong>{s.name}</strong>
                <small class="muted">
                  {s.email && s.email !== s.name ? `${s.email} · ` : ''}
                  {plural(s.events, 'event')}
                </small>
              </span>
              {d ? (
                <span class="row">
                  <select aria-label={`Direction for ${s.name}`} value={d} onChange={(e) => set(s.key, e.currentTarget.value as Direction)}>
                    {DIRECTIONS.map((x) => (
                      <option key={x} value={x}>
                        {DIRECTION_LABEL[x]}
                      </option>
                    ))}
                  </select>
                  <button type="button" class="btn btn-quiet" onClick={() => set(s.key, undefined)}>
                    Don’t add
                  </button>
                </span>
              ) : (
                <button type="button" class="btn" onClick={() => set(s.key, 'peer')}>
                  Add {s.name}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function EventsTable({ preview, chosen }: { preview: CalendarPreview; chosen: Set<string> }) {
  const limit = useSignal(PAGE);
  const names = new Map(preview.strangers.map((s) => [s.key, s.name]));
  return (
    <div class="stack">
      <div class="table-wrap">
        <table class="calendar-preview" data-testid="calendar-preview">
          <caption class="visually-hidden">Events in the calendar and what each becomes</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Event</th>
              <th scope="col">With</th>
              <th scope="col">Becomes</th>
            </tr>
          </thead>
          <tbody>
            {preview.events.slice(0, limit.value).map((e) => {
              const added = e.strangers.filter((k) => chosen.has(k));
              const none = !e.people.length && !added.length;
              return (
                <tr key={`${e.uid}${e.recurrenceId ?? ''}`} class={none || e.known ? 'quiet' : undefined}>
                  <td class="nowrap">{when(e)}</td>
                  <th scope="row">{e.title}</th>
                  <td>
                    {[...e.people.map((p) => p.name), ...added.map((k) => `${names.get(k)} (new)`)].join(', ') || (
                      <span class="muted">no one you know</span>
                    )}
                  </td>
                  <td>{none ? 'Left out' : e.known ? 'Already here' : e.past ? 'Held contact' : 'Planned meeting'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {preview.events.length > limit.value && (
        <div>
          <button type="button" class="btn" onClick={() => (limit.value += PAGE)}>
            Show {Math.min(PAGE, preview.events.length - limit.value)} more
          </button>
        </div>
      )}
    </div>
  );
}

function PreviewView({ file, preview, onApply }: { file: File; preview: CalendarPreview; onApply: (add: NewcomerChoice[]) => void }) {
  const chosen = useSignal<NewcomerChoice[]>([]);
  const sum = planSummary(preview, chosen.value);
  const matched = new Set(preview.events.flatMap((e) => e.people.map((p) => p.id))).size;
  return (
    <div class="stack">
      <p data-testid="calendar-summary">
        <strong>{file.name}</strong>: {plural(preview.events.length, 'event')} with other people, among them{' '}
        {plural(matched, 'person', 'people')} in your network and {preview.strangers.length} not in it
        {preview.cancelled.length ? `; ${plural(preview.cancelled.length, 'cancelled event')} left out` : ''}.
      </p>
      {preview.events.length > 0 && <EventsTable preview={preview} chosen={new Set(chosen.value.map((c) => c.key))} />}
      {preview.strangers.length > 0 && (
        <Strangers strangers={preview.strangers} chosen={chosen.value} onChange={(c) => (chosen.value = c)} />
      )}
      <div class="row">
        <button
          type="button"
          class="btn btn-primary"
          data-testid="calendar-apply"
          disabled={!sum.held && !sum.planned && !preview.events.some((e) => e.known)}
          onClick={() => onApply(chosen.value)}
        >
          {sum.held || sum.planned
            ? `Add ${[sum.held && plural(sum.held, 'held contact'), sum.planned && plural(sum.planned, 'planned meeting')].filter(Boolean).join(' and ')}`
            : 'Bring the meetings up to date'}
        </button>
        <span class="muted">A snapshot of your data is kept first, so you can undo.</span>
      </div>
    </div>
  );
}

export function CalendarImport() {
  const status = useSignal<Status>({ kind: 'choose' });
  const pastDays = useSignal(DEFAULT_PAST_DAYS);
  const read = async (file: File) => {
    status.value = { kind: 'reading', file };
    const r = await requestCalendar({ type: 'preview', file, pastDays: pastDays.value, now: new Date().toISOString() });
    status.value =
      r.type === 'preview'
        ? { kind: 'preview', file, preview: r.preview }
        : { kind: 'choose', message: r.type === 'refused' || r.type === 'failed' ? r.message : 'This file could not be read.' };
  };
  const apply = async (preview: CalendarPreview, add: NewcomerChoice[]) => {
    status.value = { kind: 'applying' };
    const r = await requestCalendar({ type: 'apply', plan: planCalendar(preview, add, 'file'), now: new Date().toISOString() });
    status.value =
      r.type === 'applied'
        ? { kind: 'applied', applied: r.applied, undoId: r.undo.id }
        : { kind: 'failed', message: r.type === 'failed' || r.type === 'refused' ? r.message : 'The import stopped.' };
  };
  const undo = async (id: string) => {
    status.value = { kind: 'undoing' };
    const r = await requestBackup({ type: 'restore', id });
    status.value =
      r.type === 'restored' ? { kind: 'undone' } : { kind: 'failed', message: r.type === 'failed' ? r.message : 'Undo did not finish.' };
  };
  const s = status.value;
  const busy = ['reading', 'applying', 'undoing'].includes(s.kind);
  return (
    <section class="page" aria-labelledby="calendar-title">
      <header class="page-head">
        <h1 id="calendar-title">Meetings from your calendar</h1>
        <a class="btn btn-quiet" href="#/people">
          Back to people
        </a>
      </header>
      <p class="muted">
        Choose a calendar file (.ics) exported from Google Calendar or Outlook, or a single invitation. Events with people in your network
        become held contacts when they are past, and planned meetings when they are ahead (recurring ones for the next six weeks). The file
        is read here, in this browser, and nothing changes until you apply.
      </p>
      {!busy && (
        <div class="row calendar-pick">
          <label class="field">
            <span>Look back</span>
            <select
              value={pastDays.value}
              data-testid="calendar-window"
              onChange={(e) => {
                pastDays.value = Number(e.currentTarget.value);
                if (s.kind === 'preview') void read(s.file);
              }}
            >
              {WINDOWS.map((d) => (
                <option key={d} value={d}>
                  {d} days
                </option>
              ))}
            </select>
          </label>
          <FilePick
            label={s.kind === 'choose' ? 'Choose a calendar file…' : 'Choose another file…'}
            accept=".ics,.ical,.ifb,.icalendar,text/calendar"
            testId="calendar-file"
            onFile={(file) => void read(file)}
          />
        </div>
      )}
      <ImportOutcome
        status={s}
        testId="calendar-outcome"
        adding="meetings"
        restored="your data"
        done={(r) => appliedText(r.applied)}
        onUndo={(id) => void undo(id)}
      />
      {s.kind === 'preview' && (
        <PreviewView
          key={`${s.file.name}${s.file.lastModified}`}
          file={s.file}
          preview={s.preview}
          onApply={(add) => void apply(s.preview, add)}
        />
      )}
      <Subscription />
    </section>
  );
}
