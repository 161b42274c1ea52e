// Backup format v1, the public contract (docs/backup-format.md). Only `id` and the fields
// PRODUCT.md names are required; every other known field is checked when present, and
// unknown fields pass through untouched (loose objects).
import { z } from 'zod';
import { USER_TABLES, type UserTable } from '../db/tables';
import {
  ASSESSMENT_KINDS,
  DIRECTIONS,
  GOAL_STATUSES,
  MEETING_KINDS,
  MEETING_STATUSES,
  OWNERS,
  PERSON_STATUSES,
  RESOURCE_KINDS,
  SCHEDULERS,
} from '../model/types';

export const BACKUP_FORMAT = 'teachback-backup';
export const BACKUP_VERSION = 1;

const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

const id = z.string().min(1, 'must be a non-empty string');
const text = z.string();
const date = z
  .string()
  .refine((s) => ISO.test(s) && !Number.isNaN(Date.parse(s)), 'must be an ISO-8601 date such as 2026-11-26 or 2026-11-26T09:30:00Z');
const ids = z.array(id);
const percent = z.number().min(0).max(100);
const days = z.number().int().positive();

const cadence = z.looseObject({ idealDays: days, maxDays: days });
const talkingPoint = z.looseObject({ text, from: z.enum(OWNERS), done: z.boolean().optional() });
const timeSplit = z.looseObject({ mine: percent, theirs: percent });

export const personSchema = z.looseObject({
  id,
  name: z.string().min(1, 'must not be empty'),
  direction: z.enum(DIRECTIONS),
  role: text.optional(),
  org: text.optional(),
  learnFrom: text.optional(),
  teachBack: text.optional(),
  tags: z.array(text).optional(),
  cadence: cadence.optional(),
  whoSchedules: z.enum(SCHEDULERS).optional(),
  status: z.enum(PERSON_STATUSES).optional(),
  startedAt: date.optional(),
  plannedEndAt: date.optional(),
  endedAt: date.optional(),
  lastContactAt: date.optional(),
  pendingPoints: z.array(talkingPoint).optional(),
  health: z
    .array(z.looseObject({ at: date, scores: z.record(z.string(), z.number().int().min(1).max(5)), note: text.optional() }))
    .optional(),
  ending: z.looseObject({ at: date, gainedMe: text.optional(), gainedThem: text.optional(), thanks: text.optional() }).optional(),
  emails: z.array(text).optional(),
  links: z.array(text).optional(),
  sources: z.array(text).optional(),
  agreement: z
    .looseObject({
      objectives: z.array(text).optional(),
      goalIds: ids.optional(),
      cadence: cadence.optional(),
      whoSchedules: z.enum(SCHEDULERS).optional(),
      timeSplit: timeSplit.optional(),
      confidentiality: text.optional(),
      plannedEndAt: date.optional(),
      midpointReviewAt: date.optional(),
      agreedAt: date.optional(),
    })
    .optional(),
  createdAt: date.optional(),
  updatedAt: date.optional(),
});

export const goalSchema = z.looseObject({
  id,
  title: z.string().min(1, 'must not be empty'),
  measure: text.optional(),
  targetDate: date.optional(),
  status: z.enum(GOAL_STATUSES).optional(),
  progress: percent.optional(),
  history: z.array(z.looseObject({ at: date, progress: percent, note: text.optional() })).optional(),
  helperIds: ids.optional(),
  createdAt: date.optional(),
  updatedAt: date.optional(),
});

export const meetingSchema = z.looseObject({
  id,
  personId: id,
  at: date,
  kind: z.enum(MEETING_KINDS).optional(),
  status: z.enum(MEETING_STATUSES).optional(),
  minutes: z.number().int().positive().optional(),
  agenda: z.array(talkingPoint).optional(),
  notes: text.optional(),
  agreements: z.array(text).optional(),
  rapport: z.number().int().min(1).max(5).optional(),
  rapportNote: text.optional(),
  timeSplit: timeSplit.optional(),
  goalIds: ids.optional(),
  event: z.looseObject({ uid: id, recurrenceId: date.optional(), from: z.enum(['file', 'subscription']) }).optional(),
  createdAt: date.optional(),
  updatedAt: date.optional(),
});

export const actionSchema = z.looseObject({
  id,
  text,
  owner: z.enum(OWNERS),
  personId: id.optional(),
  meetingId: id.optional(),
  goalId: id.optional(),
  dueAt: date.optional(),
  doneAt: date.optional(),
  createdAt: date.optional(),
});

export const reflectionSchema = z.looseObject({
  id,
  at: date,
  text,
  promptId: text.optional(),
  promptText: text.optional(),
  personId: id.optional(),
});

export const insightSchema = z.looseObject({
  id,
  text,
  personId: id.optional(),
  createdAt: date.optional(),
  dueAt: date.optional(),
  srs: z.record(z.string(), z.unknown()).optional(),
});

export const resourceSchema = z.looseObject({
  id,
  kind: z.enum(RESOURCE_KINDS),
  title: text,
  url: text.optional(),
  lessonId: text.optional(),
  note: text.optional(),
  personIds: ids.optional(),
  goalIds: ids.optional(),
  savedAt: date.optional(),
});

export const collectionSchema = z.looseObject({
  id,
  title: text,
  note: text.optional(),
  resourceIds: ids.optional(),
  createdAt: date.optional(),
  updatedAt: date.optional(),
});

export const assessmentSchema = z.looseObject({
  id,
  kind: z.enum(ASSESSMENT_KINDS),
  at: date,
  answers: z.record(z.string(), z.number()).optional(),
  score: percent.optional(),
  band: text.optional(),
});

export const promptSchema = z.looseObject({
  id,
  text,
  element: text.optional(),
  direction: text.optional(),
  createdAt: date.optional(),
});

/** Not among PRODUCT.md's tables: optional extras that other v1 readers may ignore. */
export const settingSchema = z.looseObject({ key: id, value: z.unknown() });
export const lessonProgressSchema = z.looseObject({ lessonId: id, seenAt: date.optional(), triedAt: date.optional() });

export const RECORD_SCHEMAS: { [T in UserTable]: z.ZodType } = {
  people: personSchema,
  goals: goalSchema,
  meetings: meetingSchema,
  actions: actionSchema,
  reflections: reflectionSchema,
  insights: insightSchema,
  resources: resourceSchema,
  collections: collectionSchema,
  assessments: assessmentSchema,
  prompts: promptSchema,
  settings: settingSchema,
  lessonProgress: lessonProgressSchema,
};

/** A backup lists every table of the user's (lib/db/tables.ts), in the registry's order. */
export type BackupTable = UserTable;
export const BACKUP_TABLES = USER_TABLES;

/** Which fields point at records of which table; every reference must resolve. */
export const REFERENCES: ReadonlyArray<{ table: BackupTable; field: string; target: BackupTable; what: string }> = [
  { table: 'meetings', field: 'personId', target: 'people', what: 'person' },
  { table: 'meetings', field: 'goalIds', target: 'goals', what: 'goal' },
  { table: 'actions', field: 'personId', target: 'people', what: 'person' },
  { table: 'actions', field: 'meetingId', target: 'meetings', what: 'meeting' },
  { table: 'actions', field: 'goalId', target: 'goals', what: 'goal' },
  { table: 'goals', field: 'helperIds', target: 'people', what: 'person' },
  { table: 'reflections', field: 'personId', target: 'people', what: 'person' },
  { table: 'insights', field: 'personId', target: 'people', what: 'person' },
  { table: 'resources', field: 'personIds', target: 'people', what: 'person' },
  { table: 'resources', field: 'goalIds', target: 'goals', what: 'goal' },
  { table: 'collections', field: 'resourceIds', target: 'resources', what: 'saved resource' },
];

export interface BackupV1 {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  data: { [T in BackupTable]?: Array<Record<string, unknown>> };
}
