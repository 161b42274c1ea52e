// The rows sync keeps on this device. Types only: the logic is in lib/sync.
import type { PackedVersion } from '../sync/packed';

/** The version of one record that this device's data reflects, and the document that holds it. */
export interface SyncedVersion {
  ref: string;
  docId: string;
  /** Packed: `unpack` from lib/sync/packed.ts reads it. */
  version: PackedVersion;
  /** Present (`1`) only while some field holds values from two devices: an index lists them. */
  conflicted?: 1;
}

/** One piece of sync's own state (device id, edit count, keys, checkpoints), by name. */
export interface SyncStateRow {
  key: string;
  value: unknown;
}
