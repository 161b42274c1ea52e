import { describe, expect, it } from 'vitest';
import type { Person } from '../model/types';
import { dedupeRows, matchIndex, mergePatch, nameKey, personFrom } from './match';
import { buildPreview, defaultChoice, planImport } from './preview';
import type { ContactRow } from './types';

const row = (name: string, more: Partial<ContactRow> = {}): ContactRow => ({ line: 1, name, emails: [], links: [], sources: [], ...more });
const person = (id: string, name: string, more: Partial<Person> = {}): Person => ({ id, name, direction: 'peer', ...more });

describe('matching people', () => {
  it('ignores case, accents and spacing in names', () => {
    expect(nameKey('  Zoë   Müller ')).toBe(nameKey('zoe muller'));
    expect(nameKey('Anne Marie')).toBe(nameKey('AnneMarie'));
    expect(nameKey('Zoë')).not.toBe(nameKey('Zoey'));
  });

  it('finds by import source first, then by email, then by name', () => {
    const people = [
      person('a', 'Ada Lovelace', { emails: ['ada@example.org'] }),
      person('b', 'Ada L.', { sources: ['vcard:1'] }),
      person('c', 'Grace Hopper'),
    ];
    const index = matchIndex(people);
    expect(index.find(row('Somebody', { sources: ['vcard:1'], emails: ['ada@example.org'] }))?.id).toBe('b');
    expect(index.find(row('A. Lovelace', { emails: ['ada@example.org'] }))?.id).toBe('a');
    expect(index.find(row('GRACE  hopper'))?.id).toBe('c');
    expect(index.find(row('Katherine Johnson', { emails: ['kj@example.org'] }))).toBeUndefined();
  });

  it('folds rows of one file that are the same person', () => {
    const rows = dedupeRows([
      row('Ada Lovelace', { emails: ['ada@example.org'] }),
      row('Grace Hopper'),
      row('ada lovelace', { org: 'Engines', links: ['https://ada.example'] }),
      row('Countess of Lovelace', { emails: ['ada@example.org', 'ada@home.example'] }),
    ]);
    expect(rows.map((r) => r.name)).toEqual(['Ada Lovelace', 'Grace Hopper']);
    expect(rows[0]).toMatchObject({ org: 'Engines', emails: ['ada@example.org', 'ada@home.example'], links: ['https://ada.example'] });
  });
});

describe('merging into an existing person', () => {
  it('fills only what is empty and adds what is missing', () => {
    const p = person('a', 'Ada', { role: 'My own words', emails: ['ada@example.org'] });
    expect(
      mergePatch(
        p,
        row('Ada', { role: 'Countess', org: 'Engines', emails: ['ada@example.org', 'ada@home.example'], sources: ['vcard:9'] }),
      ),
    ).toEqual({
      org: 'Engines',
      emails: ['ada@example.org', 'ada@home.example'],
      sources: ['vcard:9'],
    });
    expect(mergePatch(p, row('Ada', { emails: ['ada@example.org'] }))).toBeUndefined();
  });
});

describe('the preview and its plan', () => {
  const people = [person('a', 'Ada Lovelace', { emails: ['ada@example.org'], role: 'Mentor' })];
  const preview = buildPreview(
    {
      format: 'csv',
      rows: [
        row('Ada Lovelace', { role: 'Countess', links: ['https://ada.example'] }),
        row('Grace Hopper', { org: 'Navy' }),
        row('Alan Turing'),
      ],
      problems: [],
    },
    people,
  );

  it('marks who is already here and what merging would add', () => {
    expect(preview.rows[0]?.match).toEqual({ id: 'a', name: 'Ada Lovelace', patch: { links: ['https://ada.example'] } });
    expect(preview.rows[1]?.match).toBeUndefined();
  });

  it('adds new rows with the direction’s cadence, merges matches, skips what the user skips', () => {
    const choices = preview.rows.map((r) => defaultChoice(r, 'peer'));
    expect(choices.map((c) => c.action)).toEqual(['merge', 'add', 'add']);
    choices[1] = { action: 'add', direction: 'up' };
    choices[2] = { action: 'skip', direction: 'peer' };
    expect(planImport(preview.rows, choices)).toEqual({
      add: [{ name: 'Grace Hopper', direction: 'up', org: 'Navy', cadence: { idealDays: 28, maxDays: 42 } }],
      merge: [{ id: 'a', patch: { links: ['https://ada.example'] } }],
    });
  });

  it('adds a matched row as a new person when asked to', () => {
    const plan = planImport(preview.rows.slice(0, 1), [{ action: 'add', direction: 'down' }]);
    expect(plan.add).toEqual([personFrom(row('Ada Lovelace', { role: 'Countess', links: ['https://ada.example'] }), 'down')]);
  });
});
