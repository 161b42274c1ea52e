import { useSignal } from '@preact/signals';
import { ReadFailures } from '../../components/ReadFailures';
import { useLive } from '../../lib/live/live-signal';
import { systemTimeZone } from '../../lib/model/calendar';
import { networkLine } from '../../lib/model/people-counts';
import { dexieReader } from '../../lib/reads/dexie-reader';
import { networkCounts } from '../../lib/repos/people';
import { Conversation } from './Conversation';
import { FirstRun } from './FirstRun';
import { PersonPicker } from './PersonPicker';
import { PopupFrame } from './PopupFrame';
import { defaultTarget } from './prep-read';

/** The popup: prepare the next conversation, run it, record it. */
export function PopupApp() {
  const picked = useSignal<string | undefined>(undefined);
  const counts = useLive(networkCounts, [], undefined);
  const active = counts.value?.active;
  const target = useLive(() => defaultTarget(dexieReader, new Date(), systemTimeZone()).then((t) => t ?? null), [], undefined);
  const personId = picked.value ?? target.value ?? undefined;
  return (
    <PopupFrame
      picker={active ? <PersonPicker onPick={(id) => (picked.value = id)} /> : null}
      foot={active ? networkLine(active, counts.value?.everyone ?? active) : undefined}
    >
      <ReadFailures />
      {active === 0 && <FirstRun onAdded={(id) => (picked.value = id)} />}
      {active ? (
        personId ? (
          <Conversation key={personId} personId={personId} onPin={() => (picked.value = personId)} />
        ) : (
          <p class="muted">Everyone is up to date. Pick someone above to prepare.</p>
        )
      ) : null}
    </PopupFrame>
  );
}
