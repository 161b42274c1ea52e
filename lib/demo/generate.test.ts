import { describe, expect, it } from 'vitest';
import { checkBackup } from '../backup/validate';
import { dueInfo } from '../model/due';
import type { Person } from '../model/types';
import { BANK } from '../prompts/bank';
import { generateDemo } from './generate';

const NOW = new Date('2026-11-26T12:00:00Z');

describe('demo networks', () => {
  it('are deterministic for a seed and differ across seeds', () => {
    expect(generateDemo({ seed: 3, now: NOW })).toEqual(generateDemo({ seed: 3, now: NOW }));
    expect(generateDemo({ seed: 3, now: NOW })).not.toEqual(generateDemo({ seed: 4, now: NOW }));
  });

  it('are valid v1 backups of the requested size', () => {
    const doc = generateDemo({ people: 10, meetings: 75, now: NOW });
    expect(checkBackup(doc).ok).toBe(true);
    expect(doc.data.people).toHaveLength(10);
    expect(doc.data.meetings).toHaveLength(75);
  });

  it('look like a real network: every direction, people overdue and fine, plans, open actions both ways, goals', () => {
    const doc = generateDemo({ people: 60, now: NOW });
    const people = doc.data.people as unknown as Person[];
    expect(new Set(people.map((p) => p.direction))).toEqual(new Set(['up', 'peer', 'down', 'outside']));
    const active = people.filter((p) => p.status === 'active');
    const urgencies = new Set(active.map((p) => dueInfo(p, NOW, 'UTC').state));
    expect(urgencies).toContain('overdue');
    expect(urgencies).toContain('fine');
    expect(doc.data.meetings?.some((m) => m.status === 'planned' && String(m.at) > NOW.toISOString())).toBe(true);
    const open = doc.data.actions?.filter((a) => !a.doneAt) ?? [];
    expect(new Set(open.map((a) => a.owner))).toEqual(new Set(['me', 'them']));
    expect(doc.data.goals?.filter((g) => g.status === 'active').length).toBeGreaterThan(0);
    expect(doc.data.reflections?.length).toBeGreaterThan(0);
  });

  it('answer prompts of the bank, word for word, across several elements', () => {
    const reflections = generateDemo({ people: 40, now: NOW }).data.reflections ?? [];
    const bank = new Map(BANK.map((p) => [p.id, p]));
    for (const r of reflections) expect(bank.get(String(r.promptId))?.text, String(r.promptId)).toBe(r.promptText);
    expect(new Set(reflections.map((r) => bank.get(String(r.promptId))?.element)).size).toBeGreaterThan(3);
  });

  it('never agree the same action twice at one meeting', () => {
    const actions = generateDemo({ people: 1_000, now: NOW }).data.actions ?? [];
    const keys = actions.map((a) => `${a.meetingId}|${a.text}`);
    expect(actions.length).toBeGreaterThan(500);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keep each person’s clock at their latest held meeting', () => {
    const doc = generateDemo({ people: 30, now: NOW });
    for (const p of doc.data.people ?? []) {
      const held = (doc.data.meetings ?? []).filter((m) => m.personId === p.id && m.status === 'held').map((m) => String(m.at));
      expect(p.lastContactAt).toBe(held.sort().at(-1));
    }
  });

  it('scale to 10,000 people and 100,000 meetings', () => {
    const doc = generateDemo({ people: 10_000, meetings: 100_000, now: NOW });
    expect(doc.data.people).toHaveLength(10_000);
    expect(doc.data.meetings).toHaveLength(100_000);
    expect(checkBackup(doc).ok).toBe(true);
  });
});
