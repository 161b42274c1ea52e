// The preview: every row as the person it would become, who already exists, and — from the
// user's choices — the plan that is applied. Plain data, so it crosses the worker boundary.
import type { Direction, Person } from '../model/types';
import type { ContactPatch, PeopleImport } from '../repos/people';
import { dedupeRows, matchIndex, mergePatch, personFrom } from './match';
import type { ContactRow, Parsed } from './types';

export interface PreviewRow extends ContactRow {
  /** The person already in the network, and what merging would add (nothing when undefined). */
  match?: { id: string; name: string; patch?: ContactPatch };
}

export interface Preview extends Omit<Parsed, 'rows'> {
  rows: PreviewRow[];
  /** Rows of the file that were folded into an earlier row for the same person. */
  folded: number;
}

export function buildPreview(parsed: Parsed, people: Person[]): Preview {
  const index = matchIndex(people);
  const rows = dedupeRows(parsed.rows).map((row): PreviewRow => {
    const p = index.find(row);
    return p ? { ...row, match: { id: p.id, name: p.name, patch: mergePatch(p, row) } } : row;
  });
  return { ...parsed, rows, folded: parsed.rows.length - rows.length };
}

export type RowAction = 'add' | 'merge' | 'skip';
export interface RowChoice {
  action: RowAction;
  direction: Direction;
}

/** New contacts are added; people already here are merged (which never overwrites), or skipped when the file adds nothing. */
export const defaultChoice = (row: PreviewRow, direction: Direction): RowChoice => ({
  action: row.match ? (row.match.patch ? 'merge' : 'skip') : 'add',
  direction,
});

/** What the row does when it is ticked: a person already here is merged, anyone else added. */
export const tickedAction = (row: PreviewRow): RowAction => (row.match ? 'merge' : 'add');

/** How many people the choices would add and update. */
export function choiceCounts(rows: PreviewRow[], choices: RowChoice[]): { add: number; merge: number } {
  const plan = planImport(rows, choices);
  return { add: plan.add.length, merge: plan.merge.length };
}

export function planImport(rows: PreviewRow[], choices: RowChoice[]): PeopleImport {
  const plan: PeopleImport = { add: [], merge: [] };
  rows.forEach((row, i) => {
    const c = choices[i];
    if (!c || c.action === 'skip') return;
    if (c.action === 'merge' && row.match) {
      if (row.match.patch) plan.merge.push({ id: row.match.id, patch: row.match.patch });
    } else plan.add.push(personFrom(row, c.direction));
  });
  return plan;
}
