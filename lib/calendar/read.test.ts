import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importWindow } from './preview';
import { type CalendarRead, MAX_CALENDAR_BYTES, readCalendarBytes, readCalendarText } from './read';

const NOW = new Date('2026-11-10T12:00:00Z');
const W = importWindow(NOW, 90);
const sample = (name: string) => readFileSync(join(import.meta.dirname, '../../test/fixtures/calendar', name), 'utf8');
const read = (name: string, w = W): CalendarRead => {
  const r = readCalendarText(sample(name), w);
  if ('refused' in r) throw new Error(r.refused);
  return r;
};
const WEEKLY = '5k2v9q0cbd1l2m3n4o5p6q7r8s@google.com';

describe('reading a Google Calendar export', () => {
  const r = read('google-export.ics');
  const weekly = r.occurrences.filter((o) => o.uid === WEEKLY);

  it('expands a weekly 1:1 in the file’s own zone, across the end of summer time', () => {
    const at = weekly.map((o) => o.at);
    // 10:00 in Berlin: 08:00 UTC in summer time, 09:00 after 25 October.
    expect(at).toContain('2026-10-20T08:00:00.000Z');
    expect(at).toContain('2026-10-27T09:00:00.000Z');
    expect(at[0]).toBe('2026-09-01T08:00:00.000Z');
    expect(at.at(-1)).toBe('2026-12-22T09:00:00.000Z');
    expect(weekly.every((o) => o.minutes === 30 && !o.allDay)).toBe(true);
  });

  it('leaves out an EXDATE and moves an overridden occurrence, keeping its original date as its identity', () => {
    expect(weekly.some((o) => o.at.startsWith('2026-09-22'))).toBe(false);
    const moved = weekly.find((o) => o.recurrenceId === '2026-10-13T08:00:00.000Z');
    expect(moved).toMatchObject({ at: '2026-10-14T09:00:00.000Z', title: 'Sam / Grace 1:1 (moved)' });
    expect(weekly.filter((o) => o.at.startsWith('2026-10-13'))).toEqual([]);
    expect(new Set(weekly.map((o) => o.recurrenceId)).size).toBe(weekly.length);
  });

  it('reads attendees as people: lower-cased addresses, names unfolded, rooms left out', () => {
    expect(weekly[0]?.attendees).toEqual([
      { email: 'sam.rivera@gmail.com', name: 'Sam Rivera' },
      { email: 'grace.okafor@example.org', name: 'Grace Okafor' },
    ]);
    expect(r.own).toEqual(['sam.rivera@gmail.com']);
  });

  it('marks a cancelled event, places an all-day event at noon of its day, and keeps markup as text', () => {
    expect(r.occurrences.find((o) => o.title === 'Coffee with Priya')?.cancelled).toBe(true);
    const allDay = r.occurrences.find((o) => o.allDay);
    expect(allDay?.title).toBe('Team offsite with Tomás');
    const d = new Date(allDay?.at ?? '');
    expect([d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours()]).toEqual([2026, 11, 20, 12]);
    expect(allDay?.minutes).toBeUndefined();
    expect(r.occurrences.find((o) => o.uid === 'intro-lena-fischer@google.com')?.title).toBe('<script>alert("hi")</script>Intro call');
  });

  it('keeps only the window: nothing before it, recurrences only as far ahead as it reaches', () => {
    expect(r.occurrences.some((o) => o.uid === 'long-ago@google.com')).toBe(false);
    const short = read('google-export.ics', importWindow(NOW, 7));
    expect(short.occurrences.filter((o) => o.uid === WEEKLY && o.at < NOW.toISOString()).map((o) => o.at)).toEqual([
      '2026-11-10T09:00:00.000Z',
    ]);
  });
});

describe('reading other shapes', () => {
  it('an Outlook export, with Windows zone names defined in the file', () => {
    const r = read('outlook-export.ics');
    const monthly = r.occurrences.filter((o) => o.title === 'Mentoring with Ama').map((o) => o.at);
    // 16:00 in Central Europe on the third Tuesday: 14:00 UTC in summer, 15:00 in winter.
    expect(monthly).toEqual([
      '2026-09-15T14:00:00.000Z',
      '2026-10-20T14:00:00.000Z',
      '2026-11-17T15:00:00.000Z',
      '2026-12-15T15:00:00.000Z',
    ]);
    expect(r.occurrences.find((o) => o.title === 'Lunch chat')?.at).toBe('2026-11-05T11:00:00.000Z');
    expect(r.own).toEqual(['sam.rivera@contoso.com']);
  });

  it('a single invitation (METHOD:REQUEST)', () => {
    const r = read('invitation.ics');
    expect(r.occurrences).toHaveLength(1);
    expect(r.occurrences[0]).toMatchObject({
      at: '2026-11-18T16:00:00.000Z',
      minutes: 30,
      attendees: [{ email: 'lena.fischer@example.com' }, { email: 'sam.rivera@gmail.com' }],
    });
  });
});

describe('refusing what is not a calendar, with a clear message', () => {
  const refusal = (source: string | Uint8Array) => {
    const r = typeof source === 'string' ? readCalendarText(source, W) : readCalendarBytes(source, W);
    return 'refused' in r ? r.refused : undefined;
  };

  it.each([
    ['', /empty/],
    ['   \r\n', /empty/],
    ['BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada\r\nEND:VCARD\r\n', /contacts file, not a calendar/],
    ['<!DOCTYPE html><html><body>Sign in</body></html>', /web page, not a calendar/],
    ['Subject,Start Date\nStandup,2026-11-10\n', /not a calendar/],
    ['BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n', /no events/],
    ['BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:2026\r\n', /could not be read/],
  ])('%j', (source, message) => {
    expect(refusal(source)).toMatch(message);
  });

  it('a file over 10 MB, before reading it', () => {
    expect(refusal(new Uint8Array(MAX_CALENDAR_BYTES + 1).fill(65))).toMatch(/10 MB; one over 10 MB is not read/);
  });
});
