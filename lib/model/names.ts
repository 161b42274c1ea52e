import { DIRECTION_LABEL } from './directions';
import type { Person } from './types';

// One order for names everywhere: the user's locale, case and accents folded as people read
// them ("grace hopper" beside "Grace Hopper", "Person 2" before "Person 10"). IndexedDB orders
// its index by code unit, so lists sorted by name are sorted with this after reading.
const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

export const compareText = collator.compare;

export const byName = <T extends { name: string }>(a: T, b: T): number => compareText(a.name, b.name);

export const byTitle = <T extends { title: string }>(a: T, b: T): number => compareText(a.title, b.title);

/** What tells two people of the same name apart: their role and organisation, else their direction. */
export function personDetail(p: Person): string {
  return [p.role, p.org].filter(Boolean).join(', ') || DIRECTION_LABEL[p.direction];
}
