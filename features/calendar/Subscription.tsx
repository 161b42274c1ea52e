import { useSignal } from '@preact/signals';
import { Time } from '../../components/Time';
import {
  maskAddress,
  refreshSubscription,
  type SubscriptionStatus,
  subscribe,
  subscriptionAddress,
  unsubscribe,
} from '../../lib/calendar/subscription';
import { useLive } from '../../lib/live/live-signal';
import { getSetting } from '../../lib/repos/settings';
import { SETTINGS } from '../../lib/settings/registry';
import { appliedText } from './applied-text';

async function readSubscription() {
  const [address, status] = await Promise.all([getSetting(SETTINGS.calendarAddress), getSetting(SETTINGS.calendarStatus)]);
  return { address, status };
}

function LastFetch({ status }: { status: SubscriptionStatus | null }) {
  if (!status) return null;
  return (
    <p class={status.ok ? undefined : 'field-error'}>
      Last read <Time iso={status.at} />: {status.ok && status.applied ? appliedText(status.applied) : status.message}
    </p>
  );
}

/** The opt-in subscription: paste a private address, see it masked, refresh or remove it. */
export function Subscription() {
  const data = useLive(readSubscription, [], undefined);
  const input = useSignal('');
  const busy = useSignal(false);
  const said = useSignal<string | undefined>(undefined);
  const run = async (work: () => Promise<string | undefined>) => {
    busy.value = true;
    said.value = await work();
    busy.value = false;
  };
  const d = data.value;
  if (!d) return null;
  const onSubscribe = (e: Event) => {
    e.preventDefault();
    const parsed = subscriptionAddress(input.value);
    if ('error' in parsed) {
      said.value = parsed.error;
      return;
    }
    // The permission prompt needs the click's gesture: subscribe asks before anything else awaits.
    void run(async () => {
      const status = await subscribe(parsed.url);
      if (status.ok) input.value = '';
      return status.ok ? undefined : status.message;
    });
  };
  return (
    <section class="card stack" aria-labelledby="subscription-title" data-testid="calendar-subscription">
      <h2 id="subscription-title">Keep up with your calendar</h2>
      {d.address ? (
        <>
          <p>
            Subscribed to <code data-testid="subscription-address">{maskAddress(d.address)}</code>. Teachback reads it every hour while the
            browser is open, and adds meetings with people in your network.
          </p>
          <div role="status" data-testid="subscription-status">
            <LastFetch status={d.status} />
          </div>
          <div class="row">
            <button
              type="button"
              class="btn"
              disabled={busy.value}
              onClick={() => void run(async () => void (await refreshSubscription()))}
            >
              {busy.value ? 'Reading…' : 'Refresh now'}
            </button>
            <button
              type="button"
              class="btn btn-quiet"
              disabled={busy.value}
              onClick={() => void run(async () => void (await unsubscribe()))}
            >
              Remove subscription
            </button>
          </div>
        </>
      ) : (
        <form class="stack" onSubmit={onSubscribe}>
          <p class="muted">
            Instead of exporting files, paste your calendar’s private address: in Google Calendar, the calendar’s settings under “Secret
            address in iCal format”; in Outlook, a published calendar’s ICS link. Teachback asks your browser for access to that one
            address, then reads it every hour. It is kept only here, and nothing is read until you subscribe.
          </p>
          <label class="field">
            <span>Private address in iCal format</span>
            <input
              type="text"
              inputMode="url"
              autoComplete="off"
              spellcheck={false}
              value={input.value}
              onInput={(e) => (input.value = e.currentTarget.value)}
              placeholder="https://calendar.google.com/calendar/ical/…/basic.ics"
            />
          </label>
          <div>
            <button type="submit" class="btn btn-primary" disabled={busy.value}>
              {busy.value ? 'Reading the calendar…' : 'Subscribe'}
            </button>
          </div>
        </form>
      )}
      <div role="status" data-testid="subscription-said">
        {said.value && <p class="field-error">{said.value}</p>}
      </div>
    </section>
  );
}
