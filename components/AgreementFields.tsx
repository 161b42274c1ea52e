import { useSignal } from '@preact/signals';
import type { AgreementDraft, AgreementErrors } from '../lib/model/agreement-draft';
import { byTitle } from '../lib/model/names';
import type { Goal, Scheduler } from '../lib/model/types';

const WHO: Array<[Scheduler, string]> = [
  ['me', 'I do'],
  ['them', 'They do'],
  ['either', 'Either of us'],
];

interface Props {
  value: AgreementDraft;
  onChange: (a: AgreementDraft) => void;
  /** What to fix (lib/model/agreement-draft.ts), shown beside a field once it has been left, or all after a save. */
  errors: AgreementErrors;
  showAll?: boolean;
  goals?: Goal[];
}

/** The first meeting's agreement: what each wants, how often, who schedules, the split, confidentiality, a planned end. */
export function AgreementFields({ value, onChange, errors, showAll = false, goals = [] }: Props) {
  // What was typed before (a popup opened again) is checked at once.
  const left = useSignal(new Set(Object.keys(errors)));
  const set = (patch: Partial<AgreementDraft>) => onChange({ ...value, ...patch });
  const theirs = value.timeSplit?.theirs ?? 20;
  const field = (key: keyof AgreementErrors) => {
    const error = (showAll || left.value.has(key)) && errors[key];
    return {
      input: {
        'data-field': key,
        'aria-invalid': !!error,
        'aria-describedby': error ? `agreement-err-${key}` : undefined,
        onBlur: () => (left.value = new Set([...left.value, key])),
      },
      error: error ? (
        <small id={`agreement-err-${key}`} class="field-error" role="alert">
          {error}
        </small>
      ) : null,
    };
  };
  const ideal = field('idealDays');
  const max = field('maxDays');
  const end = field('plannedEndAt');
  return (
    <fieldset class="agreement stack">
      <legend>Agree how you will work together</legend>
      <label class="field">
        <span>What each of you wants from this (one per line)</span>
        <textarea
          rows={3}
          value={(value.objectives ?? []).join('\n')}
          onInput={(e) => set({ objectives: e.currentTarget.value.split('\n') })}
        />
      </label>
      {(value.objectives ?? []).filter((o) => o.trim()).length > 5 && (
        <p class="note warn" role="note">
          More than five objectives: a few, well chosen, get more attention.
        </p>
      )}
      {goals.length > 0 && (
        <fieldset class="plainset">
          <legend class="small">Goals this relationship serves</legend>
          {[...goals].sort(byTitle).map((g) => (
            <label key={g.id} class="check">
              <input
                type="checkbox"
                checked={value.goalIds?.includes(g.id) ?? false}
                onChange={() =>
                  set({
                    goalIds: value.goalIds?.includes(g.id) ? value.goalIds.filter((x) => x !== g.id) : [...(value.goalIds ?? []), g.id],
                  })
                }
              />{' '}
              {g.title}
            </label>
          ))}
        </fieldset>
      )}
      <div class="form-pair">
        <label class="field">
          <span>Meet every … days</span>
          <input inputMode="numeric" value={value.idealDays} onInput={(e) => set({ idealDays: e.currentTarget.value })} {...ideal.input} />
          {ideal.error}
        </label>
        <label class="field">
          <span>At most … days apart</span>
          <input inputMode="numeric" value={value.maxDays} onInput={(e) => set({ maxDays: e.currentTarget.value })} {...max.input} />
          {max.error}
        </label>
      </div>
      <div class="form-pair">
        <label class="field">
          <span>Who schedules</span>
          <select value={value.whoSchedules ?? 'either'} onChange={(e) => set({ whoSchedules: e.currentTarget.value as Scheduler })}>
            {WHO.map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>Their share of the time, %</span>
          <input
            type="number"
            min={0}
            max={100}
            step={5}
            value={theirs}
            onInput={(e) => {
              const t = Math.min(100, Math.max(0, Math.round(Number(e.currentTarget.value) || 0)));
              set({ timeSplit: { mine: 100 - t, theirs: t } });
            }}
          />
        </label>
      </div>
      <label class="field">
        <span>What stays between you</span>
        <input
          value={value.confidentiality ?? ''}
          onInput={(e) => set({ confidentiality: e.currentTarget.value })}
          placeholder="e.g. everything, unless we agree otherwise"
        />
      </label>
      <div class="form-pair">
        <label class="field">
          <span>Mid-point review</span>
          <input
            type="date"
            value={value.midpointReviewAt?.slice(0, 10) ?? ''}
            onInput={(e) => set({ midpointReviewAt: e.currentTarget.value || undefined })}
          />
        </label>
        <label class="field">
          <span>Planned end (you can always extend)</span>
          <input
            type="date"
            value={value.plannedEndAt?.slice(0, 10) ?? ''}
            onInput={(e) => set({ plannedEndAt: e.currentTarget.value || undefined })}
            {...end.input}
          />
          {end.error}
        </label>
      </div>
    </fieldset>
  );
}
