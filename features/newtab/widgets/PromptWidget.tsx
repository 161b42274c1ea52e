import { useSignal } from '@preact/signals';
import type { WidgetProps } from './types';

export function PromptWidget({ data, act }: WidgetProps) {
  const answer = useSignal('');
  const saved = useSignal('');
  const p = data.prompt;
  if (!p) return <p class="muted">You have set aside every prompt. Bring some back in the dashboard’s settings.</p>;
  const save = async (e: Event) => {
    e.preventDefault();
    const text = answer.value.trim();
    if (!text) return;
    await act.answer(p, text);
    answer.value = '';
    saved.value = 'Saved to your reflections.';
  };
  return (
    <div class="prompt">
      <p class="prompt-question" id="prompt-question">
        {p.text}
      </p>
      <form class="answer-row" onSubmit={save}>
        <input
          aria-labelledby="prompt-question"
          value={answer.value}
          onInput={(e) => {
            answer.value = e.currentTarget.value;
            saved.value = '';
          }}
          placeholder="Answer in a line…"
          maxLength={280}
        />
        <button type="submit" class="btn btn-primary" disabled={!answer.value.trim()}>
          Save
        </button>
      </form>
      <div class="widget-foot">
        <span role="status" class="saved">
          {saved.value}
        </span>
        <span class="row">
          {p.lesson && (
            <a class="btn btn-quiet" href={`/options.html#/library/lesson/${p.lesson}`}>
              Read the short lesson
            </a>
          )}
          <a class="btn btn-quiet" href={`/options.html#/reflections/new/${encodeURIComponent(p.id)}`}>
            Write more
          </a>
          <button type="button" class="btn btn-quiet" onClick={() => act.anotherPrompt()}>
            Another one
          </button>
          <button type="button" class="btn btn-quiet" onClick={() => act.hidePrompt(p.id)}>
            Never show this again
          </button>
        </span>
      </div>
    </div>
  );
}
