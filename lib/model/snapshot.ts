export type SnapshotReason = 'daily' | 'manual' | 'before-restore' | 'before-import' | 'before-sync';

/** One automatic or manual copy of everything, kept in this browser. */
export interface SnapshotMeta {
  id: string;
  at: string;
  reason: SnapshotReason;
  /** Size of the stored backup, in bytes (UTF-16 code units ≈ characters). */
  size: number;
  counts: Record<string, number>;
}
