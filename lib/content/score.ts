import type { AssessmentBand, AssessmentDef } from './types';

/** Each item is answered 0..scale-1; the score is the share of the maximum, 0–100. */
export function scoreAssessment(
  def: AssessmentDef,
  answers: Record<string, number>,
): { score: number; band: AssessmentBand; answered: number } {
  const top = def.scale.length - 1;
  let sum = 0;
  let answered = 0;
  for (const item of def.items) {
    const a = answers[item.id];
    if (a === undefined || !Number.isInteger(a) || a < 0 || a > top) continue;
    sum += a;
    answered++;
  }
  const score = Math.round((sum / (def.items.length * top)) * 100);
  const band = def.bands.find((b) => score >= b.min && score <= b.max) ?? (def.bands.at(-1) as AssessmentBand);
  return { score, band, answered };
}
