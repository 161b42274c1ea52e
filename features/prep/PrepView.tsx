import { useSignal } from '@preact/signals';
import { AgreementFields } from '../../components/AgreementFields';
import { LastNotes } from '../../components/LastNotes';
import { Time } from '../../components/Time';
import { readAgreement, toAgreementDraft } from '../../lib/model/agreement-draft';
import { cadenceOf } from '../../lib/model/cadence';
import { dayKey, systemTimeZone } from '../../lib/model/calendar';
import type { ActionItem, Owner } from '../../lib/model/types';
import { buildAgenda } from './agenda';
import type { PrepDraft } from './draft';
import type { PrepData } from './prep-read';
import { plannedEnd } from './stage';

interface Props {
  prep: PrepData;
  draft: PrepDraft;
  update: (patch: Partial<PrepDraft>) => void;
  onStart: () => void;
  /** Passed in, so the popup's first frame renders this view before the store's code loads. */
  complete: (actionId: string) => void;
  /** The popup's first frame: the notes' start as text, so loading the Markdown renderer does not delay that frame. */
  plainNotes?: boolean;
}

function ActionList({ items, owner, complete }: { items: ActionItem[]; owner: Owner; complete: Props['complete'] }) {
  const mine = items.filter((a) => a.owner === owner);
  if (mine.length === 0) return <p class="muted small">Nothing open.</p>;
  return (
    <ul class="plain">
      {mine.map((a) => (
        <li key={a.id}>
          <label class="tick">
            <input type="checkbox" onChange={() => complete(a.id)} />
            <span>
              {a.text}
              {a.dueAt && (
                <small class={Date.parse(a.dueAt) < Date.now() ? 'urgency-overdue' : 'muted'}>
                  {' · due '}
                  <Time iso={a.dueAt} />
                </small>
              )}
            </span>
          </label>
        </li>
      ))}
    </ul>
  );
}

function Agenda({ draft, update }: Pick<Props, 'draft' | 'update'>) {
  // The point being typed lives in the draft, so closing the popup before "Add" keeps it.
  const text = draft.pointText ?? '';
  const from = useSignal<Owner>('me');
  const add = (e: Event) => {
    e.preventDefault();
    if (!text.trim()) return;
    update({ points: [...draft.points, { text: text.trim(), from: from.value, done: false }], pointText: '' });
  };
  const segments = buildAgenda(draft.points, draft.split, draft.minutes);
  return (
    <section aria-labelledby="agenda-title" class="block">
      <h3 id="agenda-title">Agenda · {draft.minutes} min</h3>
      <ol class="segments">
        {segments.map((s) => (
          <li key={s.title}>
            <span class="seg-title">{s.title}</span> <span class="muted">{s.minutes} min</span>
            {s.points.length > 0 && (
              <ul class="plain points">
                {s.points.map((p) => (
                  <li key={p.text}>
                    {p.text}{' '}
                    <button
                      type="button"
                      class="btn btn-quiet small"
                      aria-label={`Remove “${p.text}”`}
                      onClick={() => update({ points: draft.points.filter((x) => x !== p) })}
                    >
                      ✕
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      <form class="add-point" onSubmit={add}>
        <label class="visually-hidden" for="new-point">
          New talking point
        </label>
        <input
          id="new-point"
          value={text}
          onInput={(e) => update({ pointText: e.currentTarget.value })}
          placeholder="Add a talking point…"
        />
        <label class="visually-hidden" for="point-from">
          Whose point
        </label>
        <select id="point-from" value={from.value} onChange={(e) => (from.value = e.currentTarget.value as Owner)}>
          <option value="me">Mine</option>
          <option value="them">Theirs</option>
        </select>
        <button type="submit" class="btn">
          Add
        </button>
      </form>
      <label class="field inline">
        <span>Meeting length (minutes)</span>
        <input
          type="number"
          min={15}
          max={180}
          step={5}
          value={draft.minutes}
          onChange={(e) => update({ minutes: Math.min(180, Math.max(15, Math.round(Number(e.currentTarget.value) || 60))) })}
        />
      </label>
    </section>
  );
}

/** The agreement typed at a first meeting, saved with the meeting; checked as each field is left. */
function FirstAgreement({ person, draft, update }: Pick<Props, 'draft' | 'update'> & { person: PrepData['person'] }) {
  const fallback = cadenceOf(person);
  const value = toAgreementDraft(draft.agreement ?? { timeSplit: draft.split, whoSchedules: person.whoSchedules }, fallback);
  const read = readAgreement(value, { today: dayKey(new Date(), systemTimeZone()), fallback, stored: person.agreement });
  return (
    <AgreementFields
      value={value}
      errors={'errors' in read ? read.errors : {}}
      onChange={(agreement) => update({ agreement, ...(agreement.timeSplit ? { split: agreement.timeSplit } : {}) })}
    />
  );
}

export function PrepView({ prep, draft, update, onStart, complete, plainNotes = false }: Props) {
  const { person, last, actions, goals, stage, cue } = prep;
  const end = plannedEnd(person);
  const a = person.agreement;
  const cueOnAgenda = draft.points.some((p) => p.text === cue.text);
  return (
    <div class="prep stack">
      {stage === 'ending' && end && (
        <p class="note warn" role="note">
          Your planned end is <Time iso={end} />. Make room for an “end well” conversation: what each of you gained, and what comes next.{' '}
          <a href="/options.html#/library/lesson/ending-well" target="_blank" rel="noopener">
            Read the short lesson
          </a>
        </p>
      )}
      {stage === 'first' ? (
        <section class="block" aria-labelledby="first-meeting">
          <h3 id="first-meeting">First meeting</h3>
          <p class="muted small">
            Set expectations early: roles, how often you meet, who schedules, and what each of you hopes to learn. It will be saved with the
            meeting.
          </p>
          <FirstAgreement person={person} draft={draft} update={update} />
        </section>
      ) : (
        a && (
          <section class="block" aria-labelledby="agreement-title">
            <h3 id="agreement-title">Your agreement</h3>
            {a.objectives?.filter(Boolean).length ? (
              <ul class="plain small">
                {a.objectives.filter(Boolean).map((o) => (
                  <li key={o}>{o}</li>
                ))}
              </ul>
            ) : null}
            <p class="muted small">
              {a.cadence ? `Every ${a.cadence.idealDays} days · ` : ''}
              {a.timeSplit ? `${a.timeSplit.mine}/${a.timeSplit.theirs} your/their time` : ''}
              {a.plannedEndAt ? ' · ends ' : ''}
              {a.plannedEndAt && <Time iso={a.plannedEndAt} />}
            </p>
          </section>
        )
      )}
      {last && (
        <section class="block" aria-labelledby="last-title">
          <h3 id="last-title">
            Last time · <Time iso={last.at} />
          </h3>
          {last.agreements?.length ? (
            <ul class="plain agreed" data-testid="last-agreements">
              {last.agreements.map((x) => (
                <li key={x}>✓ {x}</li>
              ))}
            </ul>
          ) : (
            <p class="muted small">No agreements recorded.</p>
          )}
          {last.notes && <LastNotes markdown={last.notes} headingsBelow={3} short plain={plainNotes} />}
        </section>
      )}
      <section class="block two" aria-labelledby="open-title" data-testid="open-actions">
        {/* The paint of this heading is when the prep shows, for scripts/bench-popup.ts (Element Timing). */}
        <h3 id="open-title" elementtiming="tb:open-actions">
          Open actions
        </h3>
        <div>
          <h4>Yours</h4>
          <ActionList items={actions} owner="me" complete={complete} />
        </div>
        <div>
          <h4>Theirs</h4>
          <ActionList items={actions} owner="them" complete={complete} />
        </div>
      </section>
      {goals.length > 0 && (
        <section class="block" aria-labelledby="goals-title">
          <h3 id="goals-title">Goals they help with</h3>
          <ul class="plain goals">
            {goals.map((g) => (
              <li key={g.id}>
                <span>{g.title}</span>
                <span
                  class="bar"
                  role="progressbar"
                  aria-valuenow={g.progress ?? 0}
                  aria-valuemin={0}
                  aria-valuemax={100}
                  aria-label={`${g.title}: ${g.progress ?? 0}%`}
                >
                  <span style={{ width: `${g.progress ?? 0}%` }} />
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section class="block cue-box" aria-labelledby="cue-title" data-testid="prep-cue">
        <h3 id="cue-title">What you could teach back</h3>
        <p>{cue.text}</p>
        {person.learnFrom && (
          <p class="small learn-from" data-testid="learn-from">
            <span class="muted">And what you learn from them:</span> {person.learnFrom}
          </p>
        )}
        <button
          type="button"
          class="btn small"
          disabled={cueOnAgenda}
          onClick={() => update({ points: [...draft.points, { text: cue.text, from: 'me', done: false }] })}
        >
          {cueOnAgenda ? 'On the agenda' : 'Add to the agenda'}
        </button>
      </section>
      <section class="block" aria-labelledby="q-title">
        <h3 id="q-title">Three questions worth asking</h3>
        <ol class="questions" data-testid="questions">
          {draft.questions.map((q) => (
            <li key={q.id}>{q.text}</li>
          ))}
        </ol>
      </section>
      <Agenda draft={draft} update={update} />
      <button type="button" class="btn btn-primary wide" onClick={onStart}>
        Start the meeting
      </button>
    </div>
  );
}
