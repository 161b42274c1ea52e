import { Time } from '../../../components/Time';
import type { WidgetProps } from './types';

export function NextWidget({ data, act }: WidgetProps) {
  return (
    <div class="next">
      <h3 class="sub">This week</h3>
      {data.meetings.length === 0 ? (
        <p class="muted">No meetings planned in the next 7 days.</p>
      ) : (
        <ul class="plain">
          {data.meetings.map((m) => (
            <li key={m.id}>
              <strong>{m.name}</strong> <Time iso={m.at} />
            </li>
          ))}
        </ul>
      )}
      <h3 class="sub">Open actions</h3>
      {data.actions.length === 0 ? (
        <p class="muted">Nothing open. Actions agreed in meetings show here.</p>
      ) : (
        <ul class="plain actions" data-testid="open-actions">
          {data.actions.map((a) => (
            <li key={a.id}>
              <label class="tick">
                <input type="checkbox" onChange={() => act.complete(a.id)} />
                <span>
                  {a.text}
                  <small class="muted">
                    {' '}
                    · {a.owner === 'me' ? 'you' : (a.name ?? 'them')}
                    {a.owner === 'me' && a.name ? ` for ${a.name}` : ''}
                    {a.dueAt && (
                      <span class={a.overdue ? 'urgency-overdue' : ''}>
                        {' · due '}
                        <Time iso={a.dueAt} />
                      </span>
                    )}
                  </small>
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
