import type { Cue } from '../../lib/content/types';
import type { ActionItem, Goal, Person } from '../../lib/model/types';

/**
 * What the user could give this person today: what they wrote they can teach back, else help
 * with something the person owes, else a cue from the bank for their direction.
 */
export function teachBackCue(
  person: Person,
  theirActions: ActionItem[],
  cues: Cue[],
  random: () => number,
  goals: Goal[] = [],
): { text: string; lesson?: string } {
  const first = person.name.split(' ')[0] ?? person.name;
  if (person.teachBack?.trim()) return { text: `Offer ${first} what you can teach back: ${person.teachBack.trim()}` };
  const owed = theirActions.find((a) => a.owner === 'them' && !a.doneAt);
  if (owed) return { text: `Ask ${first} how “${owed.text}” is going, and offer a hand with it` };
  const fitting = cues.filter((c) => c.direction === person.direction || c.direction === 'any');
  const cue = fitting[Math.floor(random() * fitting.length)];
  if (cue) return { text: cue.text.replaceAll('{name}', first), ...(cue.lesson ? { lesson: cue.lesson } : {}) };
  const goal = goals[0];
  return {
    text: goal
      ? `Tell ${first} where you are with “${goal.title}”, and ask what they are working on`
      : `Ask ${first} what they would like to learn this month`,
  };
}
