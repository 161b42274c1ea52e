import { cadenceOf, DEFAULT_CADENCE } from '../../lib/model/cadence';
import { readCadence } from '../../lib/model/days-input';
import { DIRECTIONS, type Direction, type Person, type Scheduler } from '../../lib/model/types';

/** What the person form edits: strings, as typed. */
export interface PersonDraft {
  name: string;
  direction: Direction | '';
  role: string;
  learnFrom: string;
  teachBack: string;
  idealDays: string;
  maxDays: string;
  whoSchedules: Scheduler;
  /** One per line (commas and spaces also separate). */
  emails: string;
  /** One per line. */
  links: string;
}

export type DraftErrors = Partial<Record<keyof PersonDraft, string>>;

export function emptyDraft(): PersonDraft {
  return {
    name: '',
    direction: '',
    role: '',
    learnFrom: '',
    teachBack: '',
    idealDays: '',
    maxDays: '',
    whoSchedules: 'either',
    emails: '',
    links: '',
  };
}

export function draftFrom(p: Person): PersonDraft {
  const c = cadenceOf(p);
  return {
    name: p.name,
    direction: p.direction,
    role: p.role ?? '',
    learnFrom: p.learnFrom ?? '',
    teachBack: p.teachBack ?? '',
    idealDays: String(c.idealDays),
    maxDays: String(c.maxDays),
    whoSchedules: p.whoSchedules ?? 'either',
    emails: (p.emails ?? []).join('\n'),
    links: (p.links ?? []).join('\n'),
  };
}

const listOf = (text: string, separators: RegExp): string[] => [...new Set(text.split(separators).filter(Boolean))];
const orNone = (list: string[]) => (list.length ? list : undefined);

/** Turns a draft into the person's fields, or says what to fix, field by field. */
export function readDraft(d: PersonDraft): { ok: true; fields: Omit<Person, 'id'> } | { ok: false; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const name = d.name.trim();
  if (!name) errors.name = 'Add a name, even a first name is enough.';
  if (!(DIRECTIONS as readonly string[]).includes(d.direction)) errors.direction = 'Choose where this person stands relative to you.';
  const fallback = d.direction ? DEFAULT_CADENCE[d.direction as Direction] : DEFAULT_CADENCE.peer;
  const read = readCadence(d.idealDays, d.maxDays, fallback);
  const emails = listOf(d.emails.toLowerCase(), /[\s,;]+/);
  const badEmail = emails.find((e) => !/^[^@]+@[^@]+$/.test(e));
  if (badEmail) errors.emails = `“${badEmail}” does not look like an email address.`;
  if ('errors' in read) Object.assign(errors, read.errors);
  if (Object.keys(errors).length || 'errors' in read) return { ok: false, errors };
  return {
    ok: true,
    fields: {
      name,
      direction: d.direction as Direction,
      role: d.role.trim() || undefined,
      learnFrom: d.learnFrom.trim() || undefined,
      teachBack: d.teachBack.trim() || undefined,
      cadence: read.cadence,
      whoSchedules: d.whoSchedules,
      emails: orNone(emails),
      links: orNone(listOf(d.links, /\s+/)),
    },
  };
}

export type DraftField = keyof PersonDraft;

/**
 * The form's draft after the stored person changed under it (saved in another tab or window):
 * what the user has not touched takes the stored value; what they typed is kept. `clashes`
 * are the fields changed on both sides, to tell the user about.
 */
export function rebaseDraft(base: PersonDraft, mine: PersonDraft, stored: PersonDraft): { draft: PersonDraft; clashes: DraftField[] } {
  const draft = { ...stored };
  const clashes: DraftField[] = [];
  for (const key of Object.keys(stored) as DraftField[]) {
    if (mine[key] === base[key]) continue;
    Object.assign(draft, { [key]: mine[key] });
    if (stored[key] !== base[key] && stored[key] !== mine[key]) clashes.push(key);
  }
  return { draft, clashes };
}
