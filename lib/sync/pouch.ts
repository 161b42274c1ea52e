// PouchDB, with only what sync needs: the IndexedDB adapter for the replica, http for the
// server, replication. No map-reduce (it evaluates code, which the extension's CSP forbids).

import http from 'pouchdb-adapter-http';
import indexeddb from 'pouchdb-adapter-indexeddb';
import PouchDB from 'pouchdb-core';
import replication from 'pouchdb-replication';
import type { Remote } from './pouch-remote';
import type { Pull } from './pull';
import type { Replica } from './replica';
import { revsDiffInOneRead } from './revs-diff';
import { REPLICA_NAME } from './setup';

const BATCH_SIZE = 1000;

const Pouch = PouchDB.plugin(indexeddb).plugin(http).plugin(replication);

export function openReplica(): Replica {
  const replica = new Pouch(REPLICA_NAME, { adapter: 'indexeddb' });
  replica.revsDiff = revsDiffInOneRead(replica);
  return replica as unknown as Replica;
}

export function openRemote(remote: Remote): PouchDB.Database {
  return new Pouch(remote.url, { adapter: 'http', auth: { username: remote.username, password: remote.password } });
}

/**
 * One replication both ways; PouchDB keeps checkpoints, so the next one starts where this ended.
 * `received` is called after each batch written into the replica, with how many so far.
 */
export async function replicateOnce(replica: Replica, remote: PouchDB.Database, received: Parameters<Pull>[0]): Promise<void> {
  const local = replica as unknown as PouchDB.Database;
  // Larger batches than PouchDB's 100: a first sync moves every record, and each batch costs
  // a round trip and a checkpoint.
  await local.replicate.to(remote, { batch_size: BATCH_SIZE });
  await local.replicate.from(remote, { batch_size: BATCH_SIZE }).on('change', (info) => received(info.docs_written));
}
