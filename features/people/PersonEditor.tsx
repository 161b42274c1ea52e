import { useSignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import { ConfirmButton } from '../../components/ConfirmButton';
import { DirectionChip } from '../../components/DirectionChip';
import { Time } from '../../components/Time';
import { useLive } from '../../lib/live/live-signal';
import { addPerson, getPerson, setStatus, updatePerson } from '../../lib/repos/people';
import { go } from '../../lib/ui/use-hash-route';
import { AgreementCard } from './AgreementCard';
import { EndWell } from './EndWell';
import { HealthCheckPanel } from './HealthCheck';
import { listRoute } from './list-state';
import { PersonForm } from './PersonForm';
import { draftFrom, emptyDraft } from './person-draft';
import { Timeline } from './Timeline';

export function NewPerson() {
  return (
    <section class="page narrow" aria-labelledby="new-title">
      <h1 id="new-title">Add a person</h1>
      <PersonForm
        initial={emptyDraft()}
        submitLabel="Add to my network"
        onSubmit={async (fields) => {
          await addPerson(fields);
          go('/people');
        }}
        onCancel={() => go(listRoute())}
      />
    </section>
  );
}

/** Edit a person, pause or end the relationship, or reopen it. */
export function EditPerson({ id }: { id: string }) {
  const endingWell = useSignal(false);
  const title = useRef<HTMLHeadingElement>(null);
  const person = useLive(() => getPerson(id).then((p) => p ?? null), [id], undefined);
  const p = person.value;
  if (p === undefined) return null;
  if (p === null)
    return (
      <section class="page narrow">
        <h1>Not found</h1>
        <p class="muted">This person is no longer in your network.</p>
        <a href={`#${listRoute()}`}>Back to people</a>
      </section>
    );
  const status = p.status ?? 'active';
  return (
    <section class="page narrow" aria-labelledby="edit-title">
      <a class="back-link" href={`#${listRoute()}`}>
        Back to people
      </a>
      <header class="page-head">
        <h1 id="edit-title" ref={title} tabIndex={-1}>
          {p.name}
        </h1>
        <DirectionChip direction={p.direction} />
      </header>
      <p class="muted" data-testid="person-status">
        {status === 'ended' ? 'This relationship has ended.' : status === 'paused' ? 'Paused: no reminders until you resume.' : 'Active'}
      </p>
      {status === 'ended' ? (
        <div class="card stack archive" data-testid="archive">
          <p>
            Archived{p.endedAt ? ' · ' : ''}
            {p.endedAt && <Time iso={p.endedAt} />}. Read only; reopen it to make changes.
          </p>
          {p.ending?.gainedMe && <p>What you gained: {p.ending.gainedMe}</p>}
          {p.ending?.gainedThem && <p>What they gained: {p.ending.gainedThem}</p>}
          {p.ending?.thanks && <pre class="thanks">{p.ending.thanks}</pre>}
        </div>
      ) : (
        <PersonForm
          key={p.id}
          personId={id}
          initial={draftFrom(p)}
          submitLabel="Save changes"
          onSubmit={async (fields) => {
            await updatePerson(id, fields);
            go(listRoute());
          }}
          onCancel={() => go(listRoute())}
        />
      )}
      {endingWell.value && status !== 'ended' && (
        <EndWell
          person={p}
          onCancel={() => {
            endingWell.value = false;
            title.current?.focus();
          }}
          onEnded={() => title.current?.focus()}
        />
      )}
      <div class="row lifecycle">
        {status === 'active' && (
          <button type="button" class="btn" onClick={() => setStatus(id, 'paused')}>
            Pause reminders
          </button>
        )}
        {status !== 'active' && (
          <button type="button" class="btn" onClick={() => setStatus(id, 'active')}>
            {status === 'ended' ? 'Reopen relationship' : 'Resume'}
          </button>
        )}
        {status !== 'ended' && !endingWell.value && (
          <button type="button" class="btn btn-primary" onClick={() => (endingWell.value = true)}>
            End well…
          </button>
        )}
        {status !== 'ended' && (
          <ConfirmButton
            label="End relationship"
            title={`End your mentoring relationship with ${p.name}?`}
            body="Every relationship has a season. It moves to Ended with its history kept, and you can reopen it at any time."
            confirmLabel="End relationship"
            onConfirm={() => setStatus(id, 'ended')}
          />
        )}
      </div>
      {status !== 'ended' && <AgreementCard person={p} />}
      {status !== 'ended' && <HealthCheckPanel person={p} />}
      <Timeline personId={id} />
    </section>
  );
}
