import type { Table } from 'dexie';
import { markWrites } from '../db/change-tracking';
import { db } from '../db/db';
import { deriveAction, deriveMeeting, derivePerson, stripDerived } from '../db/derived';
import { LOCAL_TABLES } from '../db/tables';
import { withUpdatedAt } from '../model/last-changed';
import type { ActionItem, Meeting, Person } from '../model/types';
import { recountPeople } from '../repos/stats';
import { BACKUP_FORMAT, BACKUP_TABLES, BACKUP_VERSION, type BackupTable, type BackupV1 } from './schema';
import { type Checked, parseBackup } from './validate';

export type Progress = (done: number, total: number) => void;

const CHUNK = 2_000;

/** Every table as a v1 backup document, read in one transaction so it is consistent. */
export async function exportBackup(now = new Date()): Promise<BackupV1> {
  const tables = BACKUP_TABLES.map((t) => db.table(t));
  return db.transaction('r', tables, async () => {
    const data: BackupV1['data'] = {};
    for (const t of BACKUP_TABLES)
      data[t] = (await db.table(t).toArray()).map((r: object) => stripDerived(t, r)) as Array<Record<string, unknown>>;
    return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), data };
  });
}

/** The latest held contact per person, so an imported clock is never older than its meetings. */
function lastContacts(meetings: Meeting[]): Map<string, string> {
  const last = new Map<string, string>();
  for (const m of meetings) {
    if ((m.status ?? 'held') !== 'held') continue;
    const prev = last.get(m.personId);
    if (!prev || m.at > prev) last.set(m.personId, m.at);
  }
  return last;
}

/** Records as stored: derived fields computed, and each dated, so sync can order edits. */
function prepare(table: BackupTable, rows: Array<Record<string, unknown>>, backup: BackupV1): object[] {
  const dated = rows.map((r) => withUpdatedAt(r, backup.exportedAt));
  return derive(table, dated, backup);
}

function derive(table: BackupTable, rows: Array<Record<string, unknown>>, backup: BackupV1): object[] {
  switch (table) {
    case 'people': {
      const last = lastContacts((backup.data.meetings ?? []) as unknown as Meeting[]);
      return (rows as unknown as Person[]).map((p) => {
        const seen = last.get(p.id);
        return derivePerson(seen && (!p.lastContactAt || seen > p.lastContactAt) ? { ...p, lastContactAt: seen } : p);
      });
    }
    case 'meetings':
      return (rows as unknown as Meeting[]).map(deriveMeeting);
    case 'actions':
      return (rows as unknown as ActionItem[]).map(deriveAction);
    default:
      return rows;
  }
}

/**
 * Replaces every record with the backup's, in one transaction: if anything fails, the
 * transaction aborts and the data is exactly as it was.
 */
export async function applyBackup(backup: BackupV1, onProgress: Progress = () => {}): Promise<Record<string, number>> {
  const total = BACKUP_TABLES.reduce((n, t) => n + (backup.data[t]?.length ?? 0), 0);
  const counts: Record<string, number> = {};
  let done = 0;
  await db.transaction('rw', db.tables, async (tx) => {
    markWrites(tx, 'replace');
    await Promise.all(db.tables.filter((t) => !(LOCAL_TABLES as string[]).includes(t.name)).map((t) => t.clear()));
    for (const t of BACKUP_TABLES) {
      const rows = prepare(t, backup.data[t] ?? [], backup);
      const table = db.table(t) as Table<object, string>;
      for (let i = 0; i < rows.length; i += CHUNK) {
        await table.bulkAdd(rows.slice(i, i + CHUNK));
        done += Math.min(CHUNK, rows.length - i);
        onProgress(done, total);
      }
      counts[t] = rows.length;
    }
    await recountPeople();
  });
  return counts;
}

export type ImportOutcome = { ok: true; counts: Record<string, number>; ignored: string[] } | Extract<Checked, { ok: false }>;

/** Validates first; only a wholly valid backup is applied. */
export async function importBackupText(text: string, onProgress?: Progress): Promise<ImportOutcome> {
  const checked = parseBackup(text);
  if (!checked.ok) return checked;
  const counts = await applyBackup(checked.backup, onProgress);
  return { ok: true, counts, ignored: checked.ignored };
}
