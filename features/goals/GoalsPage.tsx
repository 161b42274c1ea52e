import { useSignal } from '@preact/signals';
import { PersonLinker } from '../../components/PersonLinker';
import { Sparkline } from '../../components/Sparkline';
import { Time } from '../../components/Time';
import { useLive } from '../../lib/live/live-signal';
import { dayKey, systemTimeZone } from '../../lib/model/calendar';
import { type GoalErrors, readGoal } from '../../lib/model/goal-draft';
import { ACTIVE_GOAL_SOFT_LIMIT } from '../../lib/model/goal-limit';
import type { GoalStatus } from '../../lib/model/types';
import { addGoal, getGoal, listGoals, recordProgress, updateGoal } from '../../lib/repos/goals';
import { peopleSource } from '../../lib/repos/people';
import { go } from '../../lib/ui/use-hash-route';

function GoalDetail({ id }: { id: string }) {
  const goal = useLive(() => getGoal(id).then((g) => g ?? null), [id], undefined);
  const progress = useSignal<number | null>(null);
  const note = useSignal('');
  const g = goal.value;
  if (g === undefined) return null;
  if (g === null) return <p class="muted">This goal is gone.</p>;
  const value = progress.value ?? g.progress ?? 0;
  const history = g.history ?? [];
  const setStatus = (status: GoalStatus) => updateGoal(id, { status });
  return (
    <section class="page narrow" aria-labelledby="goal-title">
      <a href="#/goals" class="back">
        ← Goals
      </a>
      <h1 id="goal-title">{g.title}</h1>
      <p class="muted">
        {g.measure ? `Success looks like: ${g.measure}` : 'No measure yet.'}
        {g.targetDate && (
          <>
            {' · target '}
            <Time iso={g.targetDate} />
          </>
        )}
      </p>
      <form
        class="card stack"
        onSubmit={async (e) => {
          e.preventDefault();
          await recordProgress(id, value, note.value.trim() || undefined);
          note.value = '';
          progress.value = null;
        }}
      >
        <h2>Where are you now?</h2>
        <label class="field">
          <span>Progress: {value}%</span>
          <input type="range" min={0} max={100} step={5} value={value} onInput={(e) => (progress.value = Number(e.currentTarget.value))} />
        </label>
        <label class="field">
          <span>What moved it (optional)</span>
          <input value={note.value} onInput={(e) => (note.value = e.currentTarget.value)} />
        </label>
        <div>
          <button type="submit" class="btn btn-primary">
            Record progress
          </button>
        </div>
      </form>
      <section class="stack" aria-labelledby="goal-history">
        <h2 id="goal-history">History</h2>
        <Sparkline values={history.map((h) => h.progress)} label="Progress over time" />
        <ol class="plain-list" data-testid="goal-history">
          {[...history].reverse().map((h) => (
            <li key={h.at}>
              <strong>{h.progress}%</strong> · <Time iso={h.at} />
              {h.note ? ` · ${h.note}` : ''}
            </li>
          ))}
        </ol>
      </section>
      <section class="card stack" aria-labelledby="goal-helpers">
        <h2 id="goal-helpers">People who help</h2>
        <PersonLinker
          source={peopleSource}
          ids={g.helperIds ?? []}
          onChange={(helperIds) => updateGoal(id, { helperIds })}
          label="Who helps with it"
          testId="helpers"
        />
      </section>
      <div class="row">
        {(g.status ?? 'active') === 'active' ? (
          <>
            <button type="button" class="btn" onClick={() => setStatus('done')}>
              Mark as reached
            </button>
            <button type="button" class="btn btn-quiet" onClick={() => setStatus('dropped')}>
              Let it go
            </button>
          </>
        ) : (
          <button type="button" class="btn" onClick={() => setStatus('active')}>
            Make it active again
          </button>
        )}
      </div>
    </section>
  );
}

function NewGoal({ active, onCancel }: { active: number; onCancel: () => void }) {
  const title = useSignal('');
  const measure = useSignal('');
  const target = useSignal('');
  const errors = useSignal<GoalErrors>({});
  const err = (key: keyof GoalErrors) =>
    errors.value[key] ? (
      <small id={`goal-err-${key}`} class="field-error" role="alert">
        {errors.value[key]}
      </small>
    ) : null;
  const aria = (key: keyof GoalErrors) => ({
    'aria-invalid': !!errors.value[key],
    'aria-describedby': errors.value[key] ? `goal-err-${key}` : undefined,
  });
  return (
    <form
      class="card stack"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const read = readGoal(
          { title: title.value, measure: measure.value, targetDate: target.value },
          dayKey(new Date(), systemTimeZone()),
        );
        if ('errors' in read) {
          errors.value = read.errors;
          return;
        }
        errors.value = {};
        const g = await addGoal(read.goal);
        go(`/goals/${g.id}`);
      }}
      aria-labelledby="new-goal"
    >
      <h2 id="new-goal">A new goal</h2>
      {active >= ACTIVE_GOAL_SOFT_LIMIT && (
        <p class="note warn" role="note">
          You already have {active} active goals. Four or five get real attention; consider letting one go or finishing one first.
        </p>
      )}
      <label class="field">
        <span>What you want to grow in</span>
        <input value={title.value} onInput={(e) => (title.value = e.currentTarget.value)} {...aria('title')} />
        {err('title')}
      </label>
      <label class="field">
        <span>How you will know you got there</span>
        <input value={measure.value} onInput={(e) => (measure.value = e.currentTarget.value)} />
      </label>
      <label class="field">
        <span>Target date</span>
        <input type="date" value={target.value} onInput={(e) => (target.value = e.currentTarget.value)} {...aria('targetDate')} />
        {err('targetDate')}
      </label>
      <div class="row">
        <button type="submit" class="btn btn-primary">
          Add goal
        </button>
        <button type="button" class="btn btn-quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function GoalList({ startAdding }: { startAdding: boolean }) {
  const goals = useLive(listGoals, [], undefined);
  const adding = useSignal(startAdding);
  const all = goals.value;
  if (!all) return null;
  const active = all.filter((g) => (g.status ?? 'active') === 'active');
  return (
    <section class="page narrow" aria-labelledby="goals-title">
      <header class="page-head">
        <h1 id="goals-title">Goals</h1>
        {!adding.value && (
          <button type="button" class="btn btn-primary" onClick={() => (adding.value = true)}>
            New goal
          </button>
        )}
      </header>
      <p class="muted">Start from four or five things you want to grow in, then choose the people who can help with each.</p>
      {/* The new-goal form says it for itself: one warning at a time. */}
      {active.length > ACTIVE_GOAL_SOFT_LIMIT && !adding.value && (
        <p class="note warn" role="note" data-testid="goal-warning">
          {active.length} goals are active. Fewer get more attention each.
        </p>
      )}
      {adding.value && (
        <NewGoal
          active={active.length}
          onCancel={() => {
            adding.value = false;
            if (startAdding) go('/goals');
          }}
        />
      )}
      <ul class="plain-list" data-testid="goal-list">
        {all.map((g) => (
          <li key={g.id} class="card goal-row">
            <a href={`#/goals/${g.id}`}>{g.title}</a>
            <span class="muted small">
              {(g.status ?? 'active') === 'active' ? `${g.progress ?? 0}%` : g.status === 'done' ? 'Reached' : 'Let go'}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** `#/goals/new` opens the list with the new-goal form (the new tab's empty goals link there). */
export function GoalsPage({ id }: { id?: string }) {
  return id && id !== 'new' ? <GoalDetail id={id} /> : <GoalList startAdding={id === 'new'} />;
}
