import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { db } from '../db/db';
import { generateDemo } from '../demo/generate';
import { withUpdatedAt } from '../model/last-changed';
import { countAll } from '../repos/everything';
import { getPerson, listPeople } from '../repos/people';
import type { BackupV1 } from './schema';
import { applyBackup, exportBackup, importBackupText } from './transfer';

const NOW = new Date('2026-11-26T12:00:00Z');
const byId = (rows: Array<Record<string, unknown>> = []) =>
  [...rows].sort((a, b) => String(a.id ?? a.key).localeCompare(String(b.id ?? b.key)));

/** Records as an import stores them: each dated (the backup's date when it carries none). */
const dated = (rows: Array<Record<string, unknown>> = [], at: string) => rows.map((r) => withUpdatedAt(r, at));

const isoDate = fc.date({ min: new Date('2000-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
const extra = fc.dictionary(
  fc.string({ minLength: 1, maxLength: 6 }).map((k) => `x_${k}`),
  fc.oneof(fc.string(), fc.integer(), fc.boolean()),
  { maxKeys: 2 },
);

/** Any valid network: references resolve, ids are unique, unknown fields appear anywhere. */
const network = fc
  .uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 12 })
  .chain((ids) => {
    const personIds = ids.map((s) => `p:${s}`);
    const pid = fc.constantFrom(...personIds);
    const people = fc.tuple(
      ...personIds.map((id) =>
        fc
          .record({
            name: fc.string({ minLength: 1 }),
            direction: fc.constantFrom('up', 'peer', 'down', 'outside'),
            status: fc.constantFrom('active', 'paused', 'ended'),
            teachBack: fc.string(),
            emails: fc.array(fc.emailAddress(), { maxLength: 2 }),
            links: fc.array(fc.webUrl(), { maxLength: 1 }),
            sources: fc.array(fc.string({ minLength: 1 }), { maxLength: 1 }),
            extra,
          })
          .map(({ extra: x, ...p }) => ({ id, ...p, ...x })),
      ),
    );
    const meetings = fc.uniqueArray(
      fc
        .record({
          id: fc.string({ minLength: 1 }),
          personId: pid,
          at: isoDate,
          status: fc.constantFrom('planned', 'held', 'cancelled'),
          notes: fc.string(),
          rapport: fc.integer({ min: 1, max: 5 }),
          extra,
        })
        .map(({ extra: x, ...m }) => ({ ...m, ...x })),
      { selector: (m) => m.id, maxLength: 20 },
    );
    const actions = fc.uniqueArray(
      fc
        .record({
          id: fc.string({ minLength: 1 }),
          text: fc.string(),
          owner: fc.constantFrom('me', 'them'),
          personId: pid,
          dueAt: fc.option(isoDate, { nil: undefined }),
          doneAt: fc.option(isoDate, { nil: undefined }),
        })
        .map((a) => JSON.parse(JSON.stringify(a))),
      { selector: (a) => a.id, maxLength: 15 },
    );
    const goals = fc.uniqueArray(
      fc.record({
        id: fc.string({ minLength: 1 }),
        title: fc.string({ minLength: 1 }),
        helperIds: fc.array(pid, { maxLength: 3 }),
        progress: fc.integer({ min: 0, max: 100 }),
      }),
      { selector: (g) => g.id, maxLength: 6 },
    );
    const reflections = fc.uniqueArray(fc.record({ id: fc.string({ minLength: 1 }), at: isoDate, text: fc.string() }), {
      selector: (r) => r.id,
      maxLength: 5,
    });
    return fc.record({ people, meetings, actions, goals, reflections });
  })
  .map(
    (data): BackupV1 => ({
      format: 'teachback-backup',
      version: 1,
      exportedAt: NOW.toISOString(),
      data: data as unknown as BackupV1['data'],
    }),
  );

describe('backup round trip', () => {
  it('any valid network imports, exports and re-imports identically', async () => {
    await fc.assert(
      fc.asyncProperty(network, async (doc) => {
        const result = await importBackupText(JSON.stringify(doc));
        expect(result.ok).toBe(true);
        const first = await exportBackup(NOW);
        for (const t of ['meetings', 'actions', 'goals', 'reflections'] as const)
          expect(byId(first.data[t])).toEqual(byId(dated(doc.data[t], doc.exportedAt)));
        // People come back as given, except that the clock is never older than the latest held meeting.
        for (const p of doc.data.people ?? []) {
          const held = (doc.data.meetings ?? []).filter((m) => m.personId === p.id && m.status === 'held').map((m) => String(m.at));
          const expected = held.length ? held.sort().at(-1) : undefined;
          const [given] = dated([p], doc.exportedAt);
          expect(first.data.people?.find((x) => x.id === p.id)).toEqual(expected ? { ...given, lastContactAt: expected } : given);
        }
        await importBackupText(JSON.stringify(first));
        const second = await exportBackup(NOW);
        expect(second).toEqual(first);
      }),
      { numRuns: 40 },
    );
  });

  it('a demo network round-trips exactly', async () => {
    const doc = generateDemo({ people: 30, meetings: 200, now: NOW });
    await applyBackup(doc);
    const out = await exportBackup(NOW);
    for (const t of Object.keys(doc.data) as Array<keyof BackupV1['data']>)
      expect(byId(out.data[t])).toEqual(byId(dated(doc.data[t], doc.exportedAt)));
  });
});

describe('import is all or nothing', () => {
  it('a refused file changes nothing', async () => {
    await applyBackup(generateDemo({ people: 5, meetings: 10, now: NOW }));
    const before = await exportBackup(NOW);
    const bad = structuredClone(before);
    (bad.data.meetings?.[1] as Record<string, unknown>).personId = 'ghost';
    const r = await importBackupText(JSON.stringify(bad));
    expect(r.ok).toBe(false);
    expect(await exportBackup(NOW)).toEqual(before);
  });

  it('a failure while writing rolls everything back', async () => {
    await applyBackup(generateDemo({ people: 5, meetings: 10, now: NOW, seed: 1 }));
    const before = await exportBackup(NOW);
    const spy = vi.spyOn(db.table('actions'), 'bulkAdd').mockRejectedValueOnce(new Error('disk full'));
    await expect(applyBackup(generateDemo({ people: 50, meetings: 100, now: NOW, seed: 2 }))).rejects.toThrow('disk full');
    spy.mockRestore();
    expect(await exportBackup(NOW)).toEqual(before);
  });

  it('reports progress up to the total', async () => {
    const doc = generateDemo({ people: 200, meetings: 4_000, now: NOW });
    const seen: number[] = [];
    await applyBackup(doc, (done, total) => {
      seen.push(done);
      expect(done).toBeLessThanOrEqual(total);
    });
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.at(-1)).toBe(Object.values(await countAll()).reduce((a, b) => a + b, 0));
  });
});

describe('hostile and large content', () => {
  it('stores HTML and script in strings as plain text', async () => {
    const doc = generateDemo({ people: 3, meetings: 3, now: NOW });
    const evil = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    (doc.data.people?.[0] as Record<string, unknown>).name = evil;
    await applyBackup(doc);
    const id = String(doc.data.people?.[0]?.id);
    expect((await getPerson(id))?.name).toBe(evil);
  });

  it('imports a 20 MB backup', async () => {
    // The size from long notes rather than from 40,000 records: the in-memory database of these
    // tests is many times slower than a browser's, and the file's size is what is tested here.
    const doc = generateDemo({ people: 400, meetings: 4_000, now: NOW });
    for (const m of doc.data.meetings ?? []) (m as Record<string, unknown>).notes = `${m.notes}\n\n${'A long note. '.repeat(400)}`;
    const text = JSON.stringify(doc);
    expect(text.length).toBeGreaterThan(20_000_000);
    const r = await importBackupText(text);
    expect(r.ok && r.counts.meetings).toBe(4_000);
    expect(await listPeople({}, 5)).toHaveLength(5);
  });

  it('refuses a 20 MB file that is not a backup, leaving data intact', async () => {
    await applyBackup(generateDemo({ people: 4, meetings: 4, now: NOW }));
    const junk = `{"format":"teachback-backup","version":1,"exportedAt":"2026-01-01T00:00:00Z","data":{"people":[${'{"id":"x"},'.repeat(1_900_000)}{}]}}`;
    expect(junk.length).toBeGreaterThan(20_000_000);
    const r = await importBackupText(junk);
    expect(!r.ok && r.problems[0]?.path).toBe('data.people[0].name');
    expect((await countAll()).people).toBe(4);
  });
});
