import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../lib/model/types';
import { rapportTrend, suggestRepair, thankYouDraft } from './relationship';

const m = (day: number, rapport?: number, kind: Meeting['kind'] = 'meeting'): Meeting => ({
  id: `m${day}`,
  personId: 'p',
  at: `2026-01-${String(day).padStart(2, '0')}T10:00:00Z`,
  status: 'held',
  kind,
  ...(rapport ? { rapport } : {}),
});

describe('re-pairing suggestion', () => {
  it('appears after two low ratings among the first three meetings', () => {
    expect(suggestRepair([m(1, 2), m(2, 4), m(3, 1)])).toBe(true);
    expect(suggestRepair([m(1, 2), m(2, 4), m(3, 3), m(4, 1)])).toBe(false);
    expect(suggestRepair([m(1, 1), m(2, 5, 'call'), m(3, 2)])).toBe(true);
    expect(suggestRepair([m(1, 2)])).toBe(false);
  });
});

describe('ending well', () => {
  it('drafts a thank-you from what was gained', () => {
    const text = thankYouDraft({ name: 'Grace Okafor' }, 'how to frame a decision for executives.');
    expect(text).toContain('Dear Grace,');
    expect(text).toContain('What I take with me most: how to frame a decision for executives.');
  });

  it('gives the rapport trend oldest first', () => {
    expect(rapportTrend([m(3, 5), m(1, 2), m(2)])).toEqual([2, 5]);
  });
});
