import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { icsFileName, meetingIcs } from './ics';

describe('meeting to .ics', () => {
  it('parses with an independent iCalendar parser and holds the meeting', () => {
    const text = meetingIcs(
      { id: 'm1', personId: 'p', at: '2026-07-14T09:30:00.000Z', minutes: 45, status: 'planned' },
      'Grace Okafor, "PhD"; lead',
      ['Budget review', 'Offsite plan'],
    );
    const cal = new ICAL.Component(ICAL.parse(text));
    const event = new ICAL.Event(cal.getFirstSubcomponent('vevent') ?? undefined);
    expect(event.summary).toBe('Mentoring conversation with Grace Okafor, "PhD"; lead');
    expect(event.uid).toBe('m1@teachback');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-07-14T09:30:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-07-14T10:15:00.000Z');
    expect(event.description).toContain('- Offsite plan');
  });
});

describe('the .ics file name', () => {
  it('keeps the letters of any script and drops the rest', () => {
    expect(icsFileName('Grace O’Neil, PhD')).toBe('teachback-grace-o-neil-phd.ics');
    expect(icsFileName('ليلى حداد')).toBe('teachback-ليلى-حداد.ics');
    expect(icsFileName('נועה כהן')).toBe('teachback-נועה-כהן.ics');
    expect(icsFileName('Zoë Ångström 2')).toBe('teachback-zoë-ångström-2.ics');
    expect(icsFileName('?!')).toBe('teachback-meeting.ics');
  });
});
