// The schema, as data: every version's tables and indexes and its upgrade. Kept free of Dexie's
// runtime, so the new tab's first read can check the database without loading Dexie.
import type { Transaction } from 'dexie';
import { lastChanged } from '../model/last-changed';
import { nameKey } from '../model/names';
import { addTo, emptyCounts } from '../model/people-counts';
import type { Person } from '../model/types';
import { pack } from '../sync/packed';
import type { RecordVersion } from '../sync/versions';
import { type TableName, USER_TABLES } from './tables';

export const DB_NAME = 'teachback';

/**
 * Every schema version, oldest first. Only indexed fields are listed. A new version is
 * appended (never edited) together with its upgrade and a fixture in test/fixtures/db/.
 */
export const SCHEMA_VERSIONS: ReadonlyArray<{
  version: number;
  stores: Partial<Record<TableName, string>>;
  upgrade?: (tx: Transaction) => Promise<void>;
}> = [
  {
    version: 1,
    stores: {
      people: 'id, name, direction, status, dueAt, *tags, [status+name], [status+direction]',
      goals: 'id, status, targetDate, *helperIds',
      meetings: 'id, personId, at, [personId+at], plannedAt',
      actions: 'id, personId, meetingId, goalId, openDue, [owner+openDue], [personId+openDue]',
      reflections: 'id, at, promptId, personId',
      insights: 'id, personId, dueAt',
      resources: 'id, kind, url, lessonId, savedAt, *personIds, *goalIds',
      collections: 'id, updatedAt',
      assessments: 'id, [kind+at]',
      prompts: 'id, createdAt',
      settings: 'key',
    },
  },
  {
    // v2: lesson progress (seen, "try this" done). A new table only: nothing to migrate.
    version: 2,
    stores: { lessonProgress: 'lessonId' },
  },
  {
    // v3: counts of active people by direction, kept with every write, so the new tab does
    // not count thousands of index entries on each open. The upgrade counts existing people.
    version: 3,
    stores: { stats: 'key' },
    upgrade: async (tx) => {
      const counts = emptyCounts();
      await tx
        .table('people')
        .toCollection()
        .each((p: Person) => addTo(counts, p, 1));
      await tx.table('stats').put(counts);
    },
  },
  {
    // v4: automatic local snapshots. The list (small) and the data (a whole backup each) are
    // apart, so listing snapshots never loads them. New tables only: nothing to migrate.
    version: 4,
    stores: { snapshots: 'id, at', snapshotData: 'id' },
  },
  {
    // v5: people carry emails, links and where they came from (contacts import). Two new
    // multi-entry indexes let an import or a calendar match find a person by email or source
    // without reading everyone. The fields are optional and new, so no record needs rewriting:
    // Dexie builds the indexes from what is stored.
    version: 5,
    stores: {
      people: 'id, name, direction, status, dueAt, *tags, [status+name], [status+direction], *emails, *sources',
    },
  },
  {
    // v6: people sorted by name as people read names (lib/model/names.ts): an index on a
    // folded key, so the list pages through the database instead of reading everyone to sort.
    // The upgrade writes the key on every person.
    version: 6,
    stores: {
      people: 'id, name, nameKey, direction, status, dueAt, *tags, [status+name], [status+nameKey], [status+direction], *emails, *sources',
    },
    upgrade: async (tx) => {
      await tx
        .table('people')
        .toCollection()
        .modify((p: Person & { nameKey?: string }) => {
          p.nameKey = nameKey(p.name);
        });
    },
  },
  {
    // v7: meetings keep the calendar event they came from (Meeting.event), with a derived
    // key on it so a calendar import finds an event's meetings without reading every meeting.
    // No stored meeting has an event yet, so nothing needs rewriting.
    version: 7,
    stores: { meetings: 'id, personId, at, [personId+at], plannedAt, eventKey' },
  },
  {
    // v8: sync. Every record of the user's carries `updatedAt`, and every change also writes an
    // outbox entry (lib/db/change-tracking.ts), one per record, keyed by `table:key`. Sync keeps,
    // per record, the version this device shows (syncVersions), and its own state (syncState: the
    // device's id and count, the keys, how far it has read). The upgrade dates the records that
    // had no `updatedAt` by the best date they have. Upgrades are not tracked
    // (change-tracking.ts): a device's first sync compares everything.
    version: 8,
    stores: { outbox: 'ref', syncVersions: 'ref, docId, conflicted', syncState: 'key' },
    upgrade: async (tx) => {
      const fallback = new Date().toISOString();
      for (const table of USER_TABLES)
        await tx
          .table(table)
          .toCollection()
          .modify((r: Record<string, unknown>) => {
            r.updatedAt = lastChanged(r) ?? fallback;
          });
    },
  },
  {
    // v9: sync keeps each record's version packed (lib/sync/packed.ts): as first stored, it took
    // 3–4 times the record's own size, and a first sync wrote one per record. The index on
    // `docId` goes: nothing looks a version up by its document.
    version: 9,
    stores: { syncVersions: 'ref, conflicted' },
    upgrade: async (tx) => {
      await tx
        .table('syncVersions')
        .toCollection()
        .modify((r: { version: unknown }) => {
          r.version = pack(r.version as RecordVersion);
        });
    },
  },
];

/** The whole schema as it stood at `version` (each entry above only lists what changed). */
export function storesAt(version: number): Record<string, string> {
  return Object.assign({}, ...SCHEMA_VERSIONS.filter((v) => v.version <= version).map((v) => v.stores));
}

/** The newest version: what a page reading IndexedDB without Dexie expects to find. */
export const LATEST_VERSION = Math.max(...SCHEMA_VERSIONS.map((v) => v.version));
