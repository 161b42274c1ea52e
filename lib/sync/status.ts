// What the settings page says about sync: when it last finished, what went wrong last.
import { db } from '../db/db';

export interface SyncStatus {
  lastSyncedAt?: string;
  lastError?: string;
  lastErrorAt?: string;
  /** Documents that did not decrypt in the last round. */
  refused?: number;
  /**
   * Records an edit elsewhere brought back after they were deleted here, newest first: kept over
   * the rounds until the user has seen them on the sync page.
   */
  revived?: string[];
  /**
   * Changes a round took from the outbox into the replica before it failed (a full server, say):
   * they are no longer in the outbox, and not on the server either until a round succeeds.
   */
  unsent?: number;
  /** While a device's first download runs: how far it is (records received, and applied here). */
  download?: DownloadProgress;
}

export interface DownloadProgress {
  received: number;
  applied: number;
  /** What the server holds. */
  total: number;
}

const STATUS_KEY = 'status';
/** Where lib/sync/setup.ts keeps the server and keys. */
export const SETUP_KEY = 'setup';

/** Whether sync is set up and on, read without loading the rest of sync. */
export async function syncIsOn(): Promise<boolean> {
  return !!((await db.syncState.get(SETUP_KEY))?.value as { enabled?: boolean } | undefined)?.enabled;
}

/** The sync server's address while one is set up, on or off (its host permission is kept for it). */
export async function syncServerUrl(): Promise<string | undefined> {
  return ((await db.syncState.get(SETUP_KEY))?.value as { remote?: { url?: string } } | undefined)?.remote?.url;
}

export async function readStatus(): Promise<SyncStatus> {
  return ((await db.syncState.get(STATUS_KEY))?.value as SyncStatus | undefined) ?? {};
}

export async function writeStatus(status: SyncStatus): Promise<void> {
  await db.syncState.put({ key: STATUS_KEY, value: status });
}

const MAX_REVIVED = 100;

/** What a round adds to the records already waiting to be told of: each once, the newest first. */
export function withRevived(waiting: string[] | undefined, now: string[]): string[] {
  return [...new Set([...now, ...(waiting ?? [])])].slice(0, MAX_REVIVED);
}

/**
 * Changes the status in one transaction: a round and the sync page both write it, and neither
 * may put back what the other just took out.
 */
export function updateStatus(change: (status: SyncStatus) => SyncStatus): Promise<void> {
  return db.transaction('rw', db.syncState, async () => writeStatus(change(await readStatus())));
}

/**
 * Writes a first download's progress into the status, one write after another, so that the
 * round's last word is never overtaken by a late one. `settled` resolves once all are written.
 */
export function downloadReporter(total: number): { report: (p: Omit<DownloadProgress, 'total'>) => void; settled: () => Promise<void> } {
  let writes = Promise.resolve();
  return {
    report: (p) => {
      writes = writes.then(() => updateStatus((s) => ({ ...s, download: { ...p, total } }))).catch(() => undefined);
    },
    settled: () => writes,
  };
}

/** The user has read which records came back: the sync page stops listing them. */
export function dismissRevived(): Promise<void> {
  return updateStatus(({ revived: _, ...rest }) => rest);
}

/** How many records changed here and are not in the replica yet: what a round has to take up. */
export function outboxCount(): Promise<number> {
  return db.outbox.count();
}

/** How many changes made here have not reached the server yet, as the sync page says. */
export async function waitingCount(): Promise<number> {
  const [queued, status] = await Promise.all([outboxCount(), readStatus()]);
  return queued + (status.unsent ?? 0);
}
