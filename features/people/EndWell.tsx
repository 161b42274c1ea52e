import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { Person } from '../../lib/model/types';
import { setStatus, updatePerson } from '../../lib/repos/people';
import { addReflection } from '../../lib/repos/reflections';
import { thankYouDraft } from './relationship';

/** Ending a relationship well: a closing reflection, what each side gained, a thank-you, then the archive. */
export function EndWell({ person, onCancel, onEnded }: { person: Person; onCancel: () => void; onEnded: () => void }) {
  // The button that opened this form is gone: focus goes to the form's heading, not to the page.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const reflection = useSignal('');
  const gainedMe = useSignal('');
  const gainedThem = useSignal('');
  const thanks = useSignal(thankYouDraft(person, ''));
  const copied = useSignal(false);
  const first = person.name.split(' ')[0];
  const save = async (e: Event) => {
    e.preventDefault();
    const at = new Date().toISOString();
    if (reflection.value.trim())
      await addReflection(
        { text: reflection.value.trim(), promptText: `Closing reflection on your time with ${person.name}`, personId: person.id },
        at,
      );
    await updatePerson(person.id, {
      ending: { at, gainedMe: gainedMe.value.trim() || undefined, gainedThem: gainedThem.value.trim() || undefined, thanks: thanks.value },
    });
    await setStatus(person.id, 'ended', at);
    onEnded();
  };
  return (
    <form class="card stack end-well" onSubmit={save} aria-labelledby="end-well-title">
      <h2 id="end-well-title" ref={heading} tabIndex={-1}>
        End well
      </h2>
      <p class="muted">
        Every mentoring relationship is a season with a start and a finish. Ending it on purpose keeps what it gave you, and leaves the door
        open.
      </p>
      <label class="field">
        <span>Looking back, what was this relationship for you?</span>
        <textarea rows={3} value={reflection.value} onInput={(e) => (reflection.value = e.currentTarget.value)} />
      </label>
      <label class="field">
        <span>What you gained</span>
        <input
          value={gainedMe.value}
          onInput={(e) => {
            gainedMe.value = e.currentTarget.value;
            thanks.value = thankYouDraft(person, gainedMe.value);
          }}
        />
      </label>
      <label class="field">
        <span>What {first} gained, as far as you know</span>
        <input value={gainedThem.value} onInput={(e) => (gainedThem.value = e.currentTarget.value)} />
      </label>
      <label class="field">
        <span>A thank-you note to send (edit freely)</span>
        <textarea rows={6} value={thanks.value} onInput={(e) => (thanks.value = e.currentTarget.value)} data-testid="thanks" />
      </label>
      <div class="row">
        <button
          type="button"
          class="btn"
          onClick={async () => {
            await navigator.clipboard.writeText(thanks.value);
            copied.value = true;
          }}
        >
          {copied.value ? 'Copied' : 'Copy the note'}
        </button>
        <button type="submit" class="btn btn-primary">
          Close and archive
        </button>
        <button type="button" class="btn btn-quiet" onClick={onCancel}>
          Not now
        </button>
      </div>
    </form>
  );
}
