import { useSignal } from '@preact/signals';
import { Time } from '../../components/Time';
import { useLive } from '../../lib/live/live-signal';
import type { Owner } from '../../lib/model/types';
import { completeAction, doneActions, openActions, reopenAction } from '../../lib/repos/actions';
import { peopleByIds } from '../../lib/repos/people';

const PAGE = 100;

/** Every action across the network: open ones by due date (filter by owner, overdue), or recently done. */
export function ActionsPage() {
  const owner = useSignal<Owner | ''>('');
  const show = useSignal<'open' | 'overdue' | 'done'>('open');
  const data = useLive(
    async () => {
      const now = new Date().toISOString();
      const rows = show.value === 'done' ? await doneActions(PAGE) : await openActions(PAGE, owner.value || undefined);
      const filtered = rows.filter(
        (a) =>
          (show.value === 'done' && owner.value ? a.owner === owner.value : true) &&
          (show.value !== 'overdue' || (a.dueAt !== undefined && a.dueAt < now)),
      );
      const names = await peopleByIds(filtered.flatMap((a) => (a.personId ? [a.personId] : [])));
      return filtered.map((a) => ({ ...a, name: a.personId ? names.get(a.personId)?.name : undefined }));
    },
    [owner.value, show.value],
    undefined,
  );
  return (
    <section class="page narrow" aria-labelledby="actions-title">
      <h1 id="actions-title">Actions</h1>
      <fieldset class="filters row">
        <legend class="visually-hidden">Filter actions</legend>
        <label class="field">
          <span>Whose</span>
          <select value={owner.value} onChange={(e) => (owner.value = e.currentTarget.value as Owner | '')}>
            <option value="">Everyone’s</option>
            <option value="me">Mine</option>
            <option value="them">Theirs</option>
          </select>
        </label>
        <label class="field">
          <span>Show</span>
          <select value={show.value} onChange={(e) => (show.value = e.currentTarget.value as 'open' | 'overdue' | 'done')}>
            <option value="open">Open</option>
            <option value="overdue">Overdue</option>
            <option value="done">Done</option>
          </select>
        </label>
      </fieldset>
      {data.value?.length === 0 && (
        <p class="muted">Nothing here. Actions agreed in meetings collect here, with who does them and by when.</p>
      )}
      <ul class="plain-list" data-testid="actions">
        {data.value?.map((a) => (
          <li key={a.id} class="card action-item">
            <label class="check">
              <input type="checkbox" checked={!!a.doneAt} onChange={() => (a.doneAt ? reopenAction(a.id) : completeAction(a.id))} />
              <span>{a.text}</span>
            </label>
            <span class="muted small">
              {a.owner === 'me' ? 'You' : (a.name ?? 'They')}
              {a.owner === 'me' && a.name ? ` for ${a.name}` : ''}
              {a.dueAt && (
                <>
                  {' · due '}
                  <Time iso={a.dueAt} />
                </>
              )}
              {a.doneAt && (
                <>
                  {' · done '}
                  <Time iso={a.doneAt} />
                </>
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
