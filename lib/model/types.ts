// The records Teachback keeps. Ids are strings; dates are ISO-8601 strings.
// Records may carry fields this version does not know (from a newer backup); they are kept as-is.

export const DIRECTIONS = ['up', 'peer', 'down', 'outside'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const PERSON_STATUSES = ['active', 'paused', 'ended'] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

export const SCHEDULERS = ['me', 'them', 'either'] as const;
export type Scheduler = (typeof SCHEDULERS)[number];

export const OWNERS = ['me', 'them'] as const;
export type Owner = (typeof OWNERS)[number];

/** Days between contacts: `idealDays` is when a nudge starts, `maxDays` when it is overdue. */
/** Every record of the user's says when it was last changed (sync orders edits by it). */
export interface Tracked {
  updatedAt?: string;
}

export interface Cadence {
  idealDays: number;
  maxDays: number;
}

/** Percent of a meeting spent on each side's needs; the two add up to 100. */
export interface TimeSplit {
  mine: number;
  theirs: number;
}

export interface Agreement {
  objectives?: string[];
  goalIds?: string[];
  cadence?: Cadence;
  whoSchedules?: Scheduler;
  timeSplit?: TimeSplit;
  confidentiality?: string;
  plannedEndAt?: string;
  midpointReviewAt?: string;
  agreedAt?: string;
}

/** A relationship check-in: each of the seven elements rated 1–5. */
export interface HealthCheck {
  at: string;
  scores: Record<string, number>;
  note?: string;
}

export interface Person {
  id: string;
  name: string;
  direction: Direction;
  role?: string;
  org?: string;
  learnFrom?: string;
  teachBack?: string;
  tags?: string[];
  cadence?: Cadence;
  whoSchedules?: Scheduler;
  status?: PersonStatus;
  startedAt?: string;
  plannedEndAt?: string;
  endedAt?: string;
  lastContactAt?: string;
  agreement?: Agreement;
  /** Talking points waiting for the next meeting (added from a cue, or carried forward). */
  pendingPoints?: TalkingPoint[];
  /** Periodic health checks over the seven elements of mentoring, oldest first. */
  health?: HealthCheck[];
  /** How the relationship ended, from the "end well" flow. */
  ending?: { at: string; gainedMe?: string; gainedThem?: string; thanks?: string };
  /** Email addresses, lower-cased: how a contacts or calendar import recognises this person. */
  emails?: string[];
  /** Profile or web addresses (a LinkedIn profile, a homepage). */
  links?: string[];
  /**
   * Where the person came from, as `<source>:<key>` (e.g. `vcard:<UID>`, `linkedin:<profile URL>`),
   * so importing the same address book again finds them instead of adding them twice.
   */
  sources?: string[];
  createdAt?: string;
  updatedAt?: string;
}

export const GOAL_STATUSES = ['active', 'done', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export interface ProgressEntry {
  at: string;
  progress: number;
  note?: string;
}

export interface Goal {
  id: string;
  title: string;
  measure?: string;
  targetDate?: string;
  status?: GoalStatus;
  /** 0–100. */
  progress?: number;
  history?: ProgressEntry[];
  helperIds?: string[];
  createdAt?: string;
  updatedAt?: string;
}

/** A meeting is any contact: a planned 1:1, or a quick call, message or chat that was logged. */
export const MEETING_KINDS = ['meeting', 'call', 'message', 'chat', 'other'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const MEETING_STATUSES = ['planned', 'held', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export interface TalkingPoint {
  text: string;
  from: Owner;
  done?: boolean;
}

/**
 * The calendar event a meeting came from: its UID, the occurrence of a recurring event
 * (RECURRENCE-ID, as a UTC ISO date) and where it was read, so a re-import finds the meeting.
 */
export interface CalendarEventRef {
  uid: string;
  recurrenceId?: string;
  from: 'file' | 'subscription';
}

export interface Meeting {
  id: string;
  personId: string;
  at: string;
  kind?: MeetingKind;
  status?: MeetingStatus;
  minutes?: number;
  agenda?: TalkingPoint[];
  notes?: string;
  agreements?: string[];
  /** 1–5, how well the conversation clicked. */
  rapport?: number;
  rapportNote?: string;
  timeSplit?: TimeSplit;
  goalIds?: string[];
  /** Set when the meeting was read from a calendar file or subscription. */
  event?: CalendarEventRef;
  createdAt?: string;
  updatedAt?: string;
}

export interface ActionItem extends Tracked {
  id: string;
  text: string;
  owner: Owner;
  personId?: string;
  meetingId?: string;
  goalId?: string;
  dueAt?: string;
  doneAt?: string;
  createdAt?: string;
}

export interface Reflection extends Tracked {
  id: string;
  at: string;
  text: string;
  promptId?: string;
  promptText?: string;
  personId?: string;
}

export interface Insight extends Tracked {
  id: string;
  text: string;
  personId?: string;
  createdAt?: string;
  /** Next spaced-repetition review. */
  dueAt?: string;
  /** Scheduler state, owned by the review feature. */
  srs?: Record<string, unknown>;
}

export const RESOURCE_KINDS = ['page', 'lesson'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export interface Resource extends Tracked {
  id: string;
  kind: ResourceKind;
  title: string;
  url?: string;
  lessonId?: string;
  note?: string;
  personIds?: string[];
  goalIds?: string[];
  savedAt?: string;
}

export interface Collection {
  id: string;
  title: string;
  note?: string;
  resourceIds?: string[];
  createdAt?: string;
  updatedAt?: string;
}

export const ASSESSMENT_KINDS = ['mentor', 'mentee'] as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];

export interface Assessment extends Tracked {
  id: string;
  kind: AssessmentKind;
  at: string;
  answers?: Record<string, number>;
  /** 0–100. */
  score?: number;
  band?: string;
}

/** A reflection prompt the user wrote. */
export interface UserPrompt extends Tracked {
  id: string;
  text: string;
  element?: string;
  direction?: string;
  createdAt?: string;
}

/** How far the user got with a lesson. */
export interface LessonProgress extends Tracked {
  lessonId: string;
  seenAt?: string;
  /** When the user did the lesson's "try this" step. */
  triedAt?: string;
}

export interface Setting extends Tracked {
  key: string;
  value: unknown;
}
