// Everything the prep view shows for one person: a handful of indexed reads.
import type { Cue, Question } from '../../lib/content/types';
import type { ActionItem, Goal, Meeting, Person } from '../../lib/model/types';
import { seededRandom } from '../../lib/random';
import { openActionsForPerson } from '../../lib/repos/actions';
import { goalsForPerson } from '../../lib/repos/goals';
import { heldMeetingCount, lastMeeting, nextPlannedWith, upcomingMeetings } from '../../lib/repos/meetings';
import { firstDue, getPerson } from '../../lib/repos/people';
import { getSetting, setSetting, settingsStartingWith } from '../../lib/repos/settings';
import { defaultSplit } from './agenda';
import { teachBackCue } from './cue';
import { DRAFT_PREFIX, draftInProgress, type PrepDraft } from './draft';
import { chooseQuestions } from './questions';
import { relationshipStage, type Stage } from './stage';
import type { TimerState } from './timer';

export const TIMER_KEY = 'prep.timer';
const DAY = 86_400_000;

export interface PrepData {
  person: Person;
  stage: Stage;
  last?: Meeting;
  planned?: Meeting;
  actions: ActionItem[];
  goals: Goal[];
  cue: { text: string; lesson?: string };
}

export async function loadPrep(personId: string, now: Date): Promise<PrepData | undefined> {
  const person = await getPerson(personId);
  if (!person) return undefined;
  const [last, planned, actions, goals, held] = await Promise.all([
    lastMeeting(personId),
    nextPlannedWith(personId, new Date(now.getTime() - DAY)),
    openActionsForPerson(personId),
    goalsForPerson(personId),
    heldMeetingCount(personId, 3),
  ]);
  // The same cue all day for a person, a different one tomorrow.
  const seed = [...`${personId}${now.toDateString()}`].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
  const { default: cues } = await import('../../content/cues.json');
  const cue = teachBackCue(person, actions, cues as Cue[], seededRandom(seed).next, goals);
  return {
    person,
    stage: relationshipStage(person, held, now),
    last,
    planned,
    actions,
    goals: goals.filter((g) => (g.status ?? 'active') === 'active'),
    cue,
  };
}

/**
 * Who to prepare for when the popup opens: a running meeting, the conversation being prepared
 * (the draft changed last), the next planned one, or whoever is due first.
 */
export async function defaultTarget(now: Date, timeZone: string): Promise<string | undefined> {
  const timer = await getSetting<TimerState | undefined>(TIMER_KEY, undefined);
  if (timer) return timer.personId;
  const drafts = (await settingsStartingWith(DRAFT_PREFIX)).map((s) => s.value as PrepDraft);
  const preparing = draftInProgress(drafts, now);
  if (preparing && (await getPerson(preparing))) return preparing;
  const [next] = await upcomingMeetings(new Date(now.getTime() - 2 * 3_600_000), 1);
  return next?.personId ?? (await firstDue(now, timeZone))?.id;
}

/** A fresh draft: carried talking points, the agreed split, three new questions (the next date is proposed as it is shown). */
export async function newDraft(prep: PrepData, random = Math.random): Promise<PrepDraft> {
  const { person } = prep;
  const key = `prep.questions.${person.id}`;
  const last = await getSetting<string[]>(key, []);
  const { default: questions } = await import('../../content/questions.json');
  const picked = chooseQuestions(
    questions as Question[],
    { direction: person.direction, stage: prep.stage, goals: prep.goals.map((g) => g.title) },
    last,
    random,
  );
  await setSetting(
    key,
    picked.map((q) => q.id),
  );
  return {
    personId: person.id,
    ...(prep.planned ? { meetingId: prep.planned.id } : {}),
    step: 'prep',
    minutes: prep.planned?.minutes ?? 60,
    split: person.agreement?.timeSplit ?? defaultSplit(person.direction),
    points: (person.pendingPoints ?? []).map((p) => ({ ...p, done: false })),
    notes: '',
    agreements: [],
    actions: [],
    rapportNote: '',
    questions: picked,
  };
}
