import { renderToString } from 'preact-render-to-string';
import { expect, it } from 'vitest';
import { AgreementFields } from './AgreementFields';

it('lists the goals an agreement can serve by title, as people read them', () => {
  const goals = ['Speak at a conference', 'delegate more', 'Écrire mieux', 'Build a team'].map((title, i) => ({ id: `g${i}`, title }));
  const html = renderToString(<AgreementFields value={{ idealDays: '14', maxDays: '21' }} errors={{}} onChange={() => {}} goals={goals} />);
  const order = ['Build a team', 'delegate more', 'Écrire mieux', 'Speak at a conference'];
  const at = order.map((t) => html.indexOf(t));
  expect(at.every((x) => x >= 0)).toBe(true);
  expect([...at].sort((a, b) => a - b)).toEqual(at);
});
