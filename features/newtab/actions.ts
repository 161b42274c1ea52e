// What the new tab's buttons do. Widgets get these functions; none touches a table itself.

import type { GradeValue } from '../../lib/insights/grades';
import type { MeetingKind } from '../../lib/model/types';
import { dexieReader } from '../../lib/reads/dexie-reader';
import { completeAction } from '../../lib/repos/actions';
import { logContact } from '../../lib/repos/meetings';
import { addPendingPoint } from '../../lib/repos/people';
import { addReflection } from '../../lib/repos/reflections';
import { getSetting, setSetting } from '../../lib/repos/settings';
import { SETTINGS } from '../../lib/settings/registry';
import type { NewtabData } from './data';
import { withPlan } from './load';
import { planNextTab } from './rotation-read';
import { rotateCue, rotatePrompt, saveRotation } from './rotation-store';

export function makeActions(timeZone: string) {
  return {
    answer: async (prompt: NonNullable<NewtabData['prompt']>, text: string) => {
      await addReflection({ text, promptId: prompt.id, promptText: prompt.text });
    },
    anotherPrompt: () => rotatePrompt(new Date(), timeZone, Math.random, true),
    hidePrompt: async (id: string) => {
      const hidden = await getSetting(SETTINGS.hiddenPrompts);
      await setSetting(SETTINGS.hiddenPrompts, [...new Set([...hidden, id])]);
      await rotatePrompt(new Date(), timeZone, Math.random, true);
    },
    anotherCue: () => rotateCue(new Date(), timeZone, Math.random, true),
    addCue: (cue: NonNullable<NewtabData['cue']>) => addPendingPoint(cue.personId, { text: cue.text, from: 'me' }),
    logContact: (personId: string, kind: MeetingKind) => logContact(personId, kind),
    complete: (actionId: string) => completeAction(actionId),
    // The scheduler (ts-fsrs) loads only when an insight is graded, not with every new tab.
    grade: async (insightId: string, grade: GradeValue) => (await import('../../lib/insights/grade')).gradeInsight(insightId, grade),
    /**
     * With "change on every tab": settles and stores what the next tab will show, and returns
     * `shown` as that tab will show it, for its saved first frame. Undefined with any other
     * frequency.
     */
    nextTab: async (shown: NewtabData): Promise<NewtabData | undefined> => {
      const plan = await planNextTab(dexieReader, new Date(), timeZone);
      if (!plan) return undefined;
      await saveRotation(plan.promised);
      return withPlan(dexieReader, shown, plan.upcoming);
    },
  };
}

export type Actions = ReturnType<typeof makeActions>;
