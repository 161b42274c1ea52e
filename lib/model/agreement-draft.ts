// The agreement as a form holds it: the day counts as typed, so that a field can be cleared and
// retyped; read into an Agreement, with what to fix field by field, only on blur and on save.
import { type CadenceErrors, readCadence } from './days-input';
import type { Agreement, Cadence } from './types';

export type AgreementDraft = Omit<Agreement, 'cadence'> & { idealDays: string; maxDays: string };

export type AgreementErrors = CadenceErrors & Partial<Record<'plannedEndAt' | 'midpointReviewAt', string>>;

/** A draft from a stored agreement, or from a draft kept by an earlier version (which held numbers). */
export function toAgreementDraft(a: Agreement | AgreementDraft | undefined, fallback: Cadence): AgreementDraft {
  if (a && typeof (a as AgreementDraft).idealDays === 'string') return a as AgreementDraft;
  const { cadence, ...rest } = (a ?? {}) as Agreement;
  return { ...rest, idealDays: String(cadence?.idealDays ?? fallback.idealDays), maxDays: String(cadence?.maxDays ?? fallback.maxDays) };
}

export interface AgreementContext {
  /** Today in the user's time zone, YYYY-MM-DD. */
  today: string;
  /** The person's rhythm, for a day count left empty. */
  fallback: Cadence;
  /** What is stored: a planned end already past is kept as it is, only a new one must be ahead. */
  stored?: Agreement;
}

export function readAgreement(d: AgreementDraft, ctx: AgreementContext): { agreement: Agreement } | { errors: AgreementErrors } {
  const cadence = readCadence(d.idealDays, d.maxDays, ctx.fallback);
  const errors: AgreementErrors = 'errors' in cadence ? { ...cadence.errors } : {};
  const end = d.plannedEndAt?.slice(0, 10);
  const mid = d.midpointReviewAt?.slice(0, 10);
  if (end && end < ctx.today && d.plannedEndAt !== ctx.stored?.plannedEndAt) errors.plannedEndAt = 'Choose a planned end from today on.';
  else if (end && mid && end < mid) errors.plannedEndAt = 'The planned end should come after the mid-point review.';
  if (Object.keys(errors).length || 'errors' in cadence) return { errors };
  const { idealDays: _ideal, maxDays: _max, objectives, ...rest } = d;
  const kept = objectives?.map((o) => o.trim()).filter(Boolean);
  return { agreement: { ...rest, objectives: kept?.length ? kept : undefined, cadence: cadence.cadence } };
}
