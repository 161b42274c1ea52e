// A fresh draft for the prep: written, so it goes through Dexie.
import type { Question } from '../../lib/content/types';
import { getSetting, setSetting } from '../../lib/repos/settings';
import { draftFor, type PrepDraft } from './draft';
import type { PrepData } from './prep-read';
import { chooseQuestions } from './questions';

/** A fresh draft: carried talking points, the agreed split, three new questions (the next date is proposed as it is shown). */
export async function newDraft(prep: PrepData, random = Math.random): Promise<PrepDraft> {
  const { person } = prep;
  const key = `prep.questions.${person.id}`;
  const last = await getSetting<string[]>(key, []);
  const { default: questions } = await import('../../content/questions.json');
  const picked = chooseQuestions(
    questions as Question[],
    { direction: person.direction, stage: prep.stage, goals: prep.goals.map((g) => g.title) },
    last,
    random,
  );
  await setSetting(
    key,
    picked.map((q) => q.id),
  );
  return draftFor(prep, picked);
}
