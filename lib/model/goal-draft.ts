// A new goal as typed, read into its fields or told what to fix.

export interface GoalDraft {
  title: string;
  measure: string;
  /** YYYY-MM-DD or empty. */
  targetDate: string;
}

export type GoalErrors = Partial<Record<keyof GoalDraft, string>>;

/** `today` is the user's local day, YYYY-MM-DD. */
export function readGoal(
  d: GoalDraft,
  today: string,
): { goal: { title: string; measure?: string; targetDate?: string } } | { errors: GoalErrors } {
  const errors: GoalErrors = {};
  const title = d.title.trim();
  if (!title) errors.title = 'Name what you want to grow in, in a few words.';
  if (d.targetDate && d.targetDate < today) errors.targetDate = 'Choose a target date from today on.';
  if (Object.keys(errors).length) return { errors };
  return {
    goal: { title, ...(d.measure.trim() ? { measure: d.measure.trim() } : {}), ...(d.targetDate ? { targetDate: d.targetDate } : {}) },
  };
}
