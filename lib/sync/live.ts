// Live sync, in the background, while any extension page is open (each holds a port, see
// live-port.ts): PouchDB follows the server's changes feed (longpoll) and every change there
// starts a round, so another device's edit shows here within a round trip. With no page open,
// rounds run on change, on the alarm and when back online (session.ts).
import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import { LIVE_PORT } from './live-port';
import { openRemote } from './pouch';
import { syncNow } from './session';
import { loadSetup, type SyncSetup } from './setup';

/** After a failed feed (server down), how long before following again. */
const RETRY_MS = 5_000;

let pages = 0;
let setup: SyncSetup | undefined;
let feed: { cancel: () => void } | undefined;
let retry: ReturnType<typeof setTimeout> | undefined;

function follow(): void {
  if (feed || !pages || !setup?.enabled) return;
  clearTimeout(retry);
  const changes = openRemote(setup.remote).changes({ live: true, since: 'now', heartbeat: 10_000 });
  feed = changes;
  changes.on('change', () => void syncNow().catch(() => undefined));
  changes.on('error', () => {
    if (feed !== changes) return;
    feed = undefined;
    retry = setTimeout(follow, RETRY_MS);
  });
}

function stop(): void {
  clearTimeout(retry);
  feed?.cancel();
  feed = undefined;
}

/** Follows the server while a page is open and sync is on; stops when the last page closes or sync is turned off. */
export function followWhilePagesOpen(): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== LIVE_PORT) return;
    pages += 1;
    follow();
    port.onDisconnect.addListener(() => {
      pages -= 1;
      if (!pages) stop();
    });
  });
  liveQuery(loadSetup).subscribe({
    next: (next) => {
      const moved = JSON.stringify(next?.remote) !== JSON.stringify(setup?.remote);
      setup = next;
      if (moved || !next?.enabled) stop();
      follow();
    },
  });
}
