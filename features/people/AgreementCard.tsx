import { useSignal } from '@preact/signals';
import { AgreementFields } from '../../components/AgreementFields';
import { useLive } from '../../lib/live/live-signal';
import type { Agreement, Person } from '../../lib/model/types';
import { activeGoals, updateGoal } from '../../lib/repos/goals';
import { updatePerson } from '../../lib/repos/people';

const DAY = 86_400_000;

/** The relationship's agreement, editable; reminds when the mid-point review has come. */
export function AgreementCard({ person }: { person: Person }) {
  const editing = useSignal(false);
  const goals = useLive(activeGoals, [], []);
  const draft = useSignal<Agreement>(person.agreement ?? {});
  const a = person.agreement;
  const lastCheck = person.health?.at(-1)?.at;
  const reviewDue =
    a?.midpointReviewAt &&
    Date.parse(a.midpointReviewAt) <= Date.now() &&
    !(lastCheck && Date.parse(lastCheck) >= Date.parse(a.midpointReviewAt) - DAY);
  return (
    <section class="card stack" aria-labelledby="agreement-title">
      <h2 id="agreement-title">Agreement</h2>
      {reviewDue && (
        <p class="note warn" role="note" data-testid="midpoint">
          Time for your mid-point review: look at the objectives together, check in on the relationship below, and adjust what you agreed.
        </p>
      )}
      {editing.value ? (
        <form
          class="stack"
          onSubmit={async (e) => {
            e.preventDefault();
            const agreement = {
              ...draft.value,
              objectives: draft.value.objectives?.map((o) => o.trim()).filter(Boolean),
              agreedAt: a?.agreedAt ?? new Date().toISOString(),
            };
            await updatePerson(person.id, {
              agreement,
              ...(agreement.cadence ? { cadence: agreement.cadence } : {}),
              ...(agreement.whoSchedules ? { whoSchedules: agreement.whoSchedules } : {}),
            });
            // A goal the agreement serves counts this person among its helpers (the popup shows it).
            for (const g of goals.value.filter((x) => agreement.goalIds?.includes(x.id) && !x.helperIds?.includes(person.id)))
              await updateGoal(g.id, { helperIds: [...(g.helperIds ?? []), person.id] });
            editing.value = false;
          }}
        >
          <AgreementFields value={draft.value} onChange={(next) => (draft.value = next)} goals={goals.value} />
          <div class="row">
            <button type="submit" class="btn btn-primary">
              Save agreement
            </button>
            <button type="button" class="btn btn-quiet" onClick={() => (editing.value = false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <>
          {a?.objectives?.length ? (
            <ul data-testid="objectives">
              {a.objectives.map((o) => (
                <li key={o}>{o}</li>
              ))}
            </ul>
          ) : (
            <p class="muted">
              No agreement yet. Agree early what each of you wants, how often you meet, who schedules, and when you will review it.
            </p>
          )}
          <div>
            <button
              type="button"
              class="btn"
              onClick={() => {
                draft.value = person.agreement ?? { cadence: person.cadence, whoSchedules: person.whoSchedules };
                editing.value = true;
              }}
            >
              {a ? 'Edit the agreement' : 'Write an agreement'}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
