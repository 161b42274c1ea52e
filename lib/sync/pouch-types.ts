// The part of PouchDB's API that sync uses, typed here: DefinitelyTyped's PouchDB types pull
// the DOM library into every file of the project, which changes Node's Buffer types elsewhere.

export interface PouchDoc {
  _id: string;
  _rev: string;
  _deleted?: boolean;
  _conflicts?: string[];
}

export interface PouchWriteResult {
  ok?: boolean;
  id: string;
  rev: string;
  error?: string;
  message?: string;
  status?: number;
}

export interface PouchChange<T> {
  id: string;
  seq: number | string;
  deleted?: boolean;
  doc?: T & PouchDoc;
}

export interface PouchReplicationResult {
  ok: boolean;
  docs_read?: number;
  docs_written?: number;
  errors?: unknown[];
}

export interface PouchDatabase<T> {
  get(id: string, options: { open_revs: 'all' }): Promise<Array<{ ok: T & PouchDoc } | { missing: string }>>;
  bulkDocs(docs: Array<Partial<PouchDoc> & Partial<T> & { _id: string }>): Promise<Array<PouchWriteResult>>;
  allDocs(options: {
    keys: string[];
    include_docs: true;
    conflicts: true;
  }): Promise<{ rows: Array<{ key: string; error?: string; value?: { rev: string; deleted?: boolean }; doc?: (T & PouchDoc) | null }> }>;
  changes(options: {
    since: number | string;
    include_docs: true;
    conflicts: true;
    limit: number;
  }): Promise<{ results: Array<PouchChange<T>>; last_seq: number | string }>;
  info(): Promise<{ update_seq: number | string }>;
  destroy(): Promise<unknown>;
  close(): Promise<unknown>;
}
