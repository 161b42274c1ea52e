import { describe, expect, it } from 'vitest';
import { draftFrom, emptyDraft, readDraft, rebaseDraft } from './person-draft';

describe('person form', () => {
  it('asks for a name and a direction', () => {
    const r = readDraft(emptyDraft());
    expect(r.ok).toBe(false);
    expect(!r.ok && Object.keys(r.errors).sort()).toEqual(['direction', 'name']);
  });

  it('fills the cadence from the direction when left blank, and trims text', () => {
    const r = readDraft({ ...emptyDraft(), name: '  Ada ', direction: 'down', teachBack: '  how I plan  ', role: ' ' });
    expect(r).toEqual({
      ok: true,
      fields: {
        name: 'Ada',
        direction: 'down',
        role: undefined,
        learnFrom: undefined,
        teachBack: 'how I plan',
        cadence: { idealDays: 14, maxDays: 21 },
        whoSchedules: 'either',
        emails: undefined,
        links: undefined,
      },
    });
  });

  it('reads emails and links one per line, lower-cases and de-duplicates emails, and names a bad one', () => {
    const base = { ...emptyDraft(), name: 'Ada', direction: 'up' as const };
    const r = readDraft({ ...base, emails: 'Ada@Example.org\nada@example.org, ada@work.example', links: ' https://a.example/ada \n' });
    expect(r).toMatchObject({ ok: true, fields: { emails: ['ada@example.org', 'ada@work.example'], links: ['https://a.example/ada'] } });
    expect(readDraft({ ...base, emails: 'ada at example' })).toMatchObject({
      ok: false,
      errors: { emails: expect.stringMatching(/“ada”/) },
    });
    const p = { id: 'x', name: 'Ada', direction: 'up' as const, emails: ['a@b.c'], links: ['https://l.example'] };
    expect(draftFrom(p)).toMatchObject({ emails: 'a@b.c', links: 'https://l.example' });
  });

  it('explains bad day counts', () => {
    const base = { ...emptyDraft(), name: 'A', direction: 'up' as const };
    expect(readDraft({ ...base, idealDays: 'often' })).toMatchObject({ ok: false, errors: { idealDays: expect.any(String) } });
    expect(readDraft({ ...base, idealDays: '30', maxDays: '10' })).toMatchObject({
      ok: false,
      errors: { maxDays: expect.stringMatching(/at least/) },
    });
    expect(readDraft({ ...base, idealDays: '60' })).toMatchObject({ ok: true, fields: { cadence: { idealDays: 60, maxDays: 60 } } });
  });

  it('round-trips a stored person', () => {
    const p = {
      id: 'x',
      name: 'Bo',
      direction: 'outside' as const,
      learnFrom: 'pricing',
      cadence: { idealDays: 40, maxDays: 80 },
      whoSchedules: 'them' as const,
    };
    const r = readDraft(draftFrom(p));
    expect(r).toMatchObject({
      ok: true,
      fields: { name: 'Bo', learnFrom: 'pricing', cadence: { idealDays: 40, maxDays: 80 }, whoSchedules: 'them' },
    });
  });
});

describe('the person form’s day counts', () => {
  it('names the limit and refuses "1e2"', () => {
    const base = { ...emptyDraft(), name: 'Ada', direction: 'up' as const };
    expect(readDraft({ ...base, idealDays: '10000' })).toEqual({ ok: false, errors: { idealDays: 'Use at most 3650 days (ten years).' } });
    expect(readDraft({ ...base, idealDays: '1e2' })).toMatchObject({ ok: false, errors: { idealDays: expect.any(String) } });
  });
});

describe('a person saved elsewhere while the form is open', () => {
  const base = { ...emptyDraft(), name: 'Ada', direction: 'peer' as const, role: 'Engineer', idealDays: '14', maxDays: '28' };

  it('keeps what the user typed and takes the rest from the stored person', () => {
    const mine = { ...base, role: 'Staff engineer' };
    const stored = { ...base, name: 'Ada Lovelace', idealDays: '21' };
    expect(rebaseDraft(base, mine, stored)).toEqual({
      draft: { ...base, name: 'Ada Lovelace', idealDays: '21', role: 'Staff engineer' },
      clashes: [],
    });
  });

  it('names the fields changed on both sides, keeping the user’s text', () => {
    const mine = { ...base, role: 'Staff engineer', name: 'Ada L.' };
    const stored = { ...base, role: 'Principal', name: 'Ada L.' };
    const { draft, clashes } = rebaseDraft(base, mine, stored);
    expect(draft.role).toBe('Staff engineer');
    expect(clashes).toEqual(['role']);
  });

  it('changes nothing when nothing was stored differently', () => {
    const mine = { ...base, teachBack: 'planning' };
    expect(rebaseDraft(base, mine, base)).toEqual({ draft: mine, clashes: [] });
  });
});
