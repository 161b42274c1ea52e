// PouchDB ships no types, and DefinitelyTyped's pull the DOM library into every file (see
// lib/sync/pouch-types.ts for the part sync uses). Plugins are opaque; the constructor is typed
// just enough for the test server and the tests.
declare module 'pouchdb-core' {
  interface PouchInstance {
    replicate: {
      to(target: PouchInstance | string, options?: object): PouchReplication;
      from(source: PouchInstance | string, options?: object): PouchReplication;
    };
    allDocs(options?: { include_docs?: boolean }): Promise<{ rows: Array<{ id: string; doc?: unknown }> }>;
    /** With `keys`, a row per key: `error` ("not_found") for a document never held. */
    allDocs(options: { keys: string[] }): Promise<{ rows: Array<{ key: string; error?: string }> }>;
    /** For each document, the revisions given that the database does not hold. */
    revsDiff(diff: RevsDiffRequest): Promise<RevsDiffResult>;
    info(): Promise<{ db_name: string; doc_count: number }>;
    /** A live feed of the database's changes (longpoll over http); `cancel` ends it. */
    changes(options: { live: true; since: 'now' | number | string; heartbeat?: number }): PouchFeed;
    destroy(): Promise<unknown>;
    close(): Promise<unknown>;
  }
  type RevsDiffRequest = Record<string, string[]>;
  type RevsDiffResult = Record<string, { missing: string[]; possible_ancestors?: string[] }>;
  /** A replication under way: a promise of its result, and an emitter of its progress. */
  interface PouchReplication extends Promise<{ ok: boolean; docs_written: number }> {
    /** After each batch written to the target; `docs_written`, in this replication so far. */
    on(event: 'change', listener: (info: { docs_written: number }) => void): PouchReplication;
  }
  interface PouchFeed {
    on(event: 'change', listener: (change: { id: string; seq: number | string }) => void): PouchFeed;
    on(event: 'error', listener: (error: unknown) => void): PouchFeed;
    cancel(): void;
  }
  interface PouchStatic {
    new (name: string, options?: { adapter?: string; fetch?: typeof fetch; auth?: { username: string; password: string } }): PouchInstance;
    plugin(plugin: unknown): PouchStatic;
    defaults(options: object): PouchStatic;
  }
  const PouchDB: PouchStatic;
  namespace PouchDB {
    type Database = PouchInstance;
    type RevsDiff = PouchInstance['revsDiff'];
  }
  export default PouchDB;
}
declare module 'pouchdb-adapter-memory';
declare module 'pouchdb-adapter-http';
declare module 'pouchdb-adapter-indexeddb';
declare module 'pouchdb-replication';
declare module 'pouchdb-mapreduce';
declare module 'express-pouchdb';
