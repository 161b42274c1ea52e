import { describe, expect, it } from 'vitest';
import { readAgreement, toAgreementDraft } from './agreement-draft';

const ctx = { today: '2026-12-01', fallback: { idealDays: 28, maxDays: 42 } };
const draft = toAgreementDraft(undefined, ctx.fallback);

describe('an agreement as typed', () => {
  it('starts from the person’s rhythm, and reads a draft an earlier version kept as numbers', () => {
    expect(draft).toMatchObject({ idealDays: '28', maxDays: '42' });
    expect(toAgreementDraft({ cadence: { idealDays: 7, maxDays: 10 }, confidentiality: 'all' }, ctx.fallback)).toEqual({
      idealDays: '7',
      maxDays: '10',
      confidentiality: 'all',
    });
  });

  it('reads the cadence and trims the objectives', () => {
    expect(readAgreement({ ...draft, idealDays: '21', maxDays: '30', objectives: [' Learn pricing ', ''] }, ctx)).toEqual({
      agreement: { objectives: ['Learn pricing'], cadence: { idealDays: 21, maxDays: 30 } },
    });
  });

  it('refuses what the person form refuses', () => {
    expect(readAgreement({ ...draft, idealDays: '730', maxDays: '10' }, ctx)).toEqual({
      errors: { maxDays: 'The longest gap should be at least the ideal one (730 days).' },
    });
    expect(readAgreement({ ...draft, idealDays: '1e2' }, ctx)).toMatchObject({ errors: { idealDays: expect.any(String) } });
  });

  it('refuses a new planned end in the past or before the mid-point, and keeps one already stored', () => {
    expect(readAgreement({ ...draft, plannedEndAt: '2026-11-30' }, ctx)).toEqual({
      errors: { plannedEndAt: 'Choose a planned end from today on.' },
    });
    expect(readAgreement({ ...draft, midpointReviewAt: '2027-03-01', plannedEndAt: '2027-02-01' }, ctx)).toEqual({
      errors: { plannedEndAt: 'The planned end should come after the mid-point review.' },
    });
    expect(readAgreement({ ...draft, plannedEndAt: '2026-11-30' }, { ...ctx, stored: { plannedEndAt: '2026-11-30' } })).toHaveProperty(
      'agreement',
    );
    expect(readAgreement({ ...draft, plannedEndAt: '2026-12-01' }, ctx)).toHaveProperty('agreement');
  });
});
