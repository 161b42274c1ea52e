// Sync rounds, as the background runs them once sync is set up (lib/sync/setup.ts): send this
// device's edits, replicate with the server, apply what came. One at a time, with a status the
// sync page shows.
import { db } from '../db/db';
import { emptyResult, type RoundResult, sendEdits } from './engine';
import { openRemote, openReplica, replicateOnce } from './pouch';
import { roundMessage } from './problems';
import { pullAndApply } from './pull';
import { serially } from './serially';
import { loadSetup } from './setup';
import { downloadReporter, updateStatus, withRevived } from './status';

/**
 * One round; asked for while one runs, it waits for it and then runs once more (once, however
 * often it was asked meanwhile: the live feed asks once per document another device sent).
 */
export const syncNow: () => Promise<RoundResult> = serially(round);

async function round(): Promise<RoundResult> {
  const setup = await loadSetup();
  if (!setup?.enabled) return emptyResult();
  let replica: ReturnType<typeof openReplica> | undefined;
  let download: ReturnType<typeof downloadReporter> | undefined;
  try {
    // A round the browser stopped (it closed, or stopped the background) left its progress behind.
    await updateStatus((before) => (before.download ? { ...before, download: undefined } : before));
    const remote = openRemote(setup.remote);
    // Asked first, so that a server refusing the password (or not there) leaves everything here as it was.
    const { doc_count: held } = await remote.info();
    // Every document the server holds is a record, but for its key material.
    download = downloadReporter(Math.max(0, held - 1));
    replica = openReplica();
    const ctx = { db, replica, keys: setup.keys };
    const result = await sendEdits(ctx);
    // Counted as waiting until a round has pushed them (the status a success writes has none).
    if (result.sent) {
      await updateStatus((before) => ({ ...before, unsent: (before.unsent ?? 0) + result.sent }));
    }
    await pullAndApply(ctx, result, (onBatch) => replicateOnce(ctx.replica, remote, onBatch), download.report);
    await download.settled();
    await updateStatus(({ revived }) => ({
      lastSyncedAt: new Date().toISOString(),
      refused: result.refused.length,
      revived: withRevived(revived, result.revived),
    }));
    return result;
  } catch (e) {
    await download?.settled();
    await updateStatus((before) => ({ ...before, download: undefined, lastError: roundMessage(e), lastErrorAt: new Date().toISOString() }));
    throw e;
  } finally {
    await replica?.close();
  }
}
