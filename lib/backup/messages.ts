import type { Problem } from './validate';

/** Requests the dashboard sends to the backup worker. */
export type BackupRequest = { type: 'import'; file: File } | { type: 'export' };

/** What the worker answers: progress while it works, then one result. */
export type BackupReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'imported'; counts: Record<string, number>; ignored: string[] }
  | { type: 'invalid'; problems: Problem[] }
  | { type: 'exported'; json: string; counts: Record<string, number> }
  | { type: 'failed'; message: string };
