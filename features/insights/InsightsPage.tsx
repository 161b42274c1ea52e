import { useSignal } from '@preact/signals';
import { ButtonGroup } from '../../components/ButtonGroup';
import { Time } from '../../components/Time';
import { gradeInsight } from '../../lib/insights/grade';
import { GRADES } from '../../lib/insights/grades';
import { useLive } from '../../lib/live/live-signal';
import { addInsight, deleteInsight, listInsights, updateInsightText } from '../../lib/repos/insights';
import { peopleByIds, searchPeople } from '../../lib/repos/people';

/** One-line lessons learned from people, reviewed with spaced repetition (FSRS). */
export function InsightsPage() {
  const list = useLive(
    async () => {
      const rows = await listInsights(200);
      const names = await peopleByIds(rows.flatMap((r) => (r.personId ? [r.personId] : [])));
      return rows.map((r) => ({ ...r, name: r.personId ? names.get(r.personId)?.name : undefined }));
    },
    [],
    undefined,
  );
  const text = useSignal('');
  const who = useSignal('');
  const personId = useSignal<string | undefined>(undefined);
  const matches = useLive(() => (personId.value ? Promise.resolve([]) : searchPeople(who.value, 5)), [who.value, personId.value], []);
  const editing = useSignal<string | null>(null);
  const draft = useSignal('');
  const now = new Date().toISOString();
  return (
    <section class="page narrow" aria-labelledby="insights-title">
      <h1 id="insights-title">Insights</h1>
      <p class="muted">A sentence you want to keep from a conversation. Teachback brings each back at growing intervals, so it sticks.</p>
      <form
        class="card stack"
        onSubmit={async (e) => {
          e.preventDefault();
          if (!text.value.trim()) return;
          await addInsight({ text: text.value.trim(), ...(personId.value ? { personId: personId.value } : {}) });
          text.value = '';
          who.value = '';
          personId.value = undefined;
        }}
      >
        <label class="field">
          <span>What you learned</span>
          <input value={text.value} onInput={(e) => (text.value = e.currentTarget.value)} data-testid="insight-text" />
        </label>
        <label class="field">
          <span>From whom (optional)</span>
          <input
            type="search"
            value={who.value}
            onInput={(e) => {
              who.value = e.currentTarget.value;
              personId.value = undefined;
            }}
          />
        </label>
        {matches.value.length > 0 && (
          <div class="row">
            {matches.value.map((p) => (
              <button
                key={p.id}
                type="button"
                class="btn"
                onClick={() => {
                  personId.value = p.id;
                  who.value = p.name;
                }}
              >
                {p.name}
              </button>
            ))}
          </div>
        )}
        <div>
          <button type="submit" class="btn btn-primary">
            Keep this insight
          </button>
        </div>
      </form>
      <ul class="plain-list" data-testid="insights">
        {list.value?.map((i) => (
          <li key={i.id} class="card stack">
            {editing.value === i.id ? (
              <form
                class="row"
                onSubmit={async (e) => {
                  e.preventDefault();
                  await updateInsightText(i.id, draft.value.trim() || i.text);
                  editing.value = null;
                }}
              >
                <label class="visually-hidden" for={`edit-${i.id}`}>
                  Edit insight
                </label>
                <input id={`edit-${i.id}`} class="grow" value={draft.value} onInput={(e) => (draft.value = e.currentTarget.value)} />
                <button type="submit" class="btn btn-primary">
                  Save
                </button>
              </form>
            ) : (
              <p class="insight-line">{i.text}</p>
            )}
            <p class="muted small">
              {i.name ? `From ${i.name} · ` : ''}
              {i.dueAt && i.dueAt <= now ? (
                'Due for review'
              ) : i.dueAt ? (
                <>
                  Next review <Time iso={i.dueAt} />
                </>
              ) : (
                ''
              )}
            </p>
            <div class="row">
              {i.dueAt && i.dueAt <= now && (
                <ButtonGroup label={`How well did you remember “${i.text}”?`}>
                  {GRADES.map((g) => (
                    <button key={g.grade} type="button" class="btn" onClick={() => gradeInsight(i.id, g.grade)}>
                      {g.label}
                    </button>
                  ))}
                </ButtonGroup>
              )}
              <button
                type="button"
                class="btn btn-quiet"
                onClick={() => {
                  editing.value = i.id;
                  draft.value = i.text;
                }}
              >
                Edit
              </button>
              <button type="button" class="btn btn-quiet" onClick={() => deleteInsight(i.id)}>
                Remove
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
