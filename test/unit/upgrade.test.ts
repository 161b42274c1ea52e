import { describe, expect, it } from 'vitest';
import { eventKey } from '../../lib/db/derived';
import { SCHEMA_VERSIONS, storesAt } from '../../lib/db/schema';
import { keyOf, type TableName, USER_TABLES } from '../../lib/db/tables';
import { compareText } from '../../lib/model/names';
import type { CalendarEventRef } from '../../lib/model/types';
import { unpack } from '../../lib/sync/packed';
import { emptyVersion, writeLocal } from '../../lib/sync/versions';
import { dbFixtures, upgradeFrom } from './upgrade-harness';

describe('schema upgrades keep every record', () => {
  const fixtures = dbFixtures();

  it('has a frozen fixture for every schema version', () => {
    expect(fixtures.map((f) => f.fixture.version)).toEqual(SCHEMA_VERSIONS.map((v) => v.version));
  });

  it('freezes each version’s schema exactly as it shipped', () => {
    for (const { fixture } of fixtures) expect(storesAt(fixture.version)).toEqual(fixture.stores);
  });

  for (const { name, fixture } of fixtures) {
    it(`opens a database written by schema ${name} and loses nothing`, async () => {
      const db = await upgradeFrom(fixture, `upgrade-${name}`);
      expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version);
      for (const [table, rows] of Object.entries(fixture.tables)) {
        const key = keyOf(table as TableName);
        expect(await db.table(table).count(), table).toBe(rows.length);
        for (const row of rows) expect(await db.table(table).get(row[key] as string), `${table} ${row[key]}`).toMatchObject(row);
      }
      // From v8 every record of the user's says when it was last changed.
      for (const table of USER_TABLES)
        for (const row of await db.table(table).toArray()) expect(row.updatedAt, `${table} updatedAt`).toMatch(/^\d{4}-/);
      // Imports and calendar matching find people by email and by where they came from.
      for (const p of fixture.tables.people ?? []) {
        for (const email of (p.emails as string[] | undefined) ?? [])
          expect((await db.people.where('emails').equals(email).first())?.id, email).toBe(p.id);
        for (const source of (p.sources as string[] | undefined) ?? [])
          expect((await db.people.where('sources').equals(source).first())?.id, source).toBe(p.id);
      }
      // A calendar import finds a meeting by the event occurrence it came from.
      for (const m of fixture.tables.meetings ?? []) {
        const event = m.event as CalendarEventRef | undefined;
        if (event) expect((await db.meetings.where('eventKey').equals(eventKey(event)).first())?.id, event.uid).toBe(m.id);
      }
      // The list pages through people by their name key, in the order people read names.
      const byKey = (await db.people.where('[status+nameKey]').between(['active', ''], ['active', '\uffff']).toArray()).map((p) => p.name);
      expect(byKey).toEqual([...byKey].sort(compareText));
      expect(byKey.length).toBe((fixture.tables.people ?? []).filter((p) => (p.status ?? 'active') === 'active').length);
      // The upgraded indexes answer the glance queries, and the people counts match the people.
      expect(await db.people.where('dueAt').below('9999').count()).toBeGreaterThan(0);
      const people = fixture.tables.people ?? [];
      const active = (d: string) => people.filter((p) => p.direction === d && (p.status ?? 'active') === 'active').length;
      if (fixture.version < 3)
        expect(await db.stats.get('people')).toEqual({
          key: 'people',
          total: people.length,
          active: { up: active('up'), peer: active('peer'), down: active('down'), outside: active('outside') },
        });
      db.close();
    });
  }

  it('packs the versions sync kept before v9, each reading back as it was', async () => {
    const v8 = fixtures.find((f) => f.fixture.version === 8)?.fixture;
    if (!v8) throw new Error('No v8 fixture');
    const version = writeLocal(
      emptyVersion('people:p1'),
      { name: 'Ada', role: 'CTO' },
      { d: 'laptop', c: 2, t: '2026-12-01T09:00:00.000Z' },
    );
    const withVersions = { ...v8, tables: { ...v8.tables, syncVersions: [{ ref: 'people:p1', docId: 'd1', version }] } };
    const db = await upgradeFrom(withVersions, 'upgrade-v8-versions');
    const row = await db.syncVersions.get('people:p1');
    expect(row?.docId).toBe('d1');
    expect(row && unpack(row.version)).toEqual(version);
    db.close();
  });
});
