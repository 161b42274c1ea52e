// Freezes the current schema version's data as fixtures. Run once when a version ships;
// the files are then never edited, so tests prove every later version still reads them.
// Usage: tsx scripts/freeze-fixtures.ts
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deriveAction, deriveMeeting, derivePerson } from '../lib/db/derived.ts';
import { SCHEMA_VERSIONS, storesAt } from '../lib/db/schema.ts';
import { USER_TABLES } from '../lib/db/tables.ts';
import { generateDemo } from '../lib/demo/generate.ts';
import { withUpdatedAt } from '../lib/model/last-changed.ts';
import type { ActionItem, Meeting, Person } from '../lib/model/types.ts';

const dir = join(import.meta.dirname, '../test/fixtures');
const current = SCHEMA_VERSIONS.at(-1);
if (!current) throw new Error('no schema versions');
const { version } = current;
const doc = generateDemo({ people: 12, meetings: 60, seed: 7, now: new Date('2026-11-26T12:00:00Z') });

// From v5 people carry emails, links and an import source; a few of them get some, so later
// versions prove those survive too (and that their indexes are rebuilt).
function withContactFields(p: Person, i: number): Person {
  if (version < 5 || i > 2) return p;
  const handle = p.name.toLowerCase().replace(/[^a-z]+/g, '.');
  return { ...p, emails: [`${handle}@example.org`], links: [`https://www.linkedin.com/in/${handle}`], sources: [`vcard:uid-${i}`] };
}

function outboxSample(p: Person): unknown[] {
  const at = '2026-12-01T09:00:00.000Z';
  return [
    { ref: `people:${p.id}`, table: 'people', key: p.id, op: 'put', at, stamp: 'fixture-1' },
    { ref: 'meetings:gone-meeting', table: 'meetings', key: 'gone-meeting', op: 'delete', at, stamp: 'fixture-2' },
  ];
}

// From v7 meetings keep the calendar event they were read from; a few get one (one of them an
// occurrence of a recurring event), so later versions prove the event and its index survive.
function withEvent(m: Meeting, i: number): Meeting {
  if (version < 7 || i > 2) return m;
  const recurrenceId = i === 1 ? m.at : undefined;
  return {
    ...m,
    event: { uid: `event-${i}@calendar.example`, ...(recurrenceId ? { recurrenceId } : {}), from: i === 2 ? 'subscription' : 'file' },
  };
}

const dbFile = join(dir, `db/v${current.version}.json`);
if (existsSync(dbFile)) console.log(`${dbFile} exists; frozen fixtures are never rewritten`);
else {
  const tables: Record<string, unknown[]> = {
    ...doc.data,
    settings: [{ key: 'theme', value: 'system' }],
    lessonProgress: [{ lessonId: 'the-80-20-split', seenAt: '2026-11-20T08:00:00.000Z', triedAt: '2026-11-21T08:00:00.000Z' }],
  };
  for (const table of Object.keys(tables)) if (!(table in storesAt(current.version))) delete tables[table];
  tables.people = (doc.data.people as unknown as Person[]).map(withContactFields).map(derivePerson);
  tables.meetings = (doc.data.meetings as unknown as Meeting[]).map(withEvent).map(deriveMeeting);
  tables.actions = (doc.data.actions as unknown as ActionItem[]).map(deriveAction);
  // From v8 every record of the user's carries updatedAt.
  if (version >= 8)
    for (const table of USER_TABLES)
      tables[table] = (tables[table] ?? []).map((r) => withUpdatedAt(r as object, '2026-11-26T12:00:00.000Z'));
  // From v8 changes wait in an outbox for sync: one edit and one delete, so later versions keep them.
  if (version >= 8) tables.outbox = outboxSample(tables.people[0] as Person);
  writeFileSync(dbFile, `${JSON.stringify({ version: current.version, stores: storesAt(current.version), tables }, null, 1)}\n`);
  console.log(`wrote ${dbFile}`);
}

const backupFile = join(dir, 'backup/v1.json');
if (!existsSync(backupFile)) {
  // Unknown fields and minimal records, as a newer or hand-made backup might have them.
  const people = doc.data.people as Array<Record<string, unknown>>;
  people.push({ id: 'minimal-person', name: 'Minimal <b>Person</b>', direction: 'outside', pronouns: 'they/them' });
  (doc.data.meetings as Array<Record<string, unknown>>).push({
    id: 'minimal-meeting',
    personId: 'minimal-person',
    at: '2026-10-01T10:00:00Z',
    location: 'Café',
  });
  (doc.data.actions as Array<Record<string, unknown>>).push({ id: 'minimal-action', text: 'Say thanks', owner: 'me' });
  (doc.data.goals as Array<Record<string, unknown>>).push({ id: 'minimal-goal', title: 'Just a title' });
  writeFileSync(backupFile, `${JSON.stringify(doc, null, 1)}\n`);
  console.log(`wrote ${backupFile}`);
}
