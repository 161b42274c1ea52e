import { getInsight, scheduleInsight } from '../repos/insights';
import type { GradeValue } from './grades';
import { review } from './review';

/** Records how well an insight was recalled and schedules its next review. */
export async function gradeInsight(id: string, grade: GradeValue, now = new Date()): Promise<void> {
  const insight = await getInsight(id);
  if (!insight) throw new Error(`No insight with id ${id}`);
  const next = review(insight.srs, grade, now);
  await scheduleInsight(id, next.dueAt, next.srs);
}
