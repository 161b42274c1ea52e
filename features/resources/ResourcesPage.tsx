import { PersonLinker } from '../../components/PersonLinker';
import { Time } from '../../components/Time';
import { useLive } from '../../lib/live/live-signal';
import { activeGoals } from '../../lib/repos/goals';
import { peopleSource } from '../../lib/repos/people';
import { deleteResource, getResource, recentResources, updateResource } from '../../lib/repos/resources';
import { safeHref } from '../../lib/share/collection-link';
import { go } from '../../lib/ui/use-hash-route';

/** Link a saved page to the people and goals it helps with. */
function ResourceEditor({ id }: { id: string }) {
  const data = useLive(
    async () => {
      const r = await getResource(id);
      if (!r) return null;
      return { r, goals: await activeGoals() };
    },
    [id],
    undefined,
  );
  const d = data.value;
  if (d === undefined) return null;
  if (d === null) return <p class="muted">This saved page is gone.</p>;
  const { r, goals } = d;
  const personIds = r.personIds ?? [];
  const goalIds = r.goalIds ?? [];
  const href = r.url ? safeHref(r.url) : undefined;
  return (
    <section class="page narrow" aria-labelledby="res-title">
      <a href="#/resources" class="back">
        ← Saved pages
      </a>
      <h1 id="res-title">{r.title}</h1>
      {href && (
        <p>
          <a href={href} target="_blank" rel="noopener noreferrer">
            {href}
          </a>
        </p>
      )}
      <label class="field">
        <span>Why you saved it</span>
        <textarea rows={2} value={r.note ?? ''} onChange={(e) => updateResource(id, { note: e.currentTarget.value })} />
      </label>
      <fieldset class="card stack">
        <legend>Who it helps</legend>
        <PersonLinker
          source={peopleSource}
          ids={personIds}
          onChange={(ids) => updateResource(id, { personIds: ids })}
          label="Link a person"
          testId="linked-people"
        />
      </fieldset>
      {goals.length > 0 && (
        <fieldset class="card stack">
          <legend>Goals it serves</legend>
          {goals.map((g) => (
            <label key={g.id} class="check">
              <input
                type="checkbox"
                checked={goalIds.includes(g.id)}
                onChange={() =>
                  updateResource(id, { goalIds: goalIds.includes(g.id) ? goalIds.filter((x) => x !== g.id) : [...goalIds, g.id] })
                }
              />{' '}
              {g.title}
            </label>
          ))}
        </fieldset>
      )}
      <div>
        <button
          type="button"
          class="btn btn-danger"
          onClick={async () => {
            await deleteResource(id);
            go('/resources');
          }}
        >
          Remove this saved page
        </button>
      </div>
    </section>
  );
}

function ResourceList() {
  const list = useLive(() => recentResources(200), [], undefined);
  const rows = list.value?.filter((r) => r.kind === 'page');
  return (
    <section class="page narrow" aria-labelledby="resources-title">
      <h1 id="resources-title">Saved pages</h1>
      <p class="muted">Right-click any page and choose “Save page to Teachback”, then link it to the people and goals it helps with.</p>
      {rows && rows.length === 0 && (
        <p class="card">Nothing saved yet. An article a mentor sent, a talk worth passing on: save it while you read it.</p>
      )}
      <ul class="plain-list resource-list" data-testid="resources">
        {rows?.map((r) => (
          <li key={r.id} class="card">
            <a href={`#/resources/${r.id}`}>{r.title}</a>
            <span class="muted small">
              {r.savedAt && <Time iso={r.savedAt} />}
              {r.personIds?.length ? ` · ${r.personIds.length} linked` : ''}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ResourcesPage({ id }: { id?: string }) {
  return id ? <ResourceEditor id={id} /> : <ResourceList />;
}
