import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../lib/content/load';
import { seededRandom } from '../../lib/random';
import { buildAgenda, defaultSplit } from './agenda';
import { teachBackCue } from './cue';
import { draftInProgress } from './draft';
import { chooseQuestions } from './questions';
import { relationshipStage } from './stage';
import { clock, pause, resume, startTimer, timerView } from './timer';

const lib = loadLibrary();
const now = new Date('2026-06-01T09:00:00Z');

describe('relationship stage', () => {
  const p = { id: 'p', name: 'Ana', direction: 'up' as const };
  it('is first before any meeting, beginning for two, then middle, and ending near a planned end', () => {
    expect(relationshipStage(p, 0, now)).toBe('first');
    expect(relationshipStage(p, 2, now)).toBe('beginning');
    expect(relationshipStage(p, 5, now)).toBe('middle');
    expect(relationshipStage({ ...p, agreement: { plannedEndAt: '2026-06-20' } }, 5, now)).toBe('ending');
    expect(relationshipStage({ ...p, plannedEndAt: '2026-09-20' }, 5, now)).toBe('middle');
  });
});

describe('three questions', () => {
  it('fit the direction and stage, use a linked goal, and avoid last time’s three', () => {
    const r = seededRandom(1).next;
    const first = chooseQuestions(lib.questions, { direction: 'down', stage: 'middle', goals: ['Grow two people into leads'] }, [], r);
    expect(first).toHaveLength(3);
    for (const q of first) {
      const src = lib.questions.find((x) => x.id === q.id);
      expect(['down', 'any']).toContain(src?.direction);
      expect(['middle', 'any']).toContain(src?.stage);
    }
    expect(first.some((q) => q.text.includes('Grow two people into leads'))).toBe(true);
    const next = chooseQuestions(
      lib.questions,
      { direction: 'down', stage: 'middle', goals: ['Grow two people into leads'] },
      first.map((q) => q.id),
      r,
    );
    expect(next.map((q) => q.id).filter((id) => first.some((q) => q.id === id))).toEqual([]);
  });

  it('asks first-meeting questions at the start and none with a goal placeholder when there is no goal', () => {
    const qs = chooseQuestions(lib.questions, { direction: 'up', stage: 'first', goals: [] }, [], seededRandom(2).next);
    for (const q of qs) expect(['beginning', 'any']).toContain(lib.questions.find((x) => x.id === q.id)?.stage);
    expect(qs.some((q) => q.text.includes('{goal}'))).toBe(false);
  });
});

describe('agenda', () => {
  it('adds up to the meeting length and gives the larger share to the mentee', () => {
    const points = [
      { text: 'My promotion case', from: 'me' as const },
      { text: 'Their hiring question', from: 'them' as const },
    ];
    const a = buildAgenda(points, { mine: 80, theirs: 20 }, 60);
    expect(a.reduce((n, s) => n + s.minutes, 0)).toBe(60);
    expect(a.map((s) => [s.title, s.minutes])).toEqual([
      ['Check in', 5],
      ['Your agenda', 40],
      ['Their agenda', 10],
      ['Agreements and next steps', 5],
    ]);
    expect(a[1]?.points).toEqual([points[0]]);
    for (const m of [15, 25, 45, 90]) expect(buildAgenda([], { mine: 70, theirs: 30 }, m).reduce((n, s) => n + s.minutes, 0)).toBe(m);
    expect(buildAgenda([], defaultSplit('down'), 30)[1]?.title).toBe('Their agenda');
  });
});

describe('timer', () => {
  const segments = [
    { title: 'Check in', minutes: 5 },
    { title: 'Your agenda', minutes: 40 },
  ];
  it('knows the current segment, pauses and resumes', () => {
    const t = startTimer('p', segments, now);
    const at = (min: number) => new Date(now.getTime() + min * 60_000);
    expect(timerView(t, at(3))).toMatchObject({ segment: 0, segmentLeftMs: 120_000 });
    expect(timerView(t, at(6))).toMatchObject({ segment: 1 });
    const paused = pause(t, at(10));
    expect(timerView(paused, at(30)).elapsedMs).toBe(10 * 60_000);
    const resumed = resume(paused, at(30));
    expect(timerView(resumed, at(35)).elapsedMs).toBe(15 * 60_000);
    expect(timerView(resumed, at(80))).toMatchObject({ over: true, segment: -1 });
    expect(clock(125_000)).toBe('2:05');
  });
});

describe('teach-back cue', () => {
  const person = { id: 'p', name: 'Sam Lee', direction: 'down' as const };
  it('uses the teach-back field first, then what they owe, then the bank', () => {
    expect(teachBackCue({ ...person, teachBack: 'our on-call checklist' }, [], lib.cues, Math.random).text).toBe(
      'Offer Sam what you can teach back: our on-call checklist',
    );
    expect(teachBackCue(person, [{ id: 'a', text: 'Draft the plan', owner: 'them' }], lib.cues, Math.random).text).toContain(
      '“Draft the plan”',
    );
    const fromBank = teachBackCue(person, [], lib.cues, seededRandom(3).next);
    expect(fromBank.text).toContain('Sam');
    expect(fromBank.text).not.toContain('{name}');
  });
});

describe('the conversation being prepared', () => {
  it('is the draft changed last, within twelve hours', () => {
    const at = (h: number) => new Date(now.getTime() - h * 3_600_000).toISOString();
    expect(draftInProgress([{ personId: 'a', editedAt: at(2) }, { personId: 'b', editedAt: at(1) }, { personId: 'c' }], now)).toBe('b');
    expect(draftInProgress([{ personId: 'a', editedAt: at(13) }, { personId: 'c' }], now)).toBeUndefined();
  });
});
