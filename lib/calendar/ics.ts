// A planned meeting as an iCalendar (.ics) file that common calendar apps import.
import { createEvent } from 'ics';
import type { Meeting } from '../model/types';

function parts(iso: string): [number, number, number, number, number] {
  const d = new Date(iso);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()];
}

export function meetingIcs(meeting: Meeting, personName: string, agenda: string[] = []): string {
  const { error, value } = createEvent({
    uid: `${meeting.id}@teachback`,
    productId: 'teachback/ics',
    title: `Mentoring conversation with ${personName}`,
    description: agenda.length ? `Talking points:\n${agenda.map((a) => `- ${a}`).join('\n')}` : 'Prepared with Teachback.',
    start: parts(meeting.at),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: meeting.minutes ?? 60 },
    status: 'CONFIRMED',
  });
  if (error || !value) throw new Error(`Could not make a calendar file: ${error?.message ?? 'unknown error'}`);
  return value;
}

/** `teachback-<name>.ics`, keeping the letters and digits of any script (an Arabic or Hebrew name stays readable). */
export function icsFileName(personName: string): string {
  const slug = personName
    .normalize('NFC')
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return `teachback-${slug || 'meeting'}.ics`;
}
