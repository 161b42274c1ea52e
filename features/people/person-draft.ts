import { cadenceOf, DEFAULT_CADENCE } from '../../lib/model/cadence';
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
}

export type DraftErrors = Partial<Record<keyof PersonDraft, string>>;

export function emptyDraft(): PersonDraft {
  return { name: '', direction: '', role: '', learnFrom: '', teachBack: '', idealDays: '', maxDays: '', whoSchedules: 'either' };
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
  };
}

function days(s: string): number | undefined {
  const n = Number(s.trim());
  return s.trim() !== '' && Number.isInteger(n) && n > 0 && n <= 3650 ? n : undefined;
}

/** Turns a draft into the person's fields, or says what to fix, field by field. */
export function readDraft(d: PersonDraft): { ok: true; fields: Omit<Person, 'id'> } | { ok: false; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const name = d.name.trim();
  if (!name) errors.name = 'Add a name, even a first name is enough.';
  if (!(DIRECTIONS as readonly string[]).includes(d.direction)) errors.direction = 'Choose where this person stands relative to you.';
  const fallback = d.direction ? DEFAULT_CADENCE[d.direction as Direction] : DEFAULT_CADENCE.peer;
  const ideal = d.idealDays.trim() === '' ? fallback.idealDays : days(d.idealDays);
  const max = d.maxDays.trim() === '' ? Math.max(fallback.maxDays, ideal ?? 0) : days(d.maxDays);
  if (ideal === undefined) errors.idealDays = 'Use a whole number of days, such as 14.';
  if (max === undefined) errors.maxDays = 'Use a whole number of days, such as 30.';
  else if (ideal !== undefined && max < ideal) errors.maxDays = 'The longest gap should be at least the ideal one.';
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    fields: {
      name,
      direction: d.direction as Direction,
      role: d.role.trim() || undefined,
      learnFrom: d.learnFrom.trim() || undefined,
      teachBack: d.teachBack.trim() || undefined,
      cadence: { idealDays: ideal as number, maxDays: max as number },
      whoSchedules: d.whoSchedules,
    },
  };
}
