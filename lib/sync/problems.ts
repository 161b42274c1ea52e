// What a failed request to the user's server means, in words a person can act on. The same
// reading serves setup (our own fetches) and rounds (PouchDB's errors), so a wrong password or a
// full disk is named the same way in both places.

export type ServerProblem = 'credentials' | 'forbidden' | 'full' | 'too-large' | 'unreachable' | 'other';

/** The parts of a failure that tell it apart: PouchDB's errors and CouchDB's JSON bodies both have them. */
export interface Failure {
  status?: number;
  /** CouchDB's `error` (PouchDB calls it `name`). */
  error?: string;
  /** CouchDB's `reason` (PouchDB calls it `message`). */
  reason?: string;
}

// CouchDB names a full disk `insufficient_storage` (its disk monitor, on a 500 or a 507); an
// unmonitored full disk reaches the client as Erlang's `enospc`.
const FULL = /insufficient.storage|enospc|no space/i;

export function classify(f: Failure): ServerProblem {
  const text = `${f.error ?? ''} ${f.reason ?? ''}`;
  if (f.status === 401 || /^unauthorized$/i.test(f.error ?? '')) return 'credentials';
  if (f.status === 507 || FULL.test(text)) return 'full';
  if (f.status === 403 || /^forbidden$/i.test(f.error ?? '')) return 'forbidden';
  if (f.status === 413) return 'too-large';
  if (f.status === 0 || /failed to fetch|networkerror|load failed/i.test(text)) return 'unreachable';
  return 'other';
}

/** A PouchDB error (or anything thrown) as a failure to classify. */
export function failureOf(e: unknown): Failure {
  const o = (typeof e === 'object' && e ? e : {}) as {
    status?: unknown;
    name?: unknown;
    error?: unknown;
    message?: unknown;
    reason?: unknown;
  };
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return {
    status: typeof o.status === 'number' ? o.status : undefined,
    error: str(o.error) ?? str(o.name),
    reason: str(o.reason) ?? str(o.message) ?? (typeof e === 'string' ? e : undefined),
  };
}

/** Why setup stopped; `what` is the step that failed ("create the database"). */
export function setupMessage(f: Failure, what: string): string {
  switch (classify(f)) {
    case 'credentials':
      return 'The server did not accept this user name and password. Check them (they are the CouchDB user’s, not your passphrase).';
    case 'full':
      return 'The server is out of disk space, so sync cannot store anything there. Free some space on it, then try again.';
    case 'forbidden':
      return `This user may not ${what}. Give the user access to the database, or create it as an admin.`;
    case 'too-large':
      return `The server refused to ${what}: it said the request was too large.`;
    default:
      return `The server answered ${f.status ?? 'with an error'} when asked to ${what}.`;
  }
}

/** What the sync page shows as the last problem of a round that failed. */
export function roundMessage(e: unknown): string {
  const f = failureOf(e);
  switch (classify(f)) {
    case 'credentials':
      return 'The server no longer accepts the user name and password, so nothing was sent or received. If the password changed, forget this server and set sync up again.';
    case 'full':
      return 'The server is out of disk space, so your latest changes could not be stored there. They stay here and go at the first round after space is freed.';
    case 'forbidden':
      return 'The server no longer lets this user use the database, so nothing was sent or received.';
    case 'unreachable':
      return 'The server could not be reached. Sync will try again.';
    default:
      return f.reason ?? String(e);
  }
}
