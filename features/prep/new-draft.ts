// A fresh draft for the prep: written, so it goes through Dexie.
import type { Question } from '../../lib/content/types';
import { getSetting, setSetting } from '../../lib/repos/settings';
import { defineSetting, isStringArray } from '../../lib/settings/registry';
import { draftFor, type PrepDraft } from './draft';
import type { PrepData } from './prep-read';
import { chooseQuestions } from './questions';

/** A fresh draft: carried talking points, the agreed split, three new questions (the next date is proposed as it is shown). */
export async function newDraft(prep: PrepData, random = Math.random): Promise<PrepDraft> {
  const { person } = prep;
  // The questions asked last time, so that the next draft asks others.
  const asked = defineSetting<string[]>(`prep.questions.${person.id}`, [], isStringArray);
  const last = await getSetting(asked);
  const { default: questions } = await import('../../content/questions.json');
  const picked = chooseQuestions(
    questions as Question[],
    { direction: person.direction, stage: prep.stage, goals: prep.goals.map((g) => g.title) },
    last,
    random,
  );
  await setSetting(
    asked,
    picked.map((q) => q.id),
  );
  return draftFor(prep, picked);
}
