import { useSignal } from '@preact/signals';
import { useLibrary } from '../../components/library/use-library';
import { Sparkline } from '../../components/Sparkline';
import { Time } from '../../components/Time';
import { scoreAssessment } from '../../lib/content/score';
import type { AssessmentDef } from '../../lib/content/types';
import { useLive } from '../../lib/live/live-signal';
import type { AssessmentKind } from '../../lib/model/types';
import { addAssessment, assessmentHistory } from '../../lib/repos/assessments';

function History({ kind }: { kind: AssessmentKind }) {
  const history = useLive(() => assessmentHistory(kind), [kind], []);
  const rows = history.value;
  if (rows.length === 0) return <p class="muted">No attempts yet. Take it now, and again in a few months to see what changed.</p>;
  return (
    <div class="stack">
      <Sparkline values={[...rows].reverse().map((r) => r.score ?? 0)} label="Your scores, oldest first" />
      <ol class="plain-list" data-testid="assessment-history">
        {rows.map((r) => (
          <li key={r.id}>
            <strong>{r.score}</strong> / 100 · {r.band} · <Time iso={r.at} />
          </li>
        ))}
      </ol>
    </div>
  );
}

function TakeAssessment({ def }: { def: AssessmentDef }) {
  const answers = useSignal<Record<string, number>>({});
  const saved = useSignal(false);
  const result = scoreAssessment(def, answers.value);
  const { enough } = result;
  return (
    <section class="page narrow" aria-labelledby="assess-title">
      <a href="#/assessments" class="back">
        ← Self-assessments
      </a>
      <h1 id="assess-title">{def.title}</h1>
      <p class="muted">{def.intro}</p>
      <form
        class="stack"
        onSubmit={async (e) => {
          e.preventDefault();
          if (!enough) return;
          await addAssessment({ kind: def.id, answers: answers.value, score: result.score, band: result.band.title });
          saved.value = true;
        }}
      >
        {def.items.map((item, n) => (
          <fieldset key={item.id} class="card assess-item">
            <legend>
              {n + 1}. {item.text}
              {item.knockout && <span class="muted"> (essential)</span>}
            </legend>
            <div class="row">
              {def.scale.map((label, v) => (
                <label key={label} class="check">
                  <input
                    type="radio"
                    name={item.id}
                    checked={answers.value[item.id] === v}
                    onChange={() => {
                      answers.value = { ...answers.value, [item.id]: v };
                      saved.value = false;
                    }}
                  />{' '}
                  {label}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        <div class="card result-card" aria-live="polite">
          {enough ? (
            <>
              <h2 data-testid="dashboard-score">
                {result.score} / 100 — {result.band.title}
              </h2>
              {result.knockouts.map((k) => (
                <p key={k.id} class="knockout">
                  <strong>Whatever the total, one answer comes first:</strong> {k.why}
                </p>
              ))}
              <p>{result.band.advice}</p>
              {result.answered < def.items.length && (
                <p class="muted">
                  Scored on the {result.answered} statements you answered; the {def.items.length - result.answered} you skipped do not
                  count.
                </p>
              )}
              <button type="submit" class="btn btn-primary" disabled={saved.value}>
                {saved.value ? 'Saved to your history' : 'Save this result'}
              </button>
            </>
          ) : (
            <p class="muted">
              {result.answered} of {def.items.length} answered. Skip any that do not apply; your result appears once about two-thirds are
              answered, including the ones marked as essential.
            </p>
          )}
        </div>
      </form>
      <section aria-labelledby="history-title" class="stack">
        <h2 id="history-title">Your history</h2>
        <History kind={def.id} />
      </section>
    </section>
  );
}

export function AssessmentsPage({ kind }: { kind?: string }) {
  const lib = useLibrary();
  if (!lib) return null;
  const def = lib.assessments.find((a) => a.id === kind);
  if (def) return <TakeAssessment key={def.id} def={def} />;
  return (
    <section class="page narrow" aria-labelledby="assessments-title">
      <h1 id="assessments-title">Readiness self-assessments</h1>
      <p class="muted">
        Before you take on a mentor, or someone to mentor, check what you bring and what to sort out first. Retake any time; your history is
        kept here, privately.
      </p>
      {lib.assessments.map((a) => (
        <article key={a.id} class="card stack" aria-labelledby={`a-${a.id}`}>
          <h2 id={`a-${a.id}`}>{a.title}</h2>
          <p class="muted">{a.items.length} statements · about three minutes</p>
          <History kind={a.id} />
          <div>
            <a class="btn btn-primary" href={`#/assessments/${a.id}`}>
              Take it
            </a>
          </div>
        </article>
      ))}
    </section>
  );
}
