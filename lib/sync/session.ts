// Sync rounds, as the background runs them once sync is set up (lib/sync/setup.ts): send this
// device's edits, replicate with the server, apply what came. One at a time, with a status the
// sync page shows.
import { db } from '../db/db';
import { emptyResult, type RoundResult, receiveEdits, sendEdits } from './engine';
import { openRemote, openReplica, replicateOnce } from './pouch';
import { loadSetup } from './setup';
import { readStatus, writeStatus } from './status';

let running: Promise<RoundResult> | undefined;

/** One round; a round asked for while one runs waits for it and then runs once more. */
export function syncNow(): Promise<RoundResult> {
  const next = (running ?? Promise.resolve(emptyResult())).catch(() => emptyResult()).then(round);
  running = next;
  return next;
}

async function round(): Promise<RoundResult> {
  const setup = await loadSetup();
  if (!setup?.enabled) return emptyResult();
  let replica: ReturnType<typeof openReplica> | undefined;
  try {
    replica = openReplica();
    const ctx = { db, replica, keys: setup.keys };
    const result = await sendEdits(ctx);
    await replicateOnce(replica, openRemote(setup.remote));
    await receiveEdits(ctx, result);
    await writeStatus({ lastSyncedAt: new Date().toISOString(), refused: result.refused.length, revived: result.revived });
    return result;
  } catch (e) {
    await writeStatus({ ...(await readStatus()), lastError: explain(e), lastErrorAt: new Date().toISOString() });
    throw e;
  } finally {
    await replica?.close();
  }
}

function explain(e: unknown): string {
  const status = (e as { status?: number }).status;
  if (status === 401) return 'The server no longer accepts the user name and password.';
  if (status === 0 || String(e).includes('Failed to fetch')) return 'The server could not be reached. Sync will try again.';
  return e instanceof Error ? e.message : String(e);
}
