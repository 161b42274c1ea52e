import type { SnapshotMeta } from '../model/snapshot';
import type { Problem } from './validate';

/** Requests the dashboard sends to the backup worker. */
export type BackupRequest =
  | { type: 'check'; file: File }
  | { type: 'import'; file: File }
  | { type: 'export' }
  | { type: 'demo' }
  | { type: 'snapshot' }
  | { type: 'restore'; id: string };

/** What the worker answers: progress while it works, then one result. */
export type BackupReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'checked'; counts: Record<string, number>; exportedAt: string; ignored: string[] }
  | { type: 'imported'; counts: Record<string, number>; ignored: string[] }
  | { type: 'invalid'; problems: Problem[] }
  | { type: 'exported'; json: string; counts: Record<string, number> }
  | { type: 'snapshotted'; snapshot: SnapshotMeta }
  | { type: 'restored'; undo: SnapshotMeta }
  | { type: 'failed'; message: string };
