import { plural } from '../../lib/format/relative';

const NOUNS: Record<string, [string, string]> = {
  people: ['person', 'people'],
  goals: ['goal', 'goals'],
  meetings: ['meeting or contact', 'meetings and contacts'],
  actions: ['action', 'actions'],
  reflections: ['reflection', 'reflections'],
  insights: ['insight', 'insights'],
  resources: ['saved resource', 'saved resources'],
  collections: ['collection', 'collections'],
  assessments: ['self-assessment', 'self-assessments'],
  prompts: ['own prompt', 'own prompts'],
};

/** "12 people, 80 meetings and contacts, 4 goals" — only the tables that hold something. */
export function describeCounts(counts: Record<string, number>): string {
  const parts = Object.entries(NOUNS)
    .filter(([t]) => (counts[t] ?? 0) > 0)
    .map(([t, [one, many]]) => plural(counts[t] as number, one, many));
  return parts.length ? parts.join(', ') : 'nothing yet';
}
