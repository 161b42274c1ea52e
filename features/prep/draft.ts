// What the user has typed for a conversation, kept in the store as they type (useStored) so
// that closing the popup mid-way loses nothing. Cleared only when the close-out is saved.
import type { AgreementDraft } from '../../lib/model/agreement-draft';
import type { Owner, TalkingPoint, TimeSplit } from '../../lib/model/types';
import { defineSetting, isRecord } from '../../lib/settings/registry';
import { defaultSplit } from './agenda';
import type { PrepData } from './prep-read';

export interface DraftAction {
  text: string;
  owner: Owner;
  dueAt?: string;
}

export interface PrepDraft {
  personId: string;
  /** The planned meeting this conversation fulfils, if any. */
  meetingId?: string;
  step: 'prep' | 'run' | 'close';
  minutes: number;
  split: TimeSplit;
  /** Carried and new talking points; `done` when covered. */
  points: TalkingPoint[];
  notes: string;
  agreements: string[];
  actions: DraftAction[];
  rapport?: number;
  rapportNote: string;
  /** Date (YYYY-MM-DD) of the next meeting as the user set it: absent, the proposal (lib/model/next-meeting.ts); empty, plan later. */
  nextOn?: string;
  /** Local time (HH:MM) of the next meeting as the user set it; absent, the time this one started. */
  nextTime?: string;
  /** Filled at a first meeting, as typed. */
  agreement?: AgreementDraft;
  /** The three questions chosen for this conversation. */
  questions: Array<{ id: string; text: string }>;
  /** A talking point typed but not yet added. */
  pointText?: string;
  /** When the user last changed this draft (ISO); the popup reopens on the latest. */
  editedAt?: string;
}

export const DRAFT_PREFIX = 'prep.draft.';

/** The draft of the conversation with one person, kept until it is recorded. */
export const draftSetting = (personId: string) => defineSetting<PrepDraft | undefined>(`${DRAFT_PREFIX}${personId}`, undefined, isRecord);

/** A draft older than this is taken as set aside: the popup opens on the next meeting instead. */
const IN_PROGRESS_MS = 12 * 3_600_000;

/** The person whose draft was changed last, within the last twelve hours, if any. */
export function draftInProgress(drafts: Array<Pick<PrepDraft, 'personId' | 'editedAt'>>, now: Date): string | undefined {
  const since = new Date(now.getTime() - IN_PROGRESS_MS).toISOString();
  const recent = drafts.filter((d) => d.editedAt && d.editedAt >= since);
  return recent.sort((a, b) => (b.editedAt ?? '').localeCompare(a.editedAt ?? ''))[0]?.personId;
}

/** The moment the first of these drafts in progress stops counting as one (epoch ms; none: never). */
export function draftsUntil(drafts: Array<Pick<PrepDraft, 'editedAt'>>, now: Date): number {
  const since = now.getTime() - IN_PROGRESS_MS;
  const ends = drafts.flatMap((d) => (d.editedAt && Date.parse(d.editedAt) >= since ? [Date.parse(d.editedAt) + IN_PROGRESS_MS] : []));
  return Math.min(Number.POSITIVE_INFINITY, ...ends);
}

/** The draft a prep starts from, with these questions. */
export function draftFor(prep: PrepData, questions: PrepDraft['questions']): PrepDraft {
  const { person } = prep;
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
    questions,
  };
}
