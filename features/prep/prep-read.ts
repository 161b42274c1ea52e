// Everything the prep view shows for one person, and who that is: a handful of indexed reads,
// against a Reader so the popup's first read needs no Dexie (see start.ts).
import type { Cue } from '../../lib/content/types';
import type { ActionItem, Goal, Meeting, Person } from '../../lib/model/types';
import { seededRandom } from '../../lib/random';
import * as reads from '../../lib/reads/queries';
import type { Reader } from '../../lib/reads/reader';
import { defineSetting, isRecord, isRecordOrNull } from '../../lib/settings/registry';
import { teachBackCue } from './cue';
import { DRAFT_PREFIX, draftInProgress, draftsUntil, type PrepDraft } from './draft';
import { relationshipStage, type Stage } from './stage';
import type { TimerState } from './timer';

/** The meeting running now, if any (null once it ends). */
export const TIMER_SETTING = defineSetting<TimerState | null | undefined>('prep.timer', undefined, isRecordOrNull);
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

const importCues = () => import('../../content/cues.json');
let cuesFile: ReturnType<typeof importCues> | undefined;
/** The cues' file, fetched once. The popup's first read starts it early, so it arrives beside the reads, not after them. */
export const loadCues = () => {
  cuesFile ??= importCues();
  return cuesFile;
};

export async function loadPrep(r: Reader, personId: string, now: Date): Promise<PrepData | undefined> {
  const cuesLoaded = loadCues();
  // The person's own row is asked for with the rest, not first: one round trip fewer.
  const [person, last, planned, actions, goals, held] = await Promise.all([
    reads.getPerson(r, personId),
    reads.lastMeeting(r, personId),
    reads.nextPlannedWith(r, personId, new Date(now.getTime() - DAY)),
    reads.openActionsForPerson(r, personId),
    reads.goalsForPerson(r, personId),
    reads.heldMeetingCount(r, personId, 3),
  ]);
  if (!person) return undefined;
  // The same cue all day for a person, a different one tomorrow.
  const seed = [...`${personId}${now.toDateString()}`].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
  const { default: cues } = await cuesLoaded;
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

/** Who to prepare for, and until when that answer holds if nothing is written (epoch ms). */
export interface Target {
  personId?: string;
  until: number;
}

const TWO_HOURS = 2 * 3_600_000;

/**
 * Who to prepare for when the popup opens: a running meeting, the conversation being prepared
 * (the draft changed last), the next planned one, or whoever is due first.
 */
export async function chooseTarget(r: Reader, now: Date, timeZone: string): Promise<Target> {
  // Asked together, though a running meeting needs none of the others: each read waited for the one before cost the popup's first frame a round trip.
  const [timer, stored, [next]] = await Promise.all([
    reads.readSetting(r, TIMER_SETTING),
    reads.settingsStartingWith(r, DRAFT_PREFIX),
    reads.upcomingMeetings(r, new Date(now.getTime() - TWO_HOURS), 1),
  ]);
  // A meeting under way ends on its own clock: nothing is kept for it.
  if (timer) return { personId: timer.personId, until: now.getTime() };
  const drafts = stored.flatMap((s) => (isRecord(s.value) ? [s.value as PrepDraft] : []));
  // Time alone changes the answer when a draft stops being "in progress" or the next meeting is
  // two hours past; who is due first changes with the day (the caller's bound).
  const until = Math.min(draftsUntil(drafts, now), next ? Date.parse(next.at) + TWO_HOURS : Number.POSITIVE_INFINITY);
  const preparing = draftInProgress(drafts, now);
  if (preparing && (await reads.getPerson(r, preparing))) return { personId: preparing, until };
  return { personId: next?.personId ?? (await reads.firstDue(r, now, timeZone))?.id, until };
}

export const defaultTarget = (r: Reader, now: Date, timeZone: string): Promise<string | undefined> =>
  chooseTarget(r, now, timeZone).then((t) => t.personId);
