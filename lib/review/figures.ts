// The figures of a review, folded one record at a time: a large network's meetings are read in
// chunks and never held in memory together. Meetings are added before people (a person's
// direction counts who was met), then actions, insights and reflections, then `finishReview`.
import { ELEMENT_LABEL, ELEMENTS, type Element } from '../content/types';
import {
  type ActionItem,
  DIRECTIONS,
  type Direction,
  type Goal,
  type Insight,
  type LessonProgress,
  type Meeting,
  type Person,
  type Reflection,
} from '../model/types';
import { inPeriod, monthKey, monthsOf, type Period } from './period';

/** How many people each list names at most: the rest are counted. */
export const LIST_LIMIT = 8;

interface PersonTally {
  meetings: number;
  contacts: number;
  /** Talking points covered that came from me (my learning) and from them (what I gave). */
  mine: number;
  theirs: number;
  theirPoints: string[];
  insights: string[];
  helped: string[];
  helpedCount: number;
}

export interface DirectionFigures {
  /** In place on the first day, and on the last. */
  atStart: number;
  atEnd: number;
  started: number;
  ended: number;
  /** In place at some time in the period. */
  held: number;
  /** Met or contacted in the period. */
  met: number;
}

export interface ReviewAcc {
  period: Period;
  months: Map<string, { meetings: number; contacts: number }>;
  people: Map<string, PersonTally>;
  meetings: number;
  contacts: number;
  minutes: number;
  directions: Record<Direction, DirectionFigures>;
  learnFrom: Map<string, string>;
  teachBack: Map<string, string>;
  kept: Array<{ text: string; personId?: string; at: string }>;
  insights: number;
  reflections: Map<Element | 'other', number>;
}

export function startReview(period: Period): ReviewAcc {
  const zero = (): DirectionFigures => ({ atStart: 0, atEnd: 0, started: 0, ended: 0, held: 0, met: 0 });
  return {
    period,
    months: new Map(monthsOf(period).map((m) => [m.key, { meetings: 0, contacts: 0 }])),
    people: new Map(),
    meetings: 0,
    contacts: 0,
    minutes: 0,
    directions: Object.fromEntries(DIRECTIONS.map((d) => [d, zero()])) as Record<Direction, DirectionFigures>,
    learnFrom: new Map(),
    teachBack: new Map(),
    kept: [],
    insights: 0,
    reflections: new Map(),
  };
}

function tallyOf(acc: ReviewAcc, personId: string): PersonTally {
  let t = acc.people.get(personId);
  if (!t) {
    t = { meetings: 0, contacts: 0, mine: 0, theirs: 0, theirPoints: [], insights: [], helped: [], helpedCount: 0 };
    acc.people.set(personId, t);
  }
  return t;
}

const pushSome = (list: string[], text: string, max = 3) => {
  if (list.length < max && !list.includes(text)) list.push(text);
};

/** A held meeting or contact in the period; planned and cancelled ones are not counted. */
export function addMeeting(acc: ReviewAcc, m: Meeting): void {
  if ((m.status ?? 'held') !== 'held' || !inPeriod(m.at, acc.period)) return;
  const isMeeting = (m.kind ?? 'meeting') === 'meeting';
  const t = tallyOf(acc, m.personId);
  const month = acc.months.get(monthKey(m.at, acc.period.timeZone));
  if (isMeeting) {
    acc.meetings++;
    t.meetings++;
    if (month) month.meetings++;
    acc.minutes += m.minutes ?? 0;
  } else {
    acc.contacts++;
    t.contacts++;
    if (month) month.contacts++;
  }
  for (const p of m.agenda ?? []) {
    if (!p.done) continue;
    if (p.from === 'me') t.mine++;
    else {
      t.theirs++;
      pushSome(t.theirPoints, p.text, 2);
    }
  }
}

// When a relationship began and ended, as instants (ms); an unknown start is before any period.
function span(p: Person): { start: number; end: number } {
  const start = Date.parse(p.startedAt ?? p.createdAt ?? '') || Number.NEGATIVE_INFINITY;
  if (p.status !== 'ended') return { start, end: Number.POSITIVE_INFINITY };
  return { start, end: Date.parse(p.endedAt ?? p.ending?.at ?? p.updatedAt ?? '') || Number.NEGATIVE_INFINITY };
}

/** A person, after the meetings: where the relationship stood in the period, by direction. */
export function addPerson(acc: ReviewAcc, p: Person): void {
  const from = Date.parse(acc.period.from);
  const to = Date.parse(acc.period.to);
  const { start, end } = span(p);
  const d = acc.directions[p.direction];
  if (!d) return;
  const on = (t: number) => start <= t && end > t;
  if (on(from)) d.atStart++;
  if (on(to - 1)) d.atEnd++;
  if (start >= from && start < to) d.started++;
  if (end >= from && end < to) d.ended++;
  if (start < to && end >= from) d.held++;
  const t = acc.people.get(p.id);
  if (!t || t.meetings + t.contacts === 0) return;
  d.met++;
  if (p.learnFrom?.trim()) acc.learnFrom.set(p.id, p.learnFrom.trim());
  if (p.teachBack?.trim()) acc.teachBack.set(p.id, p.teachBack.trim());
}

/**
 * An action done in the period: one of mine is an agreement kept (what I committed to learn or
 * do); one of theirs, with someone I met, is something I helped them through.
 */
export function addAction(acc: ReviewAcc, a: ActionItem): void {
  if (!inPeriod(a.doneAt, acc.period)) return;
  if (a.owner === 'me') acc.kept.push({ text: a.text, at: a.doneAt as string, ...(a.personId ? { personId: a.personId } : {}) });
  else if (a.personId) {
    const t = tallyOf(acc, a.personId);
    t.helpedCount++;
    pushSome(t.helped, a.text);
  }
}

export function addInsight(acc: ReviewAcc, i: Insight): void {
  if (!inPeriod(i.createdAt, acc.period)) return;
  acc.insights++;
  if (i.personId) pushSome(tallyOf(acc, i.personId).insights, i.text, 5);
}

/** A reflection written in the period, counted under its prompt's element (or "other"). */
export function addReflection(acc: ReviewAcc, r: Reflection, element: Element | undefined): void {
  if (!inPeriod(r.at, acc.period)) return;
  const key = element ?? 'other';
  acc.reflections.set(key, (acc.reflections.get(key) ?? 0) + 1);
}

export interface Learned {
  personId: string;
  meetings: number;
  insights: string[];
  learnFrom?: string;
}

export interface Taught {
  personId: string;
  points: number;
  examples: string[];
  helped: string[];
  teachBack?: string;
}

export interface GoalFigures {
  id: string;
  title: string;
  status: Goal['status'];
  measure?: string;
  /** Progress (0–100) on the first day and the last. */
  start: number;
  end: number;
  updates: Array<{ at: string; progress: number; note?: string }>;
  helperIds: string[];
}

export interface Review {
  period: Period;
  months: Array<{ key: string; label: string; meetings: number; contacts: number }>;
  totals: { meetings: number; contacts: number; minutes: number; peopleMet: number; insights: number; kept: number; reflections: number };
  directions: Record<Direction, DirectionFigures>;
  learned: { people: Learned[]; more: number };
  taught: { people: Taught[]; more: number; points: number; helped: number };
  kept: Array<{ text: string; personId?: string; at: string }>;
  goals: GoalFigures[];
  reflections: Array<{ element: Element | 'other'; label: string; count: number }>;
  lessons: { read: Array<{ id: string; title: string }>; tried: Array<{ id: string; title: string }> };
}

// Progress as it stood just before `t`: the last entry earlier than it (0 before the first).
function progressBefore(history: Goal['history'], t: number): number {
  let value = 0;
  for (const h of history ?? []) if (Date.parse(h.at) < t) value = h.progress;
  return value;
}

/** Each goal that was active or moved in the period, with the notes of its updates. */
export function goalFigures(goals: Goal[], period: Period): GoalFigures[] {
  const from = Date.parse(period.from);
  const to = Date.parse(period.to);
  return goals
    .map((g) => {
      const updates = (g.history ?? [])
        .filter((h) => inPeriod(h.at, period))
        .map((h) => ({ at: h.at, progress: h.progress, ...(h.note ? { note: h.note } : {}) }));
      return {
        id: g.id,
        title: g.title,
        status: g.status ?? 'active',
        ...(g.measure ? { measure: g.measure } : {}),
        start: progressBefore(g.history, from),
        end: progressBefore(g.history, to),
        updates,
        helperIds: g.helperIds ?? [],
      };
    })
    .filter((g) => g.status === 'active' || g.updates.length > 0)
    .sort((a, b) => Number(b.status === 'active') - Number(a.status === 'active') || b.end - b.start - (a.end - a.start));
}

function lessonFigures(progress: LessonProgress[], period: Period, titles: Map<string, string>) {
  const named = (rows: LessonProgress[]) => rows.map((p) => ({ id: p.lessonId, title: titles.get(p.lessonId) ?? p.lessonId }));
  return {
    read: named(progress.filter((p) => inPeriod(p.seenAt, period))),
    tried: named(progress.filter((p) => inPeriod(p.triedAt, period))),
  };
}

function ranked<T extends { personId: string }>(rows: T[], score: (r: T) => number): { people: T[]; more: number } {
  const sorted = rows.filter((r) => score(r) > 0).sort((a, b) => score(b) - score(a) || a.personId.localeCompare(b.personId));
  return { people: sorted.slice(0, LIST_LIMIT), more: Math.max(0, sorted.length - LIST_LIMIT) };
}

export function finishReview(acc: ReviewAcc, goals: Goal[], lessons: LessonProgress[], lessonTitles: Map<string, string>): Review {
  const tallies = [...acc.people.entries()];
  const learned = ranked(
    tallies.map(
      ([personId, t]): Learned => ({
        personId,
        meetings: t.meetings + t.contacts,
        insights: t.insights,
        ...(acc.learnFrom.has(personId) ? { learnFrom: acc.learnFrom.get(personId) } : {}),
      }),
    ),
    // An insight says more than a meeting about learning; a meeting with nothing written still counts.
    (r) => r.insights.length * 3 + (acc.people.get(r.personId)?.mine ?? 0) + r.meetings,
  );
  const taught = ranked(
    tallies.map(
      ([personId, t]): Taught => ({
        personId,
        points: t.theirs,
        examples: t.theirPoints,
        helped: t.helped,
        ...(acc.teachBack.has(personId) ? { teachBack: acc.teachBack.get(personId) } : {}),
      }),
    ),
    (r) => r.points + (acc.people.get(r.personId)?.helpedCount ?? 0) * 2,
  );
  const reflections = [...ELEMENTS, 'other' as const]
    .map((element) => ({
      element,
      label: element === 'other' ? 'Other' : ELEMENT_LABEL[element],
      count: acc.reflections.get(element) ?? 0,
    }))
    .filter((r) => r.count > 0);
  return {
    period: acc.period,
    months: monthsOf(acc.period).map((m) => ({ key: m.key, label: m.label, ...(acc.months.get(m.key) ?? { meetings: 0, contacts: 0 }) })),
    totals: {
      meetings: acc.meetings,
      contacts: acc.contacts,
      minutes: acc.minutes,
      peopleMet: [...acc.people.values()].filter((t) => t.meetings + t.contacts > 0).length,
      insights: acc.insights,
      kept: acc.kept.length,
      reflections: reflections.reduce((n, r) => n + r.count, 0),
    },
    directions: acc.directions,
    learned,
    taught: {
      ...taught,
      points: tallies.reduce((n, [, t]) => n + t.theirs, 0),
      helped: tallies.reduce((n, [, t]) => n + t.helpedCount, 0),
    },
    kept: acc.kept.sort((a, b) => b.at.localeCompare(a.at)).slice(0, LIST_LIMIT),
    goals: goalFigures(goals, acc.period),
    reflections,
    lessons: lessonFigures(lessons, acc.period, lessonTitles),
  };
}

/** Every person a review names, so that only they are read (and offered for hiding). */
export function namedIn(review: Review): string[] {
  const ids = [
    ...review.learned.people.map((p) => p.personId),
    ...review.taught.people.map((p) => p.personId),
    ...review.kept.flatMap((k) => (k.personId ? [k.personId] : [])),
    ...review.goals.flatMap((g) => g.helperIds),
  ];
  return [...new Set(ids)];
}
