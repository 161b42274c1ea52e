import { useSignal } from '@preact/signals';
import { ButtonGroup } from '../../../components/ButtonGroup';
import { GRADES } from '../../../lib/insights/grades';
import type { WidgetProps } from './types';

export function InsightsWidget({ data, act }: WidgetProps) {
  const shown = useSignal<string | null>(null);
  const i = data.insight;
  if (!i) return <p class="muted">Nothing to review today. Lessons you learn from people come back here, spaced out so they stick.</p>;
  const revealed = shown.value === i.id;
  return (
    <div class="insight">
      <p class="muted">
        {i.dueCount > 20 ? '20+' : i.dueCount} to review{i.name ? ` · this one from ${i.name}` : ''}
      </p>
      {revealed ? (
        <>
          <p class="insight-text">{i.text}</p>
          <ButtonGroup label="How well did you remember it?">
            {GRADES.map((g) => (
              <button key={g.grade} type="button" class="btn" onClick={() => act.grade(i.id, g.grade)}>
                {g.label}
              </button>
            ))}
          </ButtonGroup>
        </>
      ) : (
        <>
          <p>Before you look: what was the lesson{i.name ? ` you took from ${i.name}` : ''}?</p>
          <button type="button" class="btn" onClick={() => (shown.value = i.id)}>
            Show it
          </button>
        </>
      )}
    </div>
  );
}
