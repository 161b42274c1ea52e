import type { Question } from '../../lib/content/types';
import type { Direction } from '../../lib/model/types';
import type { Stage } from './stage';

const CONTENT_STAGE: Record<Stage, string> = { first: 'beginning', beginning: 'beginning', middle: 'middle', ending: 'ending' };

/**
 * Three questions for this conversation: fitted to the person's direction and the
 * relationship's stage, one built on a linked goal when there is one, and none of the
 * three shown last time unless the bank runs out.
 */
export function chooseQuestions(
  bank: Question[],
  ctx: { direction: Direction; stage: Stage; goals: string[] },
  lastShown: string[],
  random: () => number,
): Array<{ id: string; text: string }> {
  const stage = CONTENT_STAGE[ctx.stage];
  const fits = (q: Question) => (q.direction === ctx.direction || q.direction === 'any') && (q.stage === stage || q.stage === 'any');
  const score = (q: Question) => (q.direction === ctx.direction ? 2 : 0) + (q.stage === stage ? 2 : 0) + random();
  const fresh = (q: Question) => !lastShown.includes(q.id);
  const ranked = (pool: Question[]) => [...pool].sort((a, b) => score(b) - score(a));
  const goal = ctx.goals.length ? ranked(bank.filter((q) => q.goal && fits(q) && fresh(q)))[0] : undefined;
  const plain = [
    ...ranked(bank.filter((q) => !q.goal && fits(q) && fresh(q))),
    ...ranked(bank.filter((q) => !q.goal && fits(q) && !fresh(q))),
  ];
  const picked = [...(goal ? [goal] : []), ...plain].slice(0, 3);
  const goalTitle = ctx.goals[Math.floor(random() * ctx.goals.length)] ?? '';
  return picked.map((q) => ({ id: q.id, text: q.text.replaceAll('{goal}', goalTitle) }));
}
