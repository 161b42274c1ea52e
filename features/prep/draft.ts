// What the user has typed for a conversation, kept in the store as they type (useStored) so
// that closing the popup mid-way loses nothing. Cleared only when the close-out is saved.
import type { Agreement, Owner, TalkingPoint, TimeSplit } from '../../lib/model/types';

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
  /** Date (YYYY-MM-DD) of the next meeting. */
  nextOn?: string;
  /** Filled at a first meeting. */
  agreement?: Agreement;
  /** The three questions chosen for this conversation. */
  questions: Array<{ id: string; text: string }>;
}

const key = (personId: string) => `prep.draft.${personId}`;

export const DRAFT_KEY = key;
