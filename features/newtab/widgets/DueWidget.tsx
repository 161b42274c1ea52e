import { ButtonGroup } from '../../../components/ButtonGroup';
import { DirectionChip } from '../../../components/DirectionChip';
import { Time } from '../../../components/Time';
import { CONTACT_KINDS } from '../../../lib/model/contact-kinds';
import { closeOnEscape } from '../../../lib/ui/close-on-escape';
import type { WidgetProps } from './types';

export function DueWidget({ data, act }: WidgetProps) {
  if (data.due.length === 0)
    return <p class="muted">Nobody is due yet. Each person’s clock runs from your last contact, or from when you added them.</p>;
  return (
    <ul class="due-list" data-testid="due-list">
      {data.due.map((p) => (
        <li key={p.id} class={`due-item due-${p.state}`}>
          <div class="due-who">
            <a href={`/options.html#/people/${p.id}`} class="due-name">
              {p.name}
            </a>
            <DirectionChip direction={p.direction} />
          </div>
          <p class="due-when">
            <span class={`urgency-${p.state}`}>{p.text}</span>
            {p.lastContactAt && (
              <span class="muted">
                {' · last '}
                <Time iso={p.lastContactAt} />
              </span>
            )}
          </p>
          <details class="log" onKeyDown={closeOnEscape}>
            <summary class="btn btn-quiet">
              Log<span class="visually-hidden"> contact</span>
            </summary>
            <ButtonGroup label={`How you were in touch with ${p.name}`}>
              {CONTACT_KINDS.map(({ kind, label }) => (
                <button key={kind} type="button" class="btn" onClick={() => act.logContact(p.id, kind)}>
                  {label}
                </button>
              ))}
            </ButtonGroup>
          </details>
        </li>
      ))}
    </ul>
  );
}
