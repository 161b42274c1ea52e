import type { Meeting, Person } from '../../lib/model/types';

/** Ratings at or below this count as "it didn't click". */
export const LOW_RAPPORT = 2;

/**
 * Chemistry matters: if two of the first three meetings were rated low, suggest resetting
 * expectations or pairing differently — early, and without blame.
 */
export function suggestRepair(meetings: Meeting[]): boolean {
  const first = meetings
    .filter((m) => m.status === 'held' && (m.kind ?? 'meeting') === 'meeting')
    .sort((a, b) => a.at.localeCompare(b.at))
    .slice(0, 3);
  return first.filter((m) => m.rapport !== undefined && m.rapport <= LOW_RAPPORT).length >= 2;
}

/** A first draft of a thank-you note to edit, built from what the user says they gained. */
export function thankYouDraft(person: Pick<Person, 'name'>, gained: string): string {
  const first = person.name.split(' ')[0] ?? person.name;
  const what = gained.trim().replace(/\.$/, '');
  return `Dear ${first},\n\nThank you for the time you gave me these past months.${what ? ` What I take with me most: ${what}.` : ''} I will try to pass it on.\n\nWith thanks,\n`;
}

/** Rapport ratings of held meetings, oldest first, for the trend. */
export function rapportTrend(meetings: Meeting[]): number[] {
  return meetings
    .filter((m) => m.status === 'held' && m.rapport !== undefined)
    .sort((a, b) => a.at.localeCompare(b.at))
    .map((m) => m.rapport as number);
}
