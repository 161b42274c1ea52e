import { useSignal } from '@preact/signals';
import { ReadFailures } from '../../components/ReadFailures';
import { useLive } from '../../lib/live/live-signal';
import { systemTimeZone } from '../../lib/model/calendar';
import { networkLine } from '../../lib/model/people-counts';
import { networkCounts } from '../../lib/repos/people';
import { Conversation } from './Conversation';
import { FirstRun } from './FirstRun';
import { defaultTarget } from './load-prep';
import { PersonPicker } from './PersonPicker';
import './popup.css';

/** The popup: prepare the next conversation, run it, record it. */
export function PopupApp() {
  const picked = useSignal<string | undefined>(undefined);
  const counts = useLive(networkCounts, [], undefined);
  const active = counts.value?.active;
  const target = useLive(() => defaultTarget(new Date(), systemTimeZone()).then((t) => t ?? null), [], undefined);
  const personId = picked.value ?? target.value ?? undefined;
  return (
    <main class="popup">
      <header class="popup-head">
        <h1>Teachback</h1>
        {active ? <PersonPicker onPick={(id) => (picked.value = id)} /> : null}
        <a class="btn btn-quiet small" href="/options.html#/people" target="_blank" rel="noopener">
          Dashboard
        </a>
      </header>
      <ReadFailures />
      {active === 0 && <FirstRun onAdded={(id) => (picked.value = id)} />}
      {active ? (
        personId ? (
          <Conversation key={personId} personId={personId} onPin={() => (picked.value = personId)} />
        ) : (
          <p class="muted">Everyone is up to date. Pick someone above to prepare.</p>
        )
      ) : null}
      {active ? (
        <p class="muted small foot" data-testid="active-count">
          {networkLine(active, counts.value?.everyone ?? active)}
        </p>
      ) : null}
    </main>
  );
}
