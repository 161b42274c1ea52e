import type { core } from 'zod';
import { keyOf } from '../db/tables';
import { BACKUP_FORMAT, BACKUP_TABLES, BACKUP_VERSION, type BackupTable, type BackupV1, RECORD_SCHEMAS, REFERENCES } from './schema';

export interface Problem {
  /** Where in the file, e.g. `data.people[3].direction`. Empty for the file as a whole. */
  path: string;
  message: string;
}

export type Checked = { ok: true; backup: BackupV1; ignored: string[] } | { ok: false; problems: Problem[] };

/** Enough to fix a file without drowning the user. */
export const MAX_PROBLEMS = 20;

const fail = (path: string, message: string): Checked => ({ ok: false, problems: [{ path, message }] });

function show(value: unknown): string {
  const s =
    typeof value === 'string'
      ? JSON.stringify(value)
      : Array.isArray(value)
        ? 'a list'
        : value === null
          ? 'null'
          : typeof value === 'object'
            ? 'an object'
            : String(value);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

function pathOf(base: string, segments: ReadonlyArray<PropertyKey>): string {
  return segments.reduce<string>((p, s) => (typeof s === 'number' ? `${p}[${s}]` : `${p}.${String(s)}`), base);
}

function explain(issue: core.$ZodIssue, record: unknown): string {
  const got = issue.path.reduce<unknown>(
    (v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined),
    record,
  );
  switch (issue.code) {
    case 'invalid_type':
      return got === undefined
        ? 'is missing'
        : `must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}, not ${show(got)}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map(String).join(', ')} (got ${show(got)})`;
    case 'too_small':
    case 'too_big':
      return `${issue.message.replace(/^Too (small|big): expected \w+ to (have )?/, 'must be ')} (got ${show(got)})`;
    default:
      return `${issue.message} (got ${show(got)})`;
  }
}

/** Reads the outer envelope; the records are checked by `checkRecords`. */
function checkEnvelope(doc: unknown): Checked | { ok: 'records'; data: Record<string, unknown> } {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    return fail('', 'This is JSON, but not a Teachback backup: a backup is one JSON object.');
  const d = doc as Record<string, unknown>;
  if (d.format !== BACKUP_FORMAT)
    return fail(
      'format',
      `must be "${BACKUP_FORMAT}" (got ${d.format === undefined ? 'nothing' : show(d.format)}): this file is not a Teachback backup.`,
    );
  if (d.version !== BACKUP_VERSION) {
    if (typeof d.version === 'number' && d.version > BACKUP_VERSION)
      return fail(
        'version',
        `This backup was made by a newer Teachback (format version ${d.version}); this one reads version ${BACKUP_VERSION}. Update Teachback, then import again.`,
      );
    return fail('version', `must be ${BACKUP_VERSION} (got ${d.version === undefined ? 'nothing' : show(d.version)}).`);
  }
  if (typeof d.exportedAt !== 'string' || Number.isNaN(Date.parse(d.exportedAt)))
    return fail('exportedAt', `must be an ISO-8601 date (got ${show(d.exportedAt)}).`);
  if (d.data === undefined) return fail('data', 'is missing: a backup keeps its records under "data".');
  if (typeof d.data !== 'object' || d.data === null || Array.isArray(d.data))
    return fail('data', `must be an object of record lists (got ${show(d.data)}).`);
  return { ok: 'records', data: d.data as Record<string, unknown> };
}

function checkRecords(data: Record<string, unknown>, problems: Problem[]): Map<BackupTable, Set<string>> {
  const idsByTable = new Map<BackupTable, Set<string>>();
  for (const table of BACKUP_TABLES) {
    const rows = data[table];
    const seen = new Map<string, number>();
    idsByTable.set(table, new Set());
    if (rows === undefined) continue;
    if (!Array.isArray(rows)) {
      problems.push({ path: `data.${table}`, message: `must be a list of records (got ${show(rows)}).` });
      continue;
    }
    const schema = RECORD_SCHEMAS[table];
    const key = keyOf(table);
    for (let i = 0; i < rows.length && problems.length < MAX_PROBLEMS; i++) {
      const row = rows[i];
      const base = `data.${table}[${i}]`;
      const result = schema.safeParse(row);
      if (!result.success) {
        for (const issue of result.error.issues.slice(0, 3))
          problems.push({ path: pathOf(base, issue.path), message: explain(issue, row) });
        continue;
      }
      const id = (row as Record<string, string>)[key] as string;
      const first = seen.get(id);
      if (first !== undefined)
        problems.push({
          path: `${base}.${key}`,
          message: `repeats the ${key} of data.${table}[${first}] (${show(id)}); every ${key} must be unique.`,
        });
      else seen.set(id, i);
    }
    idsByTable.set(table, new Set(seen.keys()));
  }
  return idsByTable;
}

function checkReferences(data: Record<string, unknown>, ids: Map<BackupTable, Set<string>>, problems: Problem[]): void {
  for (const ref of REFERENCES) {
    const rows = data[ref.table];
    const targets = ids.get(ref.target);
    if (!Array.isArray(rows) || !targets) continue;
    for (let i = 0; i < rows.length && problems.length < MAX_PROBLEMS; i++) {
      const value = (rows[i] as Record<string, unknown>)[ref.field];
      const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
      list.forEach((target, j) => {
        if (typeof target === 'string' && !targets.has(target) && problems.length < MAX_PROBLEMS) {
          const path = `data.${ref.table}[${i}].${ref.field}${Array.isArray(value) ? `[${j}]` : ''}`;
          problems.push({ path, message: `refers to a ${ref.what} that is not in the backup (${show(target)}).` });
        }
      });
    }
  }
}

/** Checks a parsed document against format v1: envelope, every record, unique ids, references. */
export function checkBackup(doc: unknown): Checked {
  const envelope = checkEnvelope(doc);
  if (envelope.ok !== 'records') return envelope;
  const problems: Problem[] = [];
  const ids = checkRecords(envelope.data, problems);
  if (problems.length === 0) checkReferences(envelope.data, ids, problems);
  if (problems.length > 0) return { ok: false, problems };
  const ignored = Object.keys(envelope.data).filter((k) => !(BACKUP_TABLES as string[]).includes(k));
  return { ok: true, backup: doc as BackupV1, ignored };
}

/** Parses the text of a file and checks it. */
export function parseBackup(text: string): Checked {
  if (text.trim() === '') return fail('', 'The file is empty.');
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return fail('', `This file is not a Teachback backup: it is not valid JSON (${(e as Error).message}).`);
  }
  return checkBackup(doc);
}

/**
 * Looks only at the first bytes of a file, so that a large file that is plainly not a
 * backup is refused at once instead of after reading it all.
 */
export function sniffBackup(head: string, size: number): Problem | undefined {
  if (size === 0 || head.trim() === '') return { path: '', message: 'The file is empty.' };
  const start = head.replace(/^\uFEFF/, '').trimStart();
  if (!start.startsWith('{'))
    return { path: '', message: 'This file is not a Teachback backup: a backup is a JSON document that starts with “{”.' };
  const format = /"format"\s*:\s*("(?:[^"\\]|\\.)*")/.exec(start);
  if (format?.[1] && JSON.parse(format[1]) !== BACKUP_FORMAT)
    return {
      path: 'format',
      message: `must be "${BACKUP_FORMAT}" (got ${show(JSON.parse(format[1]))}): this file is not a Teachback backup.`,
    };
  return undefined;
}
