// A CouchDB-protocol server for sync tests: PouchDB Server's core (express-pouchdb) over an
// in-memory PouchDB, on 127.0.0.1 only, on a free port. Started by the tests that need it.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import expressPouchDB from 'express-pouchdb';
import http from 'pouchdb-adapter-http';
import memory from 'pouchdb-adapter-memory';
import PouchDB from 'pouchdb-core';
import mapreduce from 'pouchdb-mapreduce';
import replication from 'pouchdb-replication';

export interface CouchServer {
  url: string;
  /** Every document of a database, as the server stores it. */
  documents: (db: string) => Promise<unknown[]>;
  /** While unavailable, every request gets 503, as from a server that is down. */
  setAvailable: (available: boolean) => void;
  /**
   * Answers as CouchDB does when it refuses the credentials (every request gets 401), or when its
   * disk is full (every write gets 500 `insufficient_storage`, reads still work); undefined: normal.
   */
  refuse: (why: Refusal | undefined) => void;
  /** Stops the HTTP server, cutting every connection (the data stays): a server that went away. */
  halt: () => Promise<void>;
  /** Starts it again on the same port, with the same data. */
  restart: () => Promise<void>;
  /** How many documents a database holds. */
  count: (db: string) => Promise<number>;
  /** Every request's path and query, in order: what a client asked for. */
  requests: string[];
  stop: () => Promise<void>;
}

export type Refusal = 'credentials' | 'full';

const REFUSALS: Record<Refusal, { status: number; body: { error: string; reason: string } }> = {
  credentials: { status: 401, body: { error: 'unauthorized', reason: 'Name or password is incorrect.' } },
  full: { status: 500, body: { error: 'insufficient_storage', reason: 'database_dir is too full' } },
};

/** A write, as CouchDB's disk check sees it: reading requests that use POST (_revs_diff, _all_docs, _bulk_get) are not. */
const isWrite = (method: string, path: string) =>
  method !== 'GET' && method !== 'HEAD' && !/\/(_revs_diff|_all_docs|_bulk_get|_changes)$/.test(path);

// Plugins change PouchDB itself, so they are added once per process (a second time throws).
const Base = PouchDB.plugin(memory).plugin(http).plugin(mapreduce).plugin(replication);
// The memory adapter keeps databases by name for the whole process: each server gets a prefix of its own.
let servers = 0;

export async function startCouchServer(port = 0): Promise<CouchServer> {
  servers++;
  const Pouch = Base.defaults({ adapter: 'memory', prefix: `server${servers}-` });
  const app = express();
  let available = true;
  let refusal: Refusal | undefined;
  const requests: string[] = [];
  app.use((req, res, next) => {
    requests.push(req.originalUrl);
    return available ? next() : res.status(503).end();
  });
  app.use((req, res, next) => {
    if (!refusal || (refusal === 'full' && !isWrite(req.method, req.path))) return next();
    res.status(REFUSALS[refusal].status).json(REFUSALS[refusal].body);
  });
  // Without gzip, as CouchDB answers JSON: compressing each batch of 1,000 documents for a client
  // on the same machine cost the server about a sixth of its time, and the browser more to undo.
  app.use(
    '/',
    expressPouchDB(Pouch, {
      mode: 'minimumForPouchDB',
      overrideMode: { exclude: ['compression'] },
      inMemoryConfig: true,
      logPath: '/dev/null',
    }),
  );
  const listen = (on: number): Promise<Server> =>
    new Promise((resolve) => {
      const s = app.listen(on, '127.0.0.1', () => resolve(s));
    });
  let server = await listen(port);
  const bound = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${bound}`;
  const halt = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return {
    url,
    documents: async (db) => {
      const res = await fetch(`${url}/${db}/_all_docs?include_docs=true`);
      return ((await res.json()) as { rows: Array<{ doc: unknown }> }).rows.map((r) => r.doc);
    },
    requests,
    count: async (db) => ((await (await fetch(`${url}/${db}`)).json()) as { doc_count: number }).doc_count,
    setAvailable: (a) => {
      available = a;
    },
    refuse: (why) => {
      refusal = why;
    },
    halt,
    restart: async () => {
      server = await listen(bound);
    },
    stop: halt,
  };
}
