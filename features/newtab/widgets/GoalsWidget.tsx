import { ACTIVE_GOAL_SOFT_LIMIT } from '../../../lib/model/goal-limit';
import type { WidgetProps } from './types';

export function GoalsWidget({ data }: WidgetProps) {
  const { active, count } = data.goals;
  if (count === 0)
    return (
      <div class="stack">
        <p class="muted">Name four or five things you want to grow in; then choose people who can help with each.</p>
        <div>
          <a class="btn" href="/options.html#/goals/new">
            Add a goal
          </a>
        </div>
      </div>
    );
  return (
    <div>
      {count > ACTIVE_GOAL_SOFT_LIMIT && (
        <p class="note warn">{count} goals are active. Four or five get more attention each; consider pausing one.</p>
      )}
      <ul class="plain goals">
        {active.map((g) => (
          <li key={g.id}>
            <span class="goal-title">{g.title}</span>
            <span
              class="bar"
              role="progressbar"
              aria-valuenow={g.progress}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-label={`${g.title}: ${g.progress}%`}
            >
              <span style={{ width: `${g.progress}%` }} />
            </span>
            <span class="muted pct">{g.progress}%</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
