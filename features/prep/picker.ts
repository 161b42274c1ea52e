// The type-ahead's state: results are kept with the query that produced them, so a slow search
// never shows (or lets Enter open) people found for an earlier query.
import type { Person } from '../../lib/model/types';

export interface Found {
  q: string;
  people: Person[];
}

export type PickerView = { kind: 'idle' } | { kind: 'searching' } | { kind: 'none'; q: string } | { kind: 'list'; people: Person[] };

export function pickerView(query: string, found: Found | undefined): PickerView {
  const q = query.trim();
  if (!q) return { kind: 'idle' };
  if (found?.q !== q) return { kind: 'searching' };
  return found.people.length ? { kind: 'list', people: found.people } : { kind: 'none', q };
}
