import Dexie from 'dexie';
import { db } from '../db/db';
import { newId, nowIso } from '../ids';
import type { Assessment, AssessmentKind } from '../model/types';

export async function addAssessment(input: Omit<Assessment, 'id' | 'at'>, at = nowIso()): Promise<Assessment> {
  const assessment: Assessment = { ...input, id: newId(), at, updatedAt: at };
  await db.assessments.add(assessment);
  return assessment;
}

/** Attempts of one self-assessment, newest first. */
export function assessmentHistory(kind: AssessmentKind): Promise<Assessment[]> {
  return db.assessments.where('[kind+at]').between([kind, Dexie.minKey], [kind, Dexie.maxKey]).reverse().toArray();
}
