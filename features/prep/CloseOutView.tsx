import { useSignal } from '@preact/signals';
import type { NextMeeting } from '../../lib/model/next-meeting';
import type { Owner } from '../../lib/model/types';
import type { DraftAction, PrepDraft } from './draft';

interface Props {
  name: string;
  draft: PrepDraft;
  /** The next meeting as it will be planned (proposed from the cadence unless changed), or none. */
  next?: NextMeeting;
  update: (patch: Partial<PrepDraft>) => void;
  onSave: () => Promise<void>;
  onBack: () => void;
}

const RAPPORT = ['1', '2', '3', '4', '5'];
const RAPPORT_NAME = ['1, it didn’t click', '2', '3', '4', '5, we really clicked'];

/** Agreements, actions on both sides, rapport, what carries over, and the next date; saved together. */
export function CloseOutView({ name, draft, next, update, onSave, onBack }: Props) {
  const error = useSignal('');
  const busy = useSignal(false);
  const setAction = (i: number, patch: Partial<DraftAction>) =>
    update({ actions: draft.actions.map((a, j) => (j === i ? { ...a, ...patch } : a)) });
  const carried = draft.points.filter((p) => !p.done);
  const save = async (e: Event) => {
    e.preventDefault();
    busy.value = true;
    error.value = '';
    try {
      await onSave();
    } catch (err) {
      error.value = `Not saved: ${err instanceof Error ? err.message : String(err)}. Your notes and answers are kept; try again.`;
    } finally {
      busy.value = false;
    }
  };
  return (
    <form class="close stack" onSubmit={save} aria-labelledby="close-title">
      <h3 id="close-title" class="close-title">
        Record the conversation with {name}
      </h3>
      <label class="field">
        <span>What you agreed (one per line)</span>
        <textarea rows={3} value={draft.agreements.join('\n')} onInput={(e) => update({ agreements: e.currentTarget.value.split('\n') })} />
      </label>
      <fieldset class="field plainset">
        <legend>Actions</legend>
        {draft.actions.map((a, i) => (
          <div key={i} class="action-row">
            <label class="visually-hidden" for={`action-${i}`}>
              Action {i + 1}
            </label>
            <input
              id={`action-${i}`}
              value={a.text}
              onInput={(e) => setAction(i, { text: e.currentTarget.value })}
              placeholder="What will be done"
            />
            <label class="visually-hidden" for={`owner-${i}`}>
              Who does action {i + 1}
            </label>
            <select id={`owner-${i}`} value={a.owner} onChange={(e) => setAction(i, { owner: e.currentTarget.value as Owner })}>
              <option value="me">Me</option>
              <option value="them">{name.split(' ')[0]}</option>
            </select>
            <label class="visually-hidden" for={`due-${i}`}>
              Action {i + 1} due
            </label>
            <input
              id={`due-${i}`}
              type="date"
              value={a.dueAt?.slice(0, 10) ?? ''}
              onInput={(e) =>
                setAction(i, { dueAt: e.currentTarget.value ? new Date(`${e.currentTarget.value}T17:00:00`).toISOString() : undefined })
              }
            />
          </div>
        ))}
        <div>
          <button type="button" class="btn small" onClick={() => update({ actions: [...draft.actions, { text: '', owner: 'me' }] })}>
            Add an action
          </button>
        </div>
      </fieldset>
      <fieldset class="field plainset">
        <legend>How well did it click?</legend>
        <div class="rapport">
          {RAPPORT.map((label, i) => (
            <label key={label} class="rapport-pick">
              <input
                type="radio"
                name="rapport"
                aria-label={RAPPORT_NAME[i]}
                checked={draft.rapport === i + 1}
                onChange={() => update({ rapport: i + 1 })}
              />
              <span aria-hidden="true">{label}</span>
            </label>
          ))}
        </div>
        <p class="rapport-ends" aria-hidden="true">
          <span>didn’t click</span>
          <span>really clicked</span>
        </p>
        <label class="field">
          <span>A word on why (optional)</span>
          <input value={draft.rapportNote} onInput={(e) => update({ rapportNote: e.currentTarget.value })} />
        </label>
      </fieldset>
      {carried.length > 0 && (
        <div>
          <p class="small">Carried to next time (not ticked off):</p>
          <ul class="plain small">
            {carried.map((p) => (
              <li key={p.text}>→ {p.text}</li>
            ))}
          </ul>
        </div>
      )}
      <fieldset class="field plainset">
        <legend>Next meeting</legend>
        <div class="form-pair">
          <label class="field">
            <span>Date</span>
            <input type="date" value={next?.date ?? ''} onInput={(e) => update({ nextOn: e.currentTarget.value })} />
          </label>
          <label class="field">
            <span>Time</span>
            <input type="time" value={next?.time ?? ''} disabled={!next} onInput={(e) => update({ nextTime: e.currentTarget.value })} />
          </label>
        </div>
        <small>Proposed from how often you meet, at about the time this one started; clear the date to plan later.</small>
      </fieldset>
      {error.value && (
        <p class="field-error" role="alert">
          {error.value}
        </p>
      )}
      <div class="row">
        <button type="submit" class="btn btn-primary" disabled={busy.value}>
          Save the meeting
        </button>
        <button type="button" class="btn btn-quiet" onClick={onBack}>
          Back to the meeting
        </button>
      </div>
    </form>
  );
}
