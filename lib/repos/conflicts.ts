// The user's answer to "changed on two devices": one value kept for a field.
import { db } from '../db/db';
import { deriveRow, stripDerived } from '../db/derived';
import { nowIso } from '../ids';
import type { Person } from '../model/types';
import { splitRef } from '../sync/apply';
import { adjustPeopleCounts } from './stats';

/**
 * Keeps `value` for `field`: written to the record, and marked as settling that field, so the
 * next round sets the other values aside on every device.
 */
export async function keepValue(ref: string, field: string, value: unknown): Promise<void> {
  const { table, key } = splitRef(ref);
  await db.transaction('rw', db.table(table), db.outbox, db.stats, async () => {
    const row = (await db.table(table).get(key)) as Record<string, unknown> | undefined;
    if (!row) return;
    const before = stripDerived(table, row);
    const next: Record<string, unknown> = { ...before, [field]: value, updatedAt: nowIso() };
    if (value === undefined) delete next[field];
    await db.table(table).put(deriveRow(table, next));
    if (table === 'people') await adjustPeopleCounts(before as unknown as Person, next as unknown as Person);
    const entry = await db.outbox.get(ref);
    if (entry) await db.outbox.put({ ...entry, settle: [...new Set([...(entry.settle ?? []), field])] });
  });
}
