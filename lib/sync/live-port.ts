// A page's side of live sync: while an extension page is open and sync is on, it holds a port
// to the background, which then follows the server's changes (lib/sync/live.ts). No PouchDB and
// nothing else of sync is loaded here: every page starts this.
import { browser } from 'wxt/browser';
import { syncIsOn } from './status';

export const LIVE_PORT = 'sync-live';
/** Under the 30 s after which Chrome stops an idle extension worker: a message on the port keeps it awake. */
const KEEP_AWAKE_MS = 20_000;

/** Holds the port for as long as this page is open; a stopped worker is woken again by reconnecting. */
export async function followWhileOpen(): Promise<void> {
  if (!(await syncIsOn())) return;
  connect();
}

export function connect(): void {
  let port: ReturnType<typeof browser.runtime.connect>;
  try {
    port = browser.runtime.connect({ name: LIVE_PORT });
  } catch {
    return; // The extension was reloaded under this page: nothing to follow until it is opened again.
  }
  const awake = setInterval(() => port.postMessage('awake'), KEEP_AWAKE_MS);
  port.onDisconnect.addListener(() => {
    clearInterval(awake);
    connect();
  });
}
