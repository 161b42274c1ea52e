// "Changed on two devices": the records where two devices edited the same field without seeing
// each other's edit. Sync shows the later value and keeps the other; the user sees both here and
// keeps either (lib/repos/conflicts.ts), and that choice syncs like any edit. And the records an
// edit elsewhere brought back after a delete here: nothing comes back without the user being told.
import { db } from '../db/db';
import type { UserTable } from '../db/tables';
import { exactDate } from '../format/relative';
import { splitRef } from './apply';
import { unpack } from './packed';
import { readStatus } from './status';
import { conflictsOf, type FieldValue } from './versions';

export interface RecordConflict {
  ref: string;
  /** What the record is, as the user names it. */
  label: string;
  field: string;
  shown: FieldValue;
  others: FieldValue[];
}

const LIMIT = 50;

function labelOf(table: string, row: Record<string, unknown> | undefined): string {
  const name = row?.name ?? row?.title ?? row?.text ?? row?.key;
  return typeof name === 'string' && name ? name : `a record in ${table}`;
}

/** The first conflicts (rarely more than a few), by record. */
export async function listConflicts(): Promise<RecordConflict[]> {
  const versions = await db.syncVersions.where('conflicted').equals(1).limit(LIMIT).toArray();
  const out: RecordConflict[] = [];
  for (const v of versions) {
    const { table, key } = splitRef(v.ref);
    const row = (await db.table(table).get(key)) as Record<string, unknown> | undefined;
    for (const c of conflictsOf(unpack(v.version))) out.push({ ref: v.ref, label: labelOf(table, row), ...c });
  }
  return out;
}

export interface RevivedRecord {
  ref: string;
  /** What kind of record, as the dashboard names it. */
  kind: string;
  label: string;
  /** Where the dashboard shows it. */
  href: string;
}

const KINDS: Record<UserTable, [kind: string, area: string]> = {
  people: ['Person', 'people'],
  goals: ['Goal', 'goals'],
  meetings: ['Meeting', 'people'],
  actions: ['Action', 'actions'],
  reflections: ['Reflection', 'reflections'],
  insights: ['Insight', 'insights'],
  resources: ['Saved page', 'resources'],
  collections: ['Collection', 'collections'],
  assessments: ['Self-assessment', 'assessments'],
  prompts: ['Reflection prompt', 'reflections'],
  lessonProgress: ['Lesson progress', 'library'],
  settings: ['Setting', 'settings'],
};

function hrefOf(table: UserTable, key: string, row: Record<string, unknown>): string {
  if (table === 'people') return `#/people/${key}`;
  if (table === 'meetings' && typeof row.personId === 'string') return `#/people/${row.personId}`;
  return `#/${KINDS[table][1]}`;
}

/** A meeting has no name of its own: it is named by whom it was with, and when. */
async function revivedLabel(table: UserTable, row: Record<string, unknown>): Promise<string> {
  if (table !== 'meetings') return labelOf(table, row);
  const person = await db.people.get(String(row.personId));
  return `${person?.name ?? 'Someone'}, ${exactDate(String(row.at))}`;
}

/** The records that came back after a delete here, as they are now; one deleted again since is left out. */
export async function listRevived(): Promise<RevivedRecord[]> {
  const out: RevivedRecord[] = [];
  for (const ref of (await readStatus()).revived ?? []) {
    const { table, key } = splitRef(ref);
    const row = (await db.table(table).get(key)) as Record<string, unknown> | undefined;
    if (row) out.push({ ref, kind: KINDS[table][0], label: await revivedLabel(table, row), href: hrefOf(table, key, row) });
  }
  return out;
}
