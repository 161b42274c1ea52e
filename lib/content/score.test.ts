import { describe, expect, it } from 'vitest';
import { scoreAssessment } from './score';
import type { AssessmentDef } from './types';

const def: AssessmentDef = {
  id: 'mentor',
  title: 'Ready?',
  intro: '',
  scale: ['Not yet', 'Somewhat', 'Mostly', 'Fully'],
  items: [
    { id: 'time', text: 'I have time.', knockout: 'Without time, nothing else can start.' },
    ...['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, text: `Statement ${id}` })),
  ],
  bands: [
    { min: 0, max: 39, title: 'Not yet', advice: '' },
    { min: 40, max: 84, title: 'Nearly', advice: '' },
    { min: 85, max: 100, title: 'Ready to begin', advice: '' },
  ],
};
const all = (v: number) => Object.fromEntries(def.items.map((i) => [i.id, v]));

describe('self-assessment scoring', () => {
  it('scores the answers as a share of their maximum', () => {
    expect(scoreAssessment(def, all(3))).toMatchObject({ score: 100, band: { title: 'Ready to begin' }, answered: 6, enough: true });
    expect(scoreAssessment(def, all(0))).toMatchObject({ score: 0, band: { title: 'Not yet' } });
  });

  it('leaves skipped statements out of the score instead of counting them as zero', () => {
    const r = scoreAssessment(def, { time: 3, a: 3, b: 3, c: 3 });
    expect(r).toMatchObject({ score: 100, answered: 4, band: { title: 'Ready to begin' }, enough: true });
  });

  it('shows no result until two-thirds are answered, knock-out statements included', () => {
    expect(scoreAssessment(def, { time: 3, a: 3, b: 3 }).enough).toBe(false);
    expect(scoreAssessment(def, { a: 3, b: 3, c: 3, d: 3, e: 3 }).enough).toBe(false);
  });

  it('holds the band at the lowest when a knock-out statement is "Not yet", whatever the total', () => {
    const r = scoreAssessment(def, { ...all(3), time: 0 });
    expect(r.score).toBe(83);
    expect(r.band.title).toBe('Not yet');
    expect(r.knockouts).toEqual([{ id: 'time', why: 'Without time, nothing else can start.' }]);
    expect(scoreAssessment(def, { ...all(3), time: 1 }).knockouts).toEqual([]);
  });

  it('ignores answers outside the scale', () => {
    expect(scoreAssessment(def, { time: 9, a: -1, b: 1.5 }).answered).toBe(0);
  });
});
