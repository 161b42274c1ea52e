// What the forms take for a number of days, written once: the person form and both agreement
// forms (popup first meeting, dashboard) check what people type with these rules.
import type { Cadence } from './types';

/** Ten years: anything longer is not a rhythm of keeping in touch. */
export const MAX_DAYS = 3650;

export type CadenceErrors = Partial<Record<'idealDays' | 'maxDays', string>>;

/** A whole number of days as typed ("14"), or why not. Only digits: not "1e2", "14.5", "-3" or "two". */
export function readDays(text: string, example: number): { days: number } | { error: string } {
  const t = text.trim();
  if (!/^\d+$/.test(t) || Number(t) < 1) return { error: `Use a whole number of days, such as ${example}.` };
  const days = Number(t);
  if (days > MAX_DAYS) return { error: `Use at most ${MAX_DAYS} days (ten years).` };
  return { days };
}

/** The ideal and longest gaps as typed; an empty field takes `fallback`'s. */
export function readCadence(idealText: string, maxText: string, fallback: Cadence): { cadence: Cadence } | { errors: CadenceErrors } {
  const ideal = idealText.trim() === '' ? { days: fallback.idealDays } : readDays(idealText, 14);
  const max = maxText.trim() === '' ? { days: Math.max(fallback.maxDays, 'days' in ideal ? ideal.days : 0) } : readDays(maxText, 30);
  const errors: CadenceErrors = {};
  if ('error' in ideal) errors.idealDays = ideal.error;
  if ('error' in max) errors.maxDays = max.error;
  else if ('days' in ideal && max.days < ideal.days)
    errors.maxDays = `The longest gap should be at least the ideal one (${ideal.days} days).`;
  if ('days' in ideal && 'days' in max && !errors.maxDays) return { cadence: { idealDays: ideal.days, maxDays: max.days } };
  return { errors };
}
