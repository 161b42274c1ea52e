import { useSignal } from '@preact/signals';
import { Sparkline } from '../../components/Sparkline';
import { Time } from '../../components/Time';
import { ELEMENT_LABEL, ELEMENTS } from '../../lib/content/types';
import type { Person } from '../../lib/model/types';
import { addHealthCheck } from '../../lib/repos/people';

const average = (scores: Record<string, number>) => {
  const v = Object.values(scores);
  return v.length ? v.reduce((a, b) => a + b, 0) / v.length : 0;
};

/** A periodic check over Zachary's seven elements of mentoring, with the trend of past checks. */
export function HealthCheckPanel({ person }: { person: Person }) {
  const open = useSignal(false);
  const scores = useSignal<Record<string, number>>({});
  const note = useSignal('');
  const history = person.health ?? [];
  const last = history.at(-1);
  const complete = ELEMENTS.every((e) => scores.value[e]);
  return (
    <section class="card stack" aria-labelledby="health-title">
      <h2 id="health-title">Relationship health</h2>
      {last ? (
        <div class="stack">
          <p class="muted small">
            Last check <Time iso={last.at} /> · average {average(last.scores).toFixed(1)} / 5
          </p>
          <Sparkline values={history.map((h) => Math.round(average(h.scores) * 20))} label="Average health over time, out of 100" />
          <ul class="plain-list health-last" data-testid="health-last">
            {ELEMENTS.map((e) => (
              <li key={e}>
                {ELEMENT_LABEL[e]}: <strong>{last.scores[e] ?? '–'}</strong>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p class="muted">
          Every few months, rate how this relationship is doing on the seven elements of mentoring (after Lois J. Zachary). A low score is a
          topic for your next conversation, not a verdict.
        </p>
      )}
      {open.value ? (
        <form
          class="stack"
          onSubmit={async (e) => {
            e.preventDefault();
            if (!complete) return;
            await addHealthCheck(person.id, { scores: scores.value, ...(note.value.trim() ? { note: note.value.trim() } : {}) });
            open.value = false;
            scores.value = {};
            note.value = '';
          }}
        >
          {ELEMENTS.map((e) => (
            <fieldset key={e} class="plainset health-row">
              <legend>{ELEMENT_LABEL[e]}</legend>
              <div class="row">
                {[1, 2, 3, 4, 5].map((n) => (
                  <label key={n} class="check">
                    <input
                      type="radio"
                      name={`health-${e}`}
                      checked={scores.value[e] === n}
                      onChange={() => (scores.value = { ...scores.value, [e]: n })}
                    />{' '}
                    {n}
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
          <label class="field">
            <span>What to bring up next time (optional)</span>
            <input value={note.value} onInput={(e) => (note.value = e.currentTarget.value)} />
          </label>
          <div class="row">
            <button type="submit" class="btn btn-primary" disabled={!complete}>
              Save the check
            </button>
            <button type="button" class="btn btn-quiet" onClick={() => (open.value = false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div>
          <button type="button" class="btn" onClick={() => (open.value = true)}>
            Check in on this relationship
          </button>
        </div>
      )}
    </section>
  );
}
