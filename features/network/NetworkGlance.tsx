import { DirectionChip } from '../../components/DirectionChip';
import { Time } from '../../components/Time';
import { plural } from '../../lib/format/relative';
import { useLive } from '../../lib/live/live-signal';
import { NEVER } from '../../lib/model/cadence';
import { loadGlance } from './glance';
import './glance.css';

const URGENCY_TEXT = { overdue: 'Overdue', due: 'Due now', soon: 'Due soon', fine: 'Next up' } as const;

/**
 * The live count and the most overdue person. Shared by popup and new tab; it updates
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
          Add one person you learn from — or who learns from you. Teachback will remind you when it is time to talk, and help you prepare.
        </p>
        <button type="button" class="btn btn-primary" onClick={onAddFirst}>
          Add your first person
        </button>
      </section>
    );
  const due = g.mostOverdue;
  const last = due?.person.lastContactAt;
  return (
    <section class="glance" aria-labelledby="glance-title">
      <h2 id="glance-title" class="glance-count" data-testid="active-count">
        {plural(g.activeCount, 'person', 'people')} in your network
      </h2>
      {due ? (
        <div class="glance-due" data-testid="most-overdue">
          <p class={`glance-label urgency-${due.urgency}`}>{URGENCY_TEXT[due.urgency]}</p>
          <p class="glance-name">
            <strong>{due.person.name}</strong> <DirectionChip direction={due.person.direction} />
          </p>
          <p class="muted">
            {last && last !== NEVER ? (
              <>
                Last contact <Time iso={last} />; you hoped to talk every {plural(due.idealDays, 'day')}.
              </>
            ) : (
              <>No contact logged yet.</>
            )}
          </p>
        </div>
      ) : (
        <p class="muted" data-testid="most-overdue">
          Nobody is due. Your network is in good shape.
        </p>
      )}
    </section>
  );
}
