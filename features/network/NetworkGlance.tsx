import { DirectionChip } from '../../components/DirectionChip';
import { Time } from '../../components/Time';
import { plural } from '../../lib/format/relative';
import { useLive } from '../../lib/live/live-signal';
import { NEVER } from '../../lib/model/cadence';
import { loadGlance } from './glance';
import './glance.css';

const URGENCY_TEXT = { overdue: 'Overdue', due: 'Time to talk', soon: 'Due soon', fine: 'Next up' } as const;

/**
 * The live count and the person to contact first. Shared by popup and new tab; it updates
 * while open whenever any page writes.
 */
export function NetworkGlance({ onAddFirst }: { onAddFirst: () => void }) {
  const glance = useLive(() => loadGlance(new Date()), [], undefined);
  const g = glance.value;
  if (!g) return <div class="glance" aria-busy="true" />;
  if (g.activeCount === 0)
    return (
      <section class="glance glance-empty" aria-labelledby="glance-title">
        <h2 id="glance-title">Start your network</h2>
        <p class="muted">
          Add one person you learn from, or who learns from you. Teachback will tell you when it is time to talk again, and help you
          prepare.
        </p>
        <div>
          <button type="button" class="btn btn-primary" onClick={onAddFirst}>
            Add your first person
          </button>
        </div>
      </section>
    );
  const first = g.firstDue;
  const last = first?.person.lastContactAt;
  return (
    <section class="glance" aria-labelledby="glance-title">
      <h2 id="glance-title" class="glance-count" data-testid="active-count">
        {plural(g.activeCount, 'person', 'people')} in your network
      </h2>
      {first && (
        <div class="glance-due" data-testid="first-due">
          <p class={`glance-label urgency-${first.urgency}`}>
            {URGENCY_TEXT[first.urgency]}
            {first.urgency === 'fine' || first.urgency === 'soon' ? (
              <>
                {' · '}
                <Time iso={first.dueAt} />
              </>
            ) : null}
          </p>
          <p class="glance-name">
            <strong>{first.person.name}</strong> <DirectionChip direction={first.person.direction} />
          </p>
          <p class="muted">
            {last && last !== NEVER ? (
              <>
                Last contact <Time iso={last} />; you planned to talk every {plural(first.idealDays, 'day')}.
              </>
            ) : (
              <>No contact logged yet; you planned to talk every {plural(first.idealDays, 'day')}.</>
            )}
          </p>
        </div>
      )}
    </section>
  );
}
