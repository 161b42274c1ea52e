import { DIRECTION_LABEL } from './directions';
import type { Person } from './types';

// One order for names everywhere: the user's locale, case and accents folded as people read
// them ("grace hopper" beside "Grace Hopper", "Person 2" before "Person 10"). IndexedDB orders
// an index by code unit, so a list paged from the database is ordered by `nameKey`, the same
// folding as a string; short lists read whole are sorted with the collator.
const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

export const compareText = collator.compare;

export const byName = <T extends { name: string }>(a: T, b: T): number => compareText(a.name, b.name);

export const byTitle = <T extends { title: string }>(a: T, b: T): number => compareText(a.title, b.title);

/** What tells two people of the same name apart: their role and organisation, else their direction. */
export function personDetail(p: Person): string {
  return [p.role, p.org].filter(Boolean).join(', ') || DIRECTION_LABEL[p.direction];
}

// Digit runs padded to one width, so that "2" sorts before "10" by code unit.
const NUMBER_WIDTH = 12;

/**
 * A name as an index key that sorts as `compareText` does for most names: accents and case
 * folded, spaces collapsed, numbers by value. (Letters a locale sorts apart, such as Swedish
 * "å" after "z", sort with their base letter here.)
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/\d+/g, (n) => n.replace(/^0+(?=\d)/, '').padStart(NUMBER_WIDTH, '0'));
}
