// A wrong password and a full server, as a real CouchDB-protocol server answers them and as
// PouchDB reports them: each is named plainly, at setup and during a round.
import PouchDB from 'pouchdb-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CouchServer, startCouchServer } from '../../harness/couch-server';
import { classify, failureOf, roundMessage } from '../../lib/sync/problems';
import { prepareServer } from '../../lib/sync/server';

// The test server adds the memory, http and replication plugins to PouchDB itself (plugins change
// the one shared class, and adding one twice throws), so the clients here use them as they are.
const Pouch = PouchDB;

describe('classify', () => {
  it.each([
    [{ status: 401, error: 'unauthorized', reason: 'Name or password is incorrect.' }, 'credentials'],
    [{ error: 'unauthorized' }, 'credentials'],
    [{ status: 500, error: 'insufficient_storage', reason: 'database_dir is too full' }, 'full'],
    [{ status: 507, error: 'insufficient_storage' }, 'full'],
    [{ status: 500, error: 'unknown_error', reason: 'enospc' }, 'full'],
    [{ status: 403, error: 'forbidden', reason: 'You are not allowed to access this db.' }, 'forbidden'],
    [{ status: 413, error: 'too_large' }, 'too-large'],
    [{ reason: 'Failed to fetch' }, 'unreachable'],
    [{ status: 500, error: 'unknown_error', reason: 'badarg' }, 'other'],
  ] as const)('%o is %s', (failure, kind) => {
    expect(classify(failure)).toBe(kind);
  });
});

describe('a server that refuses', () => {
  let server: CouchServer;
  const remote = (db: string) => ({ url: `${server.url}/${db}`, username: 'ada', password: 'wrong' });
  beforeAll(async () => {
    server = await startCouchServer();
  });
  afterAll(() => server.stop());

  it('the password: setup says so, and so does a round', async () => {
    server.refuse('credentials');
    try {
      await expect(prepareServer(remote('creds'), 'a long passphrase')).rejects.toThrow('did not accept this user name and password');
      const error = await new Pouch(`${server.url}/creds`, { adapter: 'http' }).info().catch((e: unknown) => e);
      expect(classify(failureOf(error))).toBe('credentials');
      expect(roundMessage(error)).toContain('no longer accepts the user name and password');
    } finally {
      server.refuse(undefined);
    }
  });

  it('a write, being full: setup says so, and so does a replication', async () => {
    await fetch(`${server.url}/existing`, { method: 'PUT' });
    server.refuse('full');
    try {
      await expect(prepareServer(remote('full'), 'a long passphrase')).rejects.toThrow('out of disk space');
      const local = new Pouch(`local-${Math.random()}`, { adapter: 'memory' });
      await (local as unknown as { put(d: object): Promise<unknown> }).put({ _id: 'd1', v: 1 });
      const error = await local.replicate.to(`${server.url}/existing`).catch((e: unknown) => e);
      expect(classify(failureOf(error))).toBe('full');
      expect(roundMessage(error)).toContain('out of disk space');
      await local.destroy();
    } finally {
      server.refuse(undefined);
    }
  });
});
