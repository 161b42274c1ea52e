import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { restoreSnapshot } from '../backup/snapshots';
import { db } from '../db/db';
import { addMeeting, getMeeting, meetingsForPerson, nextPlannedWith, updateMeeting } from '../repos/meetings';
import { addPerson, getPerson, listPeople } from '../repos/people';
import type { CalendarReply } from './messages';
import { type CalendarPreview, type NewcomerChoice, planCalendar, planSummary } from './preview';
import { runCalendarRequest } from './run-request';

const NOW = new Date('2026-11-10T12:00:00Z');
const DIR = join(import.meta.dirname, '../../test/fixtures/calendar');
const file = (name: string, text = readFileSync(join(DIR, name), 'utf8')) => new File([text], name);

async function preview(f: File, now = NOW, pastDays = 90): Promise<CalendarPreview> {
  const r = await runCalendarRequest({ type: 'preview', file: f, pastDays, now: now.toISOString() });
  if (r.type !== 'preview') throw new Error(JSON.stringify(r));
  return r.preview;
}

async function apply(p: CalendarPreview, add: NewcomerChoice[] = [], now = NOW): Promise<Extract<CalendarReply, { type: 'applied' }>> {
  const r = await runCalendarRequest({ type: 'apply', plan: planCalendar(p, add, 'file'), now: now.toISOString() });
  if (r.type !== 'applied') throw new Error(JSON.stringify(r));
  return r;
}

const grace = () => addPerson({ name: 'Grace Okafor', direction: 'up', emails: ['grace.okafor@example.org'] }, '2026-06-01T00:00:00.000Z');

describe('matching a calendar to the network', () => {
  it('matches by email, then by name folded, and lists everyone else once', async () => {
    const g = await grace();
    const ama = await addPerson({ name: 'Amá  MENSAH', direction: 'up' });
    const google = await preview(file('google-export.ics'));
    const weekly = google.events.filter((e) => e.title.startsWith('Sam / Grace'));
    expect(weekly.every((e) => e.people.length === 1 && e.people[0]?.id === g.id)).toBe(true);
    expect(google.strangers.map((s) => [s.name, s.email, s.events])).toEqual([
      ['Tomás Ruiz', 'tomas.ruiz@example.es', 1],
      ['Lena Fischer', 'lena.fischer@example.com', 1],
    ]);
    expect(google.cancelled).toHaveLength(1);
    const outlook = await preview(file('outlook-export.ics'));
    expect(outlook.events.filter((e) => e.people[0]?.id === ama.id)).toHaveLength(4);
    expect(outlook.strangers.map((s) => s.name)).toEqual(['Jonas Weber']);
    // Previewing stores nothing.
    expect(await db.meetings.count()).toBe(0);
  });
});

describe('applying a calendar', () => {
  it('past occurrences become held contacts that reset the clock, future ones planned meetings; a second import changes nothing', async () => {
    const g = await grace();
    const first = await apply(await preview(file('google-export.ics')));
    expect(first.applied).toEqual({ people: 0, planned: 6, held: 10, moved: 0, cancelled: 0 });
    expect(first.undo.reason).toBe('before-import');
    expect((await getPerson(g.id))?.lastContactAt).toBe('2026-11-10T09:00:00.000Z');
    expect(await nextPlannedWith(g.id, NOW)).toMatchObject({
      at: '2026-11-17T09:00:00.000Z',
      status: 'planned',
      minutes: 30,
      event: { uid: '5k2v9q0cbd1l2m3n4o5p6q7r8s@google.com', recurrenceId: '2026-11-17T09:00:00.000Z', from: 'file' },
    });
    const before = await db.meetings.toArray();
    const second = await preview(file('google-export.ics'));
    expect(second.events.filter((e) => e.people.length).every((e) => e.known)).toBe(true);
    expect(second.events.find((e) => e.title.includes('Intro call'))?.known).toBeUndefined();
    const again = await apply(second);
    expect(again.applied).toEqual({ people: 0, planned: 0, held: 0, moved: 0, cancelled: 0 });
    expect(await db.meetings.toArray()).toEqual(before);
  });

  it('moves a planned meeting when its event moves, and cancels it when the event is cancelled', async () => {
    const g = await grace();
    const original = readFileSync(join(DIR, 'google-export.ics'), 'utf8');
    await apply(await preview(file('x.ics', original)));
    const moved = original.replace('DTSTART:20261202T140000Z', 'DTSTART:20261203T150000Z');
    const lena = await addPerson({ name: 'Lena Fischer', direction: 'peer', emails: ['lena.fischer@example.com'] });
    const p = await preview(file('x.ics', moved));
    expect((await apply(p)).applied).toMatchObject({ planned: 1, moved: 0, held: 0 });
    const later = moved.replace('DTSTART:20261203T150000Z', 'DTSTART:20261204T150000Z');
    expect((await apply(await preview(file('x.ics', later)))).applied).toMatchObject({ moved: 1, planned: 0 });
    expect((await meetingsForPerson(lena.id)).map((m) => m.at)).toEqual(['2026-12-04T15:00:00.000Z']);
    // One date of the series cancelled (as Google exports it): that meeting is cancelled, the others stay.
    const cancelled = later.replace(
      'END:VCALENDAR',
      'BEGIN:VEVENT\r\nUID:5k2v9q0cbd1l2m3n4o5p6q7r8s@google.com\r\nRECURRENCE-ID;TZID=Europe/Berlin:20261201T100000\r\nDTSTART;TZID=Europe/Berlin:20261201T100000\r\nDTEND;TZID=Europe/Berlin:20261201T103000\r\nSTATUS:CANCELLED\r\nSUMMARY:Sam / Grace 1:1\r\nEND:VEVENT\r\nEND:VCALENDAR',
    );
    expect((await apply(await preview(file('x.ics', cancelled)))).applied).toMatchObject({ cancelled: 1 });
    const byAt = new Map((await meetingsForPerson(g.id)).map((m) => [m.at, m.status]));
    expect(byAt.get('2026-12-01T09:00:00.000Z')).toBe('cancelled');
    expect(byAt.get('2026-12-08T09:00:00.000Z')).toBe('planned');
  });

  it('takes over a meeting planned by hand within a day of an occurrence, instead of adding a second', async () => {
    const g = await grace();
    const mine = await addMeeting({
      personId: g.id,
      at: '2026-11-17T15:00:00.000Z',
      status: 'planned',
      agenda: [{ text: 'Budget', from: 'me' }],
    });
    const r = await apply(await preview(file('google-export.ics')));
    expect(r.applied).toMatchObject({ planned: 5, moved: 1 });
    expect(await getMeeting(mine.id)).toMatchObject({
      at: '2026-11-17T09:00:00.000Z',
      agenda: [{ text: 'Budget' }],
      event: { recurrenceId: '2026-11-17T09:00:00.000Z' },
    });
    expect((await meetingsForPerson(g.id)).filter((m) => m.at.startsWith('2026-11-17'))).toHaveLength(1);
  });

  it('turns a planned meeting into a held contact once its time has passed, and keeps what the user changed', async () => {
    const g = await grace();
    await apply(await preview(file('google-export.ics')));
    const dec1 = (await meetingsForPerson(g.id)).find((m) => m.at === '2026-12-01T09:00:00.000Z');
    await updateMeeting(dec1?.id as string, { status: 'cancelled' });
    const week = new Date('2026-11-18T12:00:00Z');
    expect((await apply(await preview(file('google-export.ics'), week), [], week)).applied).toMatchObject({ held: 1, planned: 1 });
    expect((await getPerson(g.id))?.lastContactAt).toBe('2026-11-17T09:00:00.000Z');
    expect((await getMeeting(dec1?.id as string))?.status).toBe('cancelled');
  });

  it('adds the attendees the user chose as people, with their meetings, and undoes it all', async () => {
    await grace();
    const p = await preview(file('google-export.ics'));
    const lena = p.strangers.find((s) => s.name === 'Lena Fischer');
    const r = await apply(p, [{ key: lena?.key as string, direction: 'peer' }]);
    expect(r.applied.people).toBe(1);
    const added = (await listPeople()).find((x) => x.name === 'Lena Fischer');
    expect(added).toMatchObject({ direction: 'peer', emails: ['lena.fischer@example.com'], cadence: { idealDays: expect.any(Number) } });
    expect(await nextPlannedWith(added?.id as string, NOW)).toMatchObject({ at: '2026-12-02T14:00:00.000Z' });
    await restoreSnapshot(r.undo.id);
    expect((await listPeople()).map((x) => x.name)).toEqual(['Grace Okafor']);
    expect(await db.meetings.count()).toBe(0);
  });

  it('stores markup in an attendee’s name as text', async () => {
    const hostile = readFileSync(join(DIR, 'invitation.ics'), 'utf8').replace(/CN=Lena Fischer/g, 'CN="<img src=x onerror=alert(1)>Lena"');
    const p = await preview(file('x.ics', hostile));
    const [lena] = p.strangers;
    expect(lena?.name).toBe('<img src=x onerror=alert(1)>Lena');
    await apply(p, [{ key: lena?.key as string, direction: 'outside' }]);
    expect((await listPeople()).map((x) => x.name)).toEqual(['<img src=x onerror=alert(1)>Lena']);
  });

  it('refuses a file that is not a calendar and changes nothing', async () => {
    const r = await runCalendarRequest({
      type: 'preview',
      file: file('x.ics', 'BEGIN:VCARD\r\nFN:Ada\r\nEND:VCARD'),
      pastDays: 90,
      now: NOW.toISOString(),
    });
    expect(r).toEqual({ type: 'refused', message: expect.stringMatching(/contacts file/) });
  });
});

describe('the preview’s summary', () => {
  it('counts what applying adds, with the attendees chosen, and nothing already imported', async () => {
    await grace();
    const p = await preview(file('google-export.ics'));
    const tomas = p.strangers.find((s) => s.name === 'Tomás Ruiz')?.key as string;
    expect(planSummary(p, [])).toEqual({ held: 10, planned: 6, people: 0 });
    expect(planSummary(p, [{ key: tomas, direction: 'peer' }])).toEqual({ held: 10, planned: 7, people: 1 });
    await apply(p);
    expect(planSummary(await preview(file('google-export.ics')), [])).toEqual({ held: 0, planned: 0, people: 0 });
  });
});
