import { useSignal } from '@preact/signals';
import { DIRECTION_HINT, DIRECTION_LABEL } from '../../lib/model/directions';
import { DIRECTIONS, type Direction } from '../../lib/model/types';
import { addPerson } from '../../lib/repos/people';

/** The popup with nobody in the network yet: add a first person here, in four fields. */
export function FirstRun({ onAdded }: { onAdded: (id: string) => void }) {
  const name = useSignal('');
  const direction = useSignal<Direction | ''>('');
  const learn = useSignal('');
  const teach = useSignal('');
  const error = useSignal('');
  const save = async (e: Event) => {
    e.preventDefault();
    if (!name.value.trim() || !direction.value) {
      error.value = !name.value.trim() ? 'Add a name, even a first name is enough.' : 'Choose where they stand relative to you.';
      return;
    }
    const p = await addPerson({
      name: name.value.trim(),
      direction: direction.value,
      learnFrom: learn.value.trim() || undefined,
      teachBack: teach.value.trim() || undefined,
    });
    onAdded(p.id);
  };
  return (
    <form class="first-run stack" onSubmit={save} noValidate aria-labelledby="first-title">
      <h2 id="first-title">Who will you talk to next?</h2>
      <p class="muted">
        Start with one person you learn from, or who learns from you. Teachback helps you prepare the hour, and reminds you when it is time
        to talk again.
      </p>
      <label class="field">
        <span>Name</span>
        <input value={name.value} onInput={(e) => (name.value = e.currentTarget.value)} autoComplete="off" />
      </label>
      <fieldset class="field plainset">
        <legend>Where do they stand?</legend>
        <div class="dir-grid">
          {DIRECTIONS.map((d) => (
            <label key={d} class={`dir-pick dir-${d}`} title={DIRECTION_HINT[d]}>
              <input type="radio" name="first-direction" checked={direction.value === d} onChange={() => (direction.value = d)} />{' '}
              {DIRECTION_LABEL[d]}
            </label>
          ))}
        </div>
      </fieldset>
      <label class="field">
        <span>What you would like to learn from them</span>
        <input value={learn.value} onInput={(e) => (learn.value = e.currentTarget.value)} />
      </label>
      <label class="field">
        <span>What you could teach them</span>
        <input value={teach.value} onInput={(e) => (teach.value = e.currentTarget.value)} />
      </label>
      {error.value && (
        <p class="field-error" role="alert">
          {error.value}
        </p>
      )}
      <button type="submit" class="btn btn-primary">
        Add and prepare
      </button>
      <p class="muted small">
        Many people to bring in?{' '}
        <a href="/options.html#/people/import" target="_blank" rel="noopener">
          Import them from your contacts
        </a>
        , then{' '}
        <a href="/options.html#/people/calendar" target="_blank" rel="noopener">
          your 1:1s from your calendar
        </a>
        .
      </p>
    </form>
  );
}
