// The development plan: every active goal with its measure, target date, the people who help,
// the next open actions and where progress stands. A handful of goals: read whole.
import type { StoredAction } from '../db/derived';
import { stripDerived } from '../db/derived';
import type { ActionItem, Goal, Person } from '../model/types';
import { dexieReader } from '../reads/dexie-reader';
import { activeGoals, peopleByIds } from '../reads/queries';
import { MAX_KEY, MIN_KEY, type Reader } from '../reads/reader';
import { namer, type Sharing } from './share';

/** Next actions shown per goal. */
export const NEXT_ACTIONS = 3;

export interface PlanGoal {
  goal: Goal;
  actions: ActionItem[];
}

export interface LoadedPlan {
  goals: PlanGoal[];
  people: Map<string, Person>;
}

const dueOrder = (a: ActionItem, b: ActionItem) => (a.dueAt ?? '\uffff').localeCompare(b.dueAt ?? '\uffff');

export async function loadPlan(r: Reader = dexieReader): Promise<LoadedPlan> {
  const goals = (await activeGoals(r)).sort(
    (a, b) => (a.targetDate ?? '\uffff').localeCompare(b.targetDate ?? '\uffff') || a.title.localeCompare(b.title),
  );
  const withActions = await Promise.all(
    goals.map(async (goal) => {
      const linked = (await r.where<StoredAction>('actions', 'goalId', { equals: goal.id })).filter((a) => !a.doneAt).sort(dueOrder);
      // Few actions name a goal: what is open with the people who help with it comes next.
      const withHelpers = await Promise.all(
        (goal.helperIds ?? []).map((id) =>
          r.where<StoredAction>('actions', '[personId+openDue]', { lower: [id, MIN_KEY], upper: [id, MAX_KEY] }, NEXT_ACTIONS),
        ),
      );
      const seen = new Set(linked.map((a) => a.id));
      const more = withHelpers
        .flat()
        .filter((a) => !seen.has(a.id))
        .sort(dueOrder);
      return { goal, actions: [...linked, ...more].slice(0, NEXT_ACTIONS).map((a) => stripDerived('actions', a)) };
    }),
  );
  const ids = withActions.flatMap(({ goal, actions }) => [
    ...(goal.helperIds ?? []),
    ...actions.flatMap((a) => (a.personId ? [a.personId] : [])),
  ]);
  return { goals: withActions, people: await peopleByIds(r, ids) };
}

export interface SharedPlanGoal {
  id: string;
  title: string;
  measure?: string;
  targetDate?: string;
  progress: number;
  lastNote?: string;
  helpers: string[];
  actions: Array<{ text: string; owner: ActionItem['owner']; who?: string; dueAt?: string }>;
}

export function sharePlan(plan: LoadedPlan, sharing: Sharing): SharedPlanGoal[] {
  const name = namer(plan.people, sharing);
  const left = new Set(sharing.goalsLeftOut);
  return plan.goals
    .filter(({ goal }) => !left.has(goal.id))
    .map(({ goal, actions }) => {
      const lastNote = goal.history?.findLast((h) => h.note)?.note;
      return {
        id: goal.id,
        title: goal.title,
        ...(goal.measure ? { measure: goal.measure } : {}),
        ...(goal.targetDate ? { targetDate: goal.targetDate } : {}),
        progress: goal.progress ?? 0,
        ...(lastNote ? { lastNote } : {}),
        helpers: (goal.helperIds ?? []).flatMap((id) => name(id) ?? []),
        actions: actions.flatMap((a) => {
          const who = a.personId ? name(a.personId) : undefined;
          // An action with someone left out goes with them.
          if (a.personId && plan.people.has(a.personId) && !who) return [];
          return [{ text: a.text, owner: a.owner, ...(who ? { who } : {}), ...(a.dueAt ? { dueAt: a.dueAt } : {}) }];
        }),
      };
    });
}
