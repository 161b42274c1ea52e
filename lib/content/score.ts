import type { AssessmentBand, AssessmentDef } from './types';

/**
 * Share of the statements that must be answered before a result is shown. Below two-thirds, a
 * score over the answered ones says more about what was skipped than about the reader.
 */
export const MIN_ANSWERED = 2 / 3;

export interface AssessmentResult {
  /** Sum of the answers as a share of the most those answers could give, 0–100; skipped statements do not count. */
  score: number;
  band: AssessmentBand;
  answered: number;
  /** Whether enough is answered, knock-out statements included, for the band to mean something. */
  enough: boolean;
  /** Knock-out statements answered at the bottom of the scale: each holds the band at the lowest, whatever the score. */
  knockouts: Array<{ id: string; why: string }>;
}

/** Scores a self-assessment. Each statement is answered 0..scale-1; a missing or invalid answer is a skipped statement. */
export function scoreAssessment(def: AssessmentDef, answers: Record<string, number>): AssessmentResult {
  const top = def.scale.length - 1;
  let sum = 0;
  let answered = 0;
  let knockoutsAnswered = true;
  const knockouts: AssessmentResult['knockouts'] = [];
  for (const item of def.items) {
    const a = answers[item.id];
    const valid = a !== undefined && Number.isInteger(a) && a >= 0 && a <= top;
    if (item.knockout && !valid) knockoutsAnswered = false;
    if (!valid) continue;
    sum += a;
    answered++;
    if (item.knockout && a === 0) knockouts.push({ id: item.id, why: item.knockout });
  }
  const score = answered === 0 ? 0 : Math.round((sum / (answered * top)) * 100);
  const bands = [...def.bands].sort((x, y) => x.min - y.min);
  const band = knockouts.length
    ? (bands[0] as AssessmentBand)
    : (bands.find((b) => score >= b.min && score <= b.max) ?? (bands.at(-1) as AssessmentBand));
  const enough = knockoutsAnswered && answered >= Math.ceil(def.items.length * MIN_ANSWERED);
  return { score, band, answered, enough, knockouts };
}
