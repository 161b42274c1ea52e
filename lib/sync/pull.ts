// A round's download: replication pulls the server's changes into the replica, and they are
// applied here from the replica's changes feed, read from where this device last stopped.
import { isFirstDownload, type RoundResult, receiveEdits, type SyncContext } from './engine';
import { serially } from './serially';

/** Runs the replication; `onBatch` is called after each batch it wrote, with how many documents it wrote so far. */
export type Pull = (onBatch: (written: number) => void) => Promise<void>;

/** How far a first download is: documents in the replica, and records applied here. */
export type OnProgress = (progress: { received: number; applied: number }) => void;

export async function pullAndApply(ctx: SyncContext, result: RoundResult, pull: Pull, onProgress?: OnProgress): Promise<void> {
  if (await isFirstDownload(ctx)) {
    let received = 0;
    // All of it first, then applied: one batch applied while the next downloads made both slower,
    // each waiting on the other's IndexedDB transactions (12,131 documents: 19 s against 15.5 s).
    // What did arrive is applied even when the pull failed; the pull's error is the one to report.
    const failed = await pull((written) => {
      received = written;
      onProgress?.({ received, applied: 0 });
    }).then(
      () => undefined,
      (e: unknown) => ({ e }),
    );
    const applied = receiveEdits(ctx, result, {
      firstDownload: true,
      afterBatch: () => onProgress?.({ received, applied: result.applied }),
    });
    await (failed ? applied.catch(() => undefined) : applied);
    if (failed) throw failed.e;
    return;
  }
  // A few documents, usually: each batch is applied as soon as it is in, while the next downloads.
  const fromFeed = serially(() => receiveEdits(ctx, result));
  try {
    await pull(() => void fromFeed().catch(() => undefined));
  } finally {
    // Once more, for what is left (the engine resumes from the last batch it applied), and so
    // that nothing of this round still runs when the next one starts.
    await fromFeed();
  }
}
