// Reads a review's records and folds them into its figures. Meetings and reflections are read
// by their date index, bounded by the period; the tables with no date index (people, actions,
// insights) are read whole. Every read is in chunks, a task apart, so that a network of
// 10,000 people and 100,000 meetings never holds the page for long.
import { ELEMENTS, type Element } from '../content/types';
import type { ActionItem, Goal, Insight, LessonProgress, Meeting, Person, Reflection } from '../model/types';
import { BANK } from '../prompts/bank';
import { dexieReader } from '../reads/dexie-reader';
import { listPrompts, peopleByIds } from '../reads/queries';
import type { Key, Reader } from '../reads/reader';
import { addAction, addInsight, addMeeting, addPerson, addReflection, finishReview, namedIn, type Review, startReview } from './figures';
import type { Period } from './period';

const CHUNK = 500;

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Visits the rows of an index range (both ends included) in chunks of `size`, in index order.
 * Rows sharing the key a chunk ended on are read again with the next chunk and skipped by id.
 */
export async function scan<T extends { id: string }>(
  r: Reader,
  table: string,
  index: string,
  range: { lower?: Key; upper?: Key },
  key: (row: T) => Key,
  visit: (rows: T[]) => void,
  size = CHUNK,
): Promise<void> {
  let lower = range.lower;
  let seen = new Set<string>();
  for (;;) {
    const limit = size + seen.size;
    const rows = await r.where<T>(table, index, { ...range, lower }, limit);
    visit(rows.filter((row) => !(key(row) === lower && seen.has(row.id))));
    const last = rows.at(-1);
    if (rows.length < limit || !last) return;
    const lastKey = key(last);
    const atLast = rows.filter((row) => key(row) === lastKey).map((row) => row.id);
    seen = lastKey === lower ? new Set([...seen, ...atLast]) : new Set(atLast);
    lower = lastKey;
    await nextTask();
  }
}

const byId = (row: { id: string }) => row.id;
const byAt = (row: { at: string }) => row.at;
const isElement = (e: unknown): e is Element => (ELEMENTS as readonly unknown[]).includes(e);
const bankElement = new Map(BANK.map((p) => [p.id, p.element]));

export interface LoadedReview {
  review: Review;
  /** The people the review names, by id. */
  people: Map<string, Person>;
}

export async function loadReview(
  period: Period,
  lessonTitles: Map<string, string>,
  r: Reader = dexieReader,
  chunk = CHUNK,
): Promise<LoadedReview> {
  const acc = startReview(period);
  const dated = { lower: period.from, upper: new Date(Date.parse(period.to) - 1).toISOString() };
  const read = <T extends { id: string }>(
    table: string,
    index: string,
    range: { lower?: Key; upper?: Key },
    key: (row: T) => Key,
    add: (row: T) => void,
  ) => scan<T>(r, table, index, range, key, (rows) => rows.forEach(add), chunk);
  await read<Meeting>('meetings', 'at', dated, byAt, (m) => addMeeting(acc, m));
  await read<Person>('people', '', {}, byId, (p) => addPerson(acc, p));
  await read<ActionItem>('actions', '', {}, byId, (a) => addAction(acc, a));
  await read<Insight>('insights', '', {}, byId, (i) => addInsight(acc, i));
  const own = new Map((await listPrompts(r)).map((p) => [p.id, p.element]));
  const elementOf = (x: Reflection) => {
    const e = x.promptId ? (bankElement.get(x.promptId) ?? own.get(x.promptId)) : undefined;
    return isElement(e) ? e : undefined;
  };
  await read<Reflection>('reflections', 'at', dated, byAt, (x) => addReflection(acc, x, elementOf(x)));
  const goals = await r.where<Goal>('goals', '', {});
  const lessons = await r.where<LessonProgress>('lessonProgress', '', {});
  const review = finishReview(acc, goals, lessons, lessonTitles);
  return { review, people: await peopleByIds(r, namedIn(review)) };
}
