// "Changed on two devices": the records where two devices edited the same field without seeing
// each other's edit. Sync shows the later value and keeps the other; the user sees both here and
// keeps either (lib/repos/conflicts.ts), and that choice syncs like any edit.
import { db } from '../db/db';
import { splitRef } from './apply';
import { unpack } from './packed';
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
