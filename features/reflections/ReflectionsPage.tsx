import { useSignal } from '@preact/signals';
import { Time } from '../../components/Time';
import { useLive } from '../../lib/live/live-signal';
import { BANK } from '../../lib/prompts/bank';
import { addReflection, recentReflections } from '../../lib/repos/reflections';
import { go } from '../../lib/ui/use-hash-route';

const PAGE = 50;

/** Reflections, newest first, and room to write a longer one (from a prompt, or free). */
export function ReflectionsPage({ promptId }: { promptId?: string }) {
  const limit = useSignal(PAGE);
  const list = useLive(() => recentReflections(limit.value + 1), [limit.value], undefined);
  const prompt = promptId ? BANK.find((p) => p.id === promptId) : undefined;
  const text = useSignal('');
  const save = async (e: Event) => {
    e.preventDefault();
    if (!text.value.trim()) return;
    await addReflection({ text: text.value.trim(), ...(prompt ? { promptId: prompt.id, promptText: prompt.text } : {}) });
    text.value = '';
    if (promptId) go('/reflections');
  };
  const rows = list.value;
  return (
    <section class="page narrow" aria-labelledby="reflections-title">
      <h1 id="reflections-title">Reflections</h1>
      <form class="card stack" onSubmit={save}>
        <label class="field">
          <span>{prompt ? prompt.text : 'What are you noticing about the people you learn from, and teach?'}</span>
          <textarea rows={prompt ? 6 : 3} value={text.value} onInput={(e) => (text.value = e.currentTarget.value)} />
        </label>
        <div>
          <button type="submit" class="btn btn-primary" disabled={!text.value.trim()}>
            Save reflection
          </button>
        </div>
      </form>
      {rows && rows.length === 0 && <p class="muted">Your answers to the new tab’s prompts collect here. One line a day adds up.</p>}
      <ul class="reflection-list" data-testid="reflections">
        {rows?.slice(0, limit.value).map((r) => (
          <li key={r.id} class="card">
            {r.promptText && <p class="muted reflection-prompt">{r.promptText}</p>}
            <p class="reflection-text">{r.text}</p>
            <p class="muted reflection-date">
              <Time iso={r.at} />
            </p>
          </li>
        ))}
      </ul>
      {rows && rows.length > limit.value && (
        <button type="button" class="btn" onClick={() => (limit.value += PAGE)}>
          Show older reflections
        </button>
      )}
    </section>
  );
}
