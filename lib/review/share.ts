// What the user chose to share from a review: sections, people left out, names hidden. The
// page, the print view and the Markdown are all made from the one `shareReview` result, so a
// hidden name is missing from each of them alike.
import type { Direction, Person } from '../model/types';
import type { DirectionFigures, GoalFigures, Review } from './figures';
import { periodLabel } from './period';

export const SECTIONS = [
  ['network', 'Your 360° network'],
  ['activity', 'Meetings and contacts'],
  ['learned', 'What you learned, and from whom'],
  ['taught', 'What you taught back, and to whom'],
  ['goals', 'Goals'],
  ['reflections', 'Reflections'],
  ['lessons', 'Lessons'],
] as const;
export type SectionId = (typeof SECTIONS)[number][0];

export interface Sharing {
  sections: SectionId[];
  /** People not mentioned at all. */
  leftOut: string[];
  /** People shown by who they are to you, not by name. */
  hidden: string[];
  hideAllNames: boolean;
  goalsLeftOut: string[];
}

export const SHARE_ALL: Sharing = { sections: SECTIONS.map(([id]) => id), leftOut: [], hidden: [], hideAllNames: false, goalsLeftOut: [] };

const WHO: Record<Direction, string> = {
  up: 'someone senior',
  peer: 'a peer',
  down: 'someone you mentor',
  outside: 'someone outside your organisation',
};

/** "a peer in Finance", "someone senior, head of product": who they are to you, without the name. */
export function anonymousLabel(p: Pick<Person, 'direction' | 'org' | 'role'>): string {
  const who = WHO[p.direction] ?? 'someone';
  if (p.org?.trim() && p.direction !== 'outside') return `${who} in ${p.org.trim()}`;
  if (p.role?.trim()) return `${who}, ${p.role.trim().toLowerCase()}`;
  return who;
}

/**
 * How each person is called in what is shared; undefined for people left out. Two hidden people
 * who would read the same are numbered, so the reader can still tell them apart.
 */
export function namer(people: Map<string, Person>, sharing: Sharing): (id: string) => string | undefined {
  const left = new Set(sharing.leftOut);
  const hidden = new Set(sharing.hidden);
  const names = new Map<string, string>();
  const uses = new Map<string, number>();
  for (const [id, p] of [...people].sort(([a], [b]) => a.localeCompare(b))) {
    if (left.has(id)) continue;
    if (!sharing.hideAllNames && !hidden.has(id)) {
      names.set(id, p.name);
      continue;
    }
    const label = anonymousLabel(p);
    const n = (uses.get(label) ?? 0) + 1;
    uses.set(label, n);
    names.set(id, n === 1 ? label : `${label} (${n})`);
  }
  return (id) => names.get(id);
}

export interface SharedReview {
  title: string;
  period: string;
  timeZone: string;
  sections: Set<SectionId>;
  totals: Review['totals'];
  directions: Record<Direction, DirectionFigures>;
  months: Review['months'];
  learned: Array<{ who: string; meetings: number; insights: string[]; learnFrom?: string }>;
  learnedMore: number;
  taught: Array<{ who: string; points: number; examples: string[]; helped: string[]; teachBack?: string }>;
  taughtMore: number;
  taughtTotals: { points: number; helped: number };
  kept: Array<{ text: string; who?: string }>;
  goals: Array<GoalFigures & { helpers: string[] }>;
  reflections: Review['reflections'];
  lessons: Review['lessons'];
}

function withWho<T extends { personId: string }>(rows: T[], name: (id: string) => string | undefined) {
  return rows.flatMap(({ personId, ...rest }) => {
    const who = name(personId);
    return who ? [{ who, ...rest }] : [];
  });
}

export function shareReview(review: Review, people: Map<string, Person>, sharing: Sharing): SharedReview {
  const name = namer(people, sharing);
  const leftGoals = new Set(sharing.goalsLeftOut);
  const known = (id: string) => (people.has(id) ? name(id) : undefined);
  return {
    title: 'Mentoring review',
    period: periodLabel(review.period),
    timeZone: review.period.timeZone,
    sections: new Set(sharing.sections),
    totals: review.totals,
    directions: review.directions,
    months: review.months,
    learned: withWho(review.learned.people, known),
    learnedMore: review.learned.more,
    taught: withWho(review.taught.people, known),
    taughtMore: review.taught.more,
    taughtTotals: { points: review.taught.points, helped: review.taught.helped },
    // A kept agreement with someone left out is left out with them: its text may tell who.
    kept: review.kept.flatMap((k) => {
      if (!k.personId) return [{ text: k.text }];
      const who = known(k.personId);
      return who ? [{ text: k.text, who }] : [];
    }),
    goals: review.goals.filter((g) => !leftGoals.has(g.id)).map((g) => ({ ...g, helpers: g.helperIds.flatMap((id) => known(id) ?? []) })),
    reflections: review.reflections,
    lessons: review.lessons,
  };
}
