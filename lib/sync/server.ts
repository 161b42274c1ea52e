// Talking to the user's server before sync starts: is it a CouchDB, do the credentials work, is
// there a database, and the key material the first device left there. Each failure says what to
// do, and nothing is written here until every check has passed.
import { type KeyInfo, newKeyInfo, type SyncKeys, unlock } from './crypto';
import type { Remote } from './pouch-remote';
import { setupMessage } from './problems';

export const KEY_DOC_ID = 'teachback-keys';

export class SetupError extends Error {}

function authHeader(r: Remote): Record<string, string> {
  return { Authorization: `Basic ${btoa(`${r.username}:${r.password}`)}`, 'Content-Type': 'application/json' };
}

async function request(r: Remote, path: string, init: RequestInit = {}): Promise<Response> {
  try {
    return await fetch(`${r.url}${path}`, { ...init, headers: { ...authHeader(r), ...(init.headers ?? {}) } });
  } catch {
    throw new SetupError(
      `Could not reach ${new URL(r.url).origin}. Check the address, that the server is running, and that it allows this extension (CORS).`,
    );
  }
}

async function refuse(res: Response, what: string): Promise<never> {
  const body = (await res.json().catch(() => ({}))) as { error?: unknown; reason?: unknown };
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  throw new SetupError(setupMessage({ status: res.status, error: text(body.error), reason: text(body.reason) }, what));
}

/** The server's root must say it is a CouchDB (or speaks its protocol). */
async function checkCouch(r: Remote): Promise<void> {
  const root = new URL(r.url);
  const res = await request({ ...r, url: root.origin }, '/');
  const body = (await res.json().catch(() => undefined)) as Record<string, unknown> | undefined;
  if (res.status === 401) await refuse(res, 'sign in');
  if (!body || !('couchdb' in body || 'express-pouchdb' in body)) throw new SetupError('This address is not a CouchDB server.');
}

async function ensureDatabase(r: Remote): Promise<void> {
  const res = await request(r, '', { method: 'GET' });
  if (res.ok) return;
  if (res.status !== 404) await refuse(res, 'open the database');
  const made = await request(r, '', { method: 'PUT' });
  if (!made.ok && made.status !== 412) await refuse(made, 'create the database');
}

/** The keys for this server: unlocked with the passphrase, or made and stored when it has none. */
async function keysFor(r: Remote, passphrase: string): Promise<SyncKeys> {
  const res = await request(r, `/${KEY_DOC_ID}`);
  if (res.ok) return unlock(passphrase, (await res.json()) as KeyInfo);
  if (res.status !== 404) await refuse(res, 'read the database');
  const { info, keys } = await newKeyInfo(passphrase);
  const put = await request(r, `/${KEY_DOC_ID}`, { method: 'PUT', body: JSON.stringify(info) });
  if (!put.ok) await refuse(put, 'write to the database');
  return keys;
}

export async function prepareServer(r: Remote, passphrase: string): Promise<SyncKeys> {
  await checkCouch(r);
  await ensureDatabase(r);
  return keysFor(r, passphrase);
}
