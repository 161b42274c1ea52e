import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { DIRECTION_HINT, DIRECTION_LABEL } from '../../lib/model/directions';
import { DIRECTIONS, type Person, SCHEDULERS } from '../../lib/model/types';
import { type DraftErrors, type DraftField, type PersonDraft, readDraft, rebaseDraft } from './person-draft';
import { SameNameHint } from './SameNameHint';

const SCHEDULER_LABEL = { me: 'I do', them: 'They do', either: 'Either of us' } as const;
const FIELD_LABEL: Record<DraftField, string> = {
  name: 'name',
  direction: 'where they stand',
  role: 'role',
  learnFrom: 'what you learn from them',
  teachBack: 'what you can teach back',
  idealDays: 'how often you talk',
  maxDays: 'the longest gap',
  whoSchedules: 'who schedules',
  emails: 'emails',
  links: 'links',
};
const sameDraft = (a: PersonDraft, b: PersonDraft) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The draft, kept through a save of the same person elsewhere (another tab or window): what
 * the user typed stays, the rest follows what was saved, and `elsewhere` says so.
 */
function useRebasedDraft(initial: PersonDraft) {
  const draft = useSignal(initial);
  const elsewhere = useSignal<DraftField[] | undefined>(undefined);
  const base = useRef(initial);
  useEffect(() => {
    if (sameDraft(initial, base.current)) return;
    const { draft: next, clashes } = rebaseDraft(base.current, draft.peek(), initial);
    base.current = initial;
    // This form's own save comes back as a change too: it moved nothing, so there is nothing to say.
    if (!sameDraft(next, draft.peek()) || clashes.length) elsewhere.value = clashes;
    draft.value = next;
  }, [JSON.stringify(initial)]);
  const takeSaved = () => {
    draft.value = base.current;
    elsewhere.value = undefined;
  };
  return { draft, elsewhere, takeSaved };
}

function ChangedElsewhere({ clashes, onUseSaved }: { clashes: DraftField[]; onUseSaved: () => void }) {
  return (
    <div class="note warn changed-elsewhere" role="status" data-testid="changed-elsewhere">
      <p>
        This person was just saved in another tab or window. The form now shows what was saved
        {clashes.length
          ? `, except ${clashes.map((k) => FIELD_LABEL[k]).join(', ')}, where your typing is kept: saving replaces the other version there.`
          : ', and keeps what you typed here.'}
      </p>
      {clashes.length > 0 && (
        <button type="button" class="btn" onClick={onUseSaved}>
          Use the saved version
        </button>
      )}
    </div>
  );
}

interface Props {
  initial: PersonDraft;
  submitLabel: string;
  onSubmit: (fields: Omit<Person, 'id'>) => Promise<void>;
  onCancel: () => void;
  /** The person being edited, so their own name is not taken for a duplicate. */
  personId?: string;
}

/** Add or edit a person. Errors are shown beside their field and announced. */
export function PersonForm({ initial, submitLabel, onSubmit, onCancel, personId }: Props) {
  const { draft, elsewhere, takeSaved } = useRebasedDraft(initial);
  const errors = useSignal<DraftErrors>({});
  const busy = useSignal(false);
  const d = draft.value;
  const set = (key: keyof PersonDraft) => (e: Event) => {
    draft.value = { ...draft.value, [key]: (e.currentTarget as HTMLInputElement).value };
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    const result = readDraft(draft.value);
    if (!result.ok) {
      errors.value = result.errors;
      const first = Object.keys(result.errors)[0];
      document.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus();
      return;
    }
    errors.value = {};
    busy.value = true;
    try {
      await onSubmit(result.fields);
    } finally {
      busy.value = false;
    }
  };
  const err = (key: keyof PersonDraft) =>
    errors.value[key] ? (
      <small id={`err-${key}`} class="field-error" role="alert">
        {errors.value[key]}
      </small>
    ) : null;
  const described = (key: keyof PersonDraft) => (errors.value[key] ? `err-${key}` : undefined);

  return (
    <form class="person-form stack" onSubmit={submit} noValidate>
      {elsewhere.value && <ChangedElsewhere clashes={elsewhere.value} onUseSaved={takeSaved} />}
      <label class="field">
        <span>Name</span>
        <input
          data-field="name"
          name="name"
          value={d.name}
          onInput={set('name')}
          autoComplete="off"
          aria-invalid={!!errors.value.name}
          aria-describedby={described('name')}
        />
        {err('name')}
      </label>
      <SameNameHint name={d.name} selfId={personId} />
      <fieldset class="field direction-picker" aria-describedby={described('direction')}>
        <legend>Where do they stand?</legend>
        <div class="direction-options">
          {DIRECTIONS.map((dir, i) => (
            <label key={dir} class={`direction-option dir-${dir}`}>
              <input
                type="radio"
                name="direction"
                value={dir}
                checked={d.direction === dir}
                onChange={set('direction')}
                data-field={i === 0 ? 'direction' : undefined}
              />
              <span class="direction-title">{DIRECTION_LABEL[dir]}</span>
              <small>{DIRECTION_HINT[dir]}</small>
            </label>
          ))}
        </div>
        {err('direction')}
      </fieldset>
      <label class="field">
        <span>Role or context</span>
        <input name="role" value={d.role} onInput={set('role')} placeholder="e.g. Head of Design at a partner agency" />
      </label>
      <div class="form-row">
        <label class="field">
          <span>Emails</span>
          <textarea
            data-field="emails"
            name="emails"
            value={d.emails}
            onInput={set('emails')}
            rows={2}
            aria-invalid={!!errors.value.emails}
            aria-describedby={described('emails') ?? 'emails-hint'}
          />
          {err('emails') ?? <small id="emails-hint">One per line. Imports and calendars find people by these.</small>}
        </label>
        <label class="field">
          <span>Links</span>
          <textarea name="links" value={d.links} onInput={set('links')} rows={2} aria-describedby="links-hint" />
          <small id="links-hint">A profile or a homepage, one per line.</small>
        </label>
      </div>
      <label class="field">
        <span>What I learn from them</span>
        <textarea name="learnFrom" value={d.learnFrom} onInput={set('learnFrom')} rows={2} />
      </label>
      <label class="field">
        <span>What I can teach back</span>
        <textarea name="teachBack" value={d.teachBack} onInput={set('teachBack')} rows={2} />
        <small>Every relationship runs both ways: a skill, a view from where you sit, an introduction.</small>
      </label>
      <div class="form-row">
        <label class="field">
          <span>Talk every … days</span>
          <input
            data-field="idealDays"
            name="idealDays"
            inputMode="numeric"
            value={d.idealDays}
            onInput={set('idealDays')}
            placeholder="ideal"
            aria-invalid={!!errors.value.idealDays}
            aria-describedby={described('idealDays')}
          />
          {err('idealDays')}
        </label>
        <label class="field">
          <span>At most every … days</span>
          <input
            data-field="maxDays"
            name="maxDays"
            inputMode="numeric"
            value={d.maxDays}
            onInput={set('maxDays')}
            placeholder="longest gap"
            aria-invalid={!!errors.value.maxDays}
            aria-describedby={described('maxDays')}
          />
          {err('maxDays')}
        </label>
        <label class="field">
          <span>Who schedules</span>
          <select name="whoSchedules" value={d.whoSchedules} onChange={set('whoSchedules')}>
            {SCHEDULERS.map((s) => (
              <option key={s} value={s}>
                {SCHEDULER_LABEL[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div class="row">
        <button type="submit" class="btn btn-primary" disabled={busy.value}>
          {submitLabel}
        </button>
        <button type="button" class="btn btn-quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
