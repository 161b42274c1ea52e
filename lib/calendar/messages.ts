import type { SnapshotMeta } from '../model/snapshot';
import type { CalendarApplied, CalendarPlan } from '../repos/calendar';
import type { CalendarPreview } from './preview';

/** What the calendar import page asks its worker. */
export type CalendarRequest =
  | { type: 'preview'; file: File; pastDays: number; now: string }
  | { type: 'apply'; plan: CalendarPlan; now: string };

export type CalendarReply =
  | { type: 'preview'; preview: CalendarPreview }
  | { type: 'refused'; message: string }
  | { type: 'applied'; applied: CalendarApplied; undo: SnapshotMeta }
  | { type: 'failed'; message: string };
