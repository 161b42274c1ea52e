import Dexie, { type EntityTable } from 'dexie';
import type { PeopleCounts } from '../model/people-counts';
import type { SnapshotMeta } from '../model/snapshot';
import type { Assessment, Collection, Goal, Insight, LessonProgress, Reflection, Resource, Setting, UserPrompt } from '../model/types';
import type { StoredAction, StoredMeeting, StoredPerson } from './derived';
import { DB_NAME, SCHEMA_VERSIONS } from './schema';

/** The database with every schema version of `schema.ts` declared, oldest first. */
export class AppDB extends Dexie {
  people!: EntityTable<StoredPerson, 'id'>;
  goals!: EntityTable<Goal, 'id'>;
  meetings!: EntityTable<StoredMeeting, 'id'>;
  actions!: EntityTable<StoredAction, 'id'>;
  reflections!: EntityTable<Reflection, 'id'>;
  insights!: EntityTable<Insight, 'id'>;
  resources!: EntityTable<Resource, 'id'>;
  collections!: EntityTable<Collection, 'id'>;
  assessments!: EntityTable<Assessment, 'id'>;
  prompts!: EntityTable<UserPrompt, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  lessonProgress!: EntityTable<LessonProgress, 'lessonId'>;
  stats!: EntityTable<PeopleCounts, 'key'>;
  snapshots!: EntityTable<SnapshotMeta, 'id'>;
  snapshotData!: EntityTable<{ id: string; json: string }, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const v = this.version(version).stores(stores);
      if (upgrade) v.upgrade(upgrade);
    }
  }
}
