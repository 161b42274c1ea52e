// Every view of the extension, by entry page and address: what the accessibility and privacy
// checks visit.
import { readFileSync } from 'node:fs';
import type { BackupV1 } from '../../lib/backup/schema';
import { demoFile } from './fixtures';

export type Entry = 'popup' | 'newtab' | 'options';

export const VIEWS: Array<[string, Entry, string]> = [
  ['popup', 'popup', ''],
  ['new tab', 'newtab', ''],
  ['people', 'options', '#/people'],
  ['add a person', 'options', '#/people/new'],
  ['your data', 'options', '#/data'],
  ['library', 'options', '#/library'],
  ['lesson', 'options', '#/library/lesson/ending-well'],
  ['case study', 'options', '#/library/case/the-one-way-street'],
  ['collections', 'options', '#/collections'],
  ['prompt bank', 'options', '#/library/prompts'],
  ['reflections', 'options', '#/reflections'],
  ['settings', 'options', '#/settings'],
  ['sync setup', 'options', '#/settings/sync'],
  ['saved pages', 'options', '#/resources'],
  ['self-assessments', 'options', '#/assessments'],
  ['mentee readiness', 'options', '#/assessments/mentee'],
  ['goals', 'options', '#/goals'],
  ['actions', 'options', '#/actions'],
  ['insights', 'options', '#/insights'],
  ['review', 'options', '#/review'],
  ['development plan', 'options', '#/review/plan'],
];

// Detail views of records in the demo network (its ids are the same on every run).
export function details(): Array<[string, Entry, string]> {
  const { data } = JSON.parse(readFileSync(demoFile(), 'utf8')) as BackupV1;
  const first = (rows: Array<Record<string, unknown>> | undefined) => String(rows?.[0]?.id);
  return [
    ['a person', 'options', `#/people/${first(data.people)}`],
    ['a goal', 'options', `#/goals/${first(data.goals)}`],
    ['a saved page', 'options', `#/resources/${first(data.resources)}`],
  ];
}
