// Checks that keep the library honest: reading times, near-duplicate prompts and cues, cues that
// offer rather than ask, quotations that match their sources, and self-assessments with knock-outs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../lib/content/load';
import { wordCount } from '../../lib/content/markdown';
import { words } from '../../lib/content/originality';
import { attributedQuotes, MAX_QUOTE_WORDS, quoteHash } from '../../lib/content/quotes';
import { readingMinutes } from '../../lib/content/reading-time';
import { scoreAssessment } from '../../lib/content/score';
import { nearDuplicates } from '../../lib/content/similarity';
import { SOURCES } from '../../lib/content/sources';

const library = loadLibrary();
const verified = new Set(
  readFileSync(join(import.meta.dirname, '../fixtures/seed-quote-hashes.txt'), 'utf8')
    .split('\n')
    .filter(Boolean),
);

describe('reading time', () => {
  it('is computed from the text at 230 words a minute, for every lesson, case and the guide', () => {
    for (const d of [...library.lessons, ...library.cases, library.guide]) expect(d.minutes, d.id).toBe(readingMinutes(wordCount(d.body)));
    const lesson = library.lessons.find((l) => l.id === 'the-80-20-split');
    expect(lesson?.minutes).toBe(Math.round((lesson?.words ?? 0) / 230));
  });
});

describe('prompts and cues', () => {
  it('hold no near-duplicate pairs', () => {
    expect(nearDuplicates(library.prompts)).toEqual([]);
    expect(nearDuplicates(library.cues)).toEqual([]);
  });

  it('are one line: prompts end with a question mark, and no prompt or cue asks two things', () => {
    for (const p of library.prompts) {
      expect(p.text, p.id).toMatch(/\?$/);
      expect(p.text.length, p.id).toBeLessThanOrEqual(100);
      expect(p.text.match(/\?/g)?.length, p.id).toBe(1);
    }
  });

  // A cue is something the user gives; one that starts by asking for something is a request.
  it('cues open with an offer, not a request', () => {
    const OFFERS =
      /^(Offer|Show|Tell|Send|Share|Give|Teach|Introduce|Invite|Book|Suggest|Propose|Bring|Mention|Thank|Hand|Walk|Pass|Lend|Speak)\b/;
    for (const c of library.cues) expect(c.text, c.id).toMatch(OFFERS);
  });
});

describe('attributions', () => {
  it('every source a lesson cites is named in its text, and every source its text names is cited', () => {
    for (const l of library.lessons)
      for (const [citation, source] of Object.entries(SOURCES)) {
        const named = source.names.some((n) => l.body.includes(n));
        expect(named, `${l.id}: ${named ? 'names' : 'cites'} "${citation}"`).toBe(l.sources.includes(citation));
      }
  });
});

describe('quotations', () => {
  const quotes = library.lessons.flatMap((l) => attributedQuotes(l.body).map((q) => ({ ...q, lesson: l })));

  it('finds the quotations a lesson attributes', () => {
    expect(quotes.length).toBeGreaterThan(5);
  });

  it('are short, cite their source, and appear word for word in the seed they are attributed to', () => {
    for (const { quote, sources, lesson } of quotes) {
      const where = `${lesson.id}: "${quote}"`;
      expect(words(quote).length, where).toBeLessThanOrEqual(MAX_QUOTE_WORDS);
      expect(
        sources.some((s) => lesson.sources.includes(s.citation)),
        `${where} names a source the lesson does not cite`,
      ).toBe(true);
      expect(
        sources.some((s) => verified.has(quoteHash(s.source.seed, quote))),
        `${where} is not in its seed; fix it, or run scripts/seed-hashes.ts`,
      ).toBe(true);
    }
  });

  it('refuses a misquotation', () => {
    // The first edition quoted Jinnette's "none of us are as smart as all of us" with "is".
    expect(verified.has(quoteHash('jinnette', 'are as smart as all of us'))).toBe(true);
    expect(verified.has(quoteHash('jinnette', 'is as smart as all of us'))).toBe(false);
  });
});

describe('readiness self-assessments', () => {
  for (const def of library.assessments) {
    const all = (v: number) => Object.fromEntries(def.items.map((i) => [i.id, v]));
    const top = def.scale.length - 1;
    const highest = [...def.bands].sort((a, b) => b.min - a.min)[0]?.title;

    it(`${def.id}: has knock-out statements, and one "Not yet" on any keeps the reader out of "${highest}"`, () => {
      const knockouts = def.items.filter((i) => i.knockout);
      expect(knockouts.length).toBeGreaterThan(0);
      for (const k of knockouts) {
        const r = scoreAssessment(def, { ...all(top), [k.id]: 0 });
        expect(r.score, k.id).toBeGreaterThanOrEqual(85);
        expect(r.band.title, k.id).not.toBe(highest);
      }
    });

    it(`${def.id}: a skipped statement does not pull the band down`, () => {
      const skipOne = all(top);
      delete skipOne[def.items.find((i) => !i.knockout)?.id ?? ''];
      expect(scoreAssessment(def, skipOne)).toMatchObject({ score: 100, band: { title: highest }, enough: true });
    });
  }

  it('mentor: a mentor with no time is not "ready to begin"', () => {
    const mentor = library.assessments.find((a) => a.id === 'mentor');
    if (!mentor) throw new Error('no mentor assessment');
    const time = mentor.items.find((i) => /time/i.test(i.text) && i.knockout);
    expect(time).toBeDefined();
    const answers = { ...Object.fromEntries(mentor.items.map((i) => [i.id, 3])), [time?.id ?? '']: 0 };
    expect(scoreAssessment(mentor, answers).band.title).not.toMatch(/ready to begin/i);
  });

  it('mentor: asks whether there is a particular person the reader wants to mentor', () => {
    const mentor = library.assessments.find((a) => a.id === 'mentor');
    expect(mentor?.items.some((i) => /particular person/i.test(i.text))).toBe(true);
  });
});
