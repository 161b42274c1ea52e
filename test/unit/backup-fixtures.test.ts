import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBackup, importBackupText } from '../../lib/backup/transfer';
import { getPerson } from '../../lib/repos/people';

const DIR = join(import.meta.dirname, '../fixtures/backup');

describe('every released backup format still imports', () => {
  for (const name of readdirSync(DIR).filter((f) => f.endsWith('.json'))) {
    it(`imports ${name} without losing a record or an unknown field`, async () => {
      const text = readFileSync(join(DIR, name), 'utf8');
      const original = JSON.parse(text);
      const r = await importBackupText(text);
      expect(r.ok).toBe(true);
      const out = await exportBackup();
      for (const [table, rows] of Object.entries(original.data as Record<string, Array<{ id: string }>>)) {
        expect(out.data[table as keyof typeof out.data]?.length, table).toBe(rows.length);
        for (const row of rows) expect(out.data[table as keyof typeof out.data]?.find((x) => x.id === row.id)).toMatchObject(row);
      }
      expect(await getPerson('minimal-person')).toMatchObject({ name: 'Minimal <b>Person</b>', pronouns: 'they/them', status: 'active' });
    });
  }
});
