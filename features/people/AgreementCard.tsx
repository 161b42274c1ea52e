import { useSignal } from '@preact/signals';
import { AgreementFields } from '../../components/AgreementFields';
import { Time } from '../../components/Time';
import { useLive } from '../../lib/live/live-signal';
import { type AgreementDraft, readAgreement, toAgreementDraft } from '../../lib/model/agreement-draft';
import { cadenceOf } from '../../lib/model/cadence';
import { dayKey, systemTimeZone } from '../../lib/model/calendar';
import type { Agreement, Person } from '../../lib/model/types';
import { activeGoals, updateGoal } from '../../lib/repos/goals';
import { updatePerson } from '../../lib/repos/people';

const DAY = 86_400_000;

/** Everything agreed but the objectives, as short lines; empty when nothing is. */
function AgreedTerms({ a }: { a: Agreement }) {
  const terms = [
    a.cadence && (
      <>
        Meet every {a.cadence.idealDays} days, at most {a.cadence.maxDays} apart
      </>
    ),
    a.timeSplit && (
      <>
        Time split: {a.timeSplit.mine}% yours, {a.timeSplit.theirs}% theirs
      </>
    ),
    a.confidentiality && <>What stays between you: {a.confidentiality}</>,
    a.midpointReviewAt && (
      <>
        Mid-point review <Time iso={a.midpointReviewAt} />
      </>
    ),
    a.plannedEndAt && (
      <>
        Planned end <Time iso={a.plannedEndAt} />
      </>
    ),
  ].filter(Boolean);
  if (!terms.length) return null;
  return (
    <ul class="plain small" data-testid="agreement-terms">
      {terms.map((t, i) => (
        <li key={i}>{t}</li>
      ))}
    </ul>
  );
}

/** The relationship's agreement, editable; reminds when the mid-point review has come. */
export function AgreementCard({ person }: { person: Person }) {
  const editing = useSignal(false);
  const tried = useSignal(false);
  const goals = useLive(activeGoals, [], []);
  const fallback = cadenceOf(person);
  const draft = useSignal<AgreementDraft>(toAgreementDraft(person.agreement, fallback));
  const a = person.agreement;
  const lastCheck = person.health?.at(-1)?.at;
  const reviewDue =
    a?.midpointReviewAt &&
    Date.parse(a.midpointReviewAt) <= Date.now() &&
    !(lastCheck && Date.parse(lastCheck) >= Date.parse(a.midpointReviewAt) - DAY);
  const read = readAgreement(draft.value, { today: dayKey(new Date(), systemTimeZone()), fallback, stored: a });
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
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            if ('errors' in read) {
              tried.value = true;
              document.querySelector<HTMLElement>(`[data-field="${Object.keys(read.errors)[0]}"]`)?.focus();
              return;
            }
            const agreement = { ...read.agreement, agreedAt: a?.agreedAt ?? new Date().toISOString() };
            await updatePerson(person.id, {
              agreement,
              cadence: agreement.cadence,
              ...(agreement.whoSchedules ? { whoSchedules: agreement.whoSchedules } : {}),
            });
            // A goal the agreement serves counts this person among its helpers (the popup shows it).
            for (const g of goals.value.filter((x) => agreement.goalIds?.includes(x.id) && !x.helperIds?.includes(person.id)))
              await updateGoal(g.id, { helperIds: [...(g.helperIds ?? []), person.id] });
            editing.value = false;
          }}
        >
          <AgreementFields
            value={draft.value}
            onChange={(next) => (draft.value = next)}
            errors={'errors' in read ? read.errors : {}}
            showAll={tried.value}
            goals={goals.value}
          />
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
          ) : a ? null : (
            <p class="muted">
              No agreement yet. Agree early what each of you wants, how often you meet, who schedules, and when you will review it.
            </p>
          )}
          {a && <AgreedTerms a={a} />}
          <div>
            <button
              type="button"
              class="btn"
              onClick={() => {
                draft.value = toAgreementDraft(person.agreement ?? { whoSchedules: person.whoSchedules }, fallback);
                tried.value = false;
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
