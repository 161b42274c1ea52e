// Every table, declared once: what it holds, its key, and where its records go (backups and
// snapshots, sync). The Dexie tables, the backup's lists, the direct reader's stores and the sync's
// tracked tables are all derived from here, so a table cannot be added in one place and forgotten in
// another, and a misspelt table name does not compile.
import type { PeopleCounts } from '../model/people-counts';
import type { SnapshotMeta } from '../model/snapshot';
import type { Assessment, Collection, Goal, Insight, LessonProgress, Reflection, Resource, Setting, UserPrompt } from '../model/types';
import type { OutboxEntry } from './change-tracking';
import type { StoredAction, StoredMeeting, StoredPerson } from './derived';
import type { SyncedVersion, SyncStateRow } from './sync-rows';

/** The row each table stores. */
export interface Rows {
  people: StoredPerson;
  goals: Goal;
  meetings: StoredMeeting;
  actions: StoredAction;
  reflections: Reflection;
  insights: Insight;
  resources: Resource;
  collections: Collection;
  assessments: Assessment;
  prompts: UserPrompt;
  settings: Setting;
  lessonProgress: LessonProgress;
  stats: PeopleCounts;
  snapshots: SnapshotMeta;
  snapshotData: { id: string; json: string };
  outbox: OutboxEntry;
  syncVersions: SyncedVersion;
  syncState: SyncStateRow;
}

export type TableName = keyof Rows;

/**
 * - `user`: the user's records: in every backup and snapshot, and synced.
 * - `kept`: figures kept up to date from the user's records (recomputed, never exported).
 * - `local`: this device's own machinery (snapshots, the sync's outbox): never exported or synced,
 *   and left alone by an import.
 */
export type TableRole = 'user' | 'kept' | 'local';

interface TableSpec<Row> {
  key: keyof Row & string;
  role: TableRole;
}

export const TABLES = {
  people: { key: 'id', role: 'user' },
  goals: { key: 'id', role: 'user' },
  meetings: { key: 'id', role: 'user' },
  actions: { key: 'id', role: 'user' },
  reflections: { key: 'id', role: 'user' },
  insights: { key: 'id', role: 'user' },
  resources: { key: 'id', role: 'user' },
  collections: { key: 'id', role: 'user' },
  assessments: { key: 'id', role: 'user' },
  prompts: { key: 'id', role: 'user' },
  settings: { key: 'key', role: 'user' },
  lessonProgress: { key: 'lessonId', role: 'user' },
  stats: { key: 'key', role: 'kept' },
  snapshots: { key: 'id', role: 'local' },
  snapshotData: { key: 'id', role: 'local' },
  outbox: { key: 'ref', role: 'local' },
  syncVersions: { key: 'ref', role: 'local' },
  syncState: { key: 'key', role: 'local' },
} as const satisfies { [T in TableName]: TableSpec<Rows[T]> };

export type KeyOf<T extends TableName> = (typeof TABLES)[T]['key'];

const names = Object.keys(TABLES) as TableName[];

export type UserTable = { [T in TableName]: (typeof TABLES)[T]['role'] extends 'user' ? T : never }[TableName];

/** The user's tables, in the order a backup lists them. */
export const USER_TABLES = names.filter((t): t is UserTable => TABLES[t].role === 'user');

/** The device's own tables: an import or a restore never touches them. */
export const LOCAL_TABLES = names.filter((t) => TABLES[t].role === 'local');

/** The tables a read of the user's data opens: everything but the device's own machinery. */
export const READ_TABLES = names.filter((t) => TABLES[t].role !== 'local');

export function keyOf<T extends TableName>(table: T): KeyOf<T> {
  return TABLES[table].key;
}
