// A calendar like Google's export, dated from today: the sample files under test/fixtures are
// fixed in time, and an end-to-end test runs against the real clock.
const DAY = 86_400_000;
const stamp = (ms: number) => new Date(ms).toISOString().replace(/[-:]|\.\d{3}/g, '');

export interface WeeklyFile {
  ics: string;
  /** The next occurrence (tomorrow, 10:00 UTC) and how many are past within 90 days. */
  next: string;
  past: number;
}

/** A weekly 1:1 at 10:00 UTC with `with` (and anyone in `also`), five weeks old, next held tomorrow. */
export function weeklyOneOnOne(withWhom: { name: string; email?: string }, also: Array<{ name: string; email: string }> = []): WeeklyFile {
  const now = new Date();
  const tomorrow = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1, 10);
  const attendee = (a: { name: string; email?: string }) =>
    `ATTENDEE;CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;CN=${a.name}:mailto:${a.email ?? `${a.name.toLowerCase().replace(/\W+/g, '.')}@elsewhere.example`}`;
  const lines = [
    'BEGIN:VCALENDAR',
    'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
    'VERSION:2.0',
    'METHOD:PUBLISH',
    'X-WR-CALNAME:me@example.com',
    'BEGIN:VEVENT',
    `DTSTART:${stamp(tomorrow - 35 * DAY)}`,
    `DTEND:${stamp(tomorrow - 35 * DAY + 1_800_000)}`,
    'RRULE:FREQ=WEEKLY',
    `DTSTAMP:${stamp(now.getTime())}`,
    'UID:weekly-one-on-one@google.com',
    'ORGANIZER;CN=Me:mailto:me@example.com',
    attendee(withWhom),
    ...also.map(attendee),
    'ATTENDEE;CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED:mailto:me@example.com',
    'STATUS:CONFIRMED',
    `SUMMARY:1:1 with ${withWhom.name}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return { ics: `${lines.join('\r\n')}\r\n`, next: new Date(tomorrow).toISOString(), past: 5 };
}
