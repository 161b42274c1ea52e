import { describe, expect, it } from 'vitest';
import { db } from '../db/db';
import { deriveAction } from '../db/derived';
import type { Person } from '../model/types';
import { addMeeting, addPerson, finishReview, startReview } from './figures';
import { planMarkdown, reviewMarkdown } from './markdown';
import { customPeriod, type Period } from './period';
import { loadPlan, sharePlan } from './plan';
import { anonymousLabel, namer, SHARE_ALL, shareReview } from './share';

const PERIOD = customPeriod('2026-01-01', '2026-03-31', 'UTC') as Period;
const ada: Person = { id: 'ada', name: 'Ada Park', direction: 'peer', org: 'Engineering' };
const ben: Person = { id: 'ben', name: 'Ben Ortiz', direction: 'up', role: 'Head of Product' };
const cy: Person = { id: 'cy', name: 'Cy Moss', direction: 'peer', org: 'Engineering' };
const people = new Map([ada, ben, cy].map((p) => [p.id, p]));

function review() {
  const acc = startReview(PERIOD);
  for (const [i, p] of [ada, ben, cy].entries())
    addMeeting(acc, {
      id: `m${i}`,
      personId: p.id,
      at: '2026-02-01T10:00:00.000Z',
      agenda: [{ text: `help ${p.id}`, from: 'them', done: true }],
    });
  for (const p of [ada, ben, cy]) addPerson(acc, p);
  const goal = {
    id: 'g',
    title: 'Speak up',
    status: 'active' as const,
    helperIds: ['ada', 'ben'],
    history: [{ at: '2026-02-02T00:00:00.000Z', progress: 30, note: 'asked in the all-hands' }],
  };
  return finishReview(acc, [goal], [], new Map());
}

describe('sharing a review', () => {
  it('calls a hidden person by who they are to you', () => {
    expect(anonymousLabel(ada)).toBe('a peer in Engineering');
    expect(anonymousLabel(ben)).toBe('someone senior, head of product');
    expect(anonymousLabel({ direction: 'outside', org: 'Acme' })).toBe('someone outside your organisation');
  });

  it('numbers two hidden people who would read the same', () => {
    const name = namer(people, { ...SHARE_ALL, hideAllNames: true });
    expect([name('ada'), name('cy')]).toEqual(['a peer in Engineering', 'a peer in Engineering (2)']);
  });

  it('keeps a hidden name out of every section of the Markdown, and a person left out entirely', () => {
    const md = reviewMarkdown(shareReview(review(), people, { ...SHARE_ALL, hidden: ['ada'], leftOut: ['cy'] }));
    expect(md).not.toContain('Ada Park');
    expect(md).toContain('a peer in Engineering');
    expect(md).toContain('Ben Ortiz');
    expect(md).not.toContain('Cy Moss');
    expect(md).not.toContain('help cy');
    expect(md).toContain('- **Speak up**: 0% → 30% (with a peer in Engineering, Ben Ortiz)');
    expect(md).toContain('  - 2026-02-02, 30%: asked in the all-hands');
  });

  it('leaves out the sections not ticked and the goals not chosen', () => {
    const md = reviewMarkdown(shareReview(review(), people, { ...SHARE_ALL, sections: ['activity'], goalsLeftOut: ['g'] }));
    expect(md).toContain('## Meetings and contacts');
    expect(md).toContain('3 meetings (0 hours) and 0 quick contacts with 3 people.');
    expect(md).toContain('| Feb 2026 | 3 | 0 |');
    expect(md).not.toContain('## Goals');
    expect(md).not.toContain('Speak up');
  });
});

describe('the development plan', () => {
  it('lists every active goal with its measure, target, helpers, next open actions and progress', async () => {
    await db.people.bulkAdd([ada, ben]);
    await db.goals.bulkAdd([
      {
        id: 'g1',
        title: 'Speak up',
        status: 'active',
        measure: 'Two talks',
        targetDate: '2026-09-01',
        progress: 40,
        helperIds: ['ada'],
        history: [{ at: '2026-02-01T00:00:00.000Z', progress: 40, note: 'first talk' }],
      },
      { id: 'g2', title: 'Delegate', status: 'active', helperIds: ['ben'] },
      { id: 'g3', title: 'Old one', status: 'done' },
    ]);
    await db.actions.bulkAdd(
      [
        { id: 'a1', text: 'book a slot', owner: 'me' as const, goalId: 'g1', dueAt: '2026-03-02T10:00:00.000Z' },
        { id: 'a2', text: 'done already', owner: 'me' as const, goalId: 'g1', doneAt: '2026-03-01T10:00:00.000Z' },
        { id: 'a3', text: 'send feedback', owner: 'them' as const, goalId: 'g1', personId: 'ada' },
        { id: 'a4', text: 'introduce me', owner: 'them' as const, personId: 'ben', dueAt: '2026-03-05T10:00:00.000Z' },
      ].map(deriveAction),
    );
    const plan = sharePlan(await loadPlan(), { ...SHARE_ALL, hideAllNames: true });
    expect(plan.map((g) => g.title)).toEqual(['Speak up', 'Delegate']);
    const md = planMarkdown(plan, '2026-03-01', 'UTC');
    expect(md).toContain(
      '## Speak up\n\n- Progress: 40%\n- Success looks like: Two talks\n- Target date: 2026-09-01\n- Who helps: a peer in Engineering\n- Latest note: first talk',
    );
    expect(md).toContain('  - book a slot (you, by 2026-03-02)\n  - send feedback (a peer in Engineering)');
    expect(md).not.toContain('done already');
    expect(md).not.toContain('Ada Park');
    expect(md).toContain('## Delegate\n\n- Progress: 0%\n- Who helps: someone senior, head of product');
    // No action names this goal: what is open with its helper comes next.
    expect(md).toContain('- Next actions:\n  - introduce me (someone senior, head of product, by 2026-03-05)');
  });
});
