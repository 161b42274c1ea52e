import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_DIR, ContentError, loadLibrary } from '../../lib/content/load';
import { copiedRuns } from '../../lib/content/originality';
import { scoreAssessment } from '../../lib/content/score';
import { ELEMENTS } from '../../lib/content/types';

const library = loadLibrary();

describe('the library', () => {
  it('has what the brief asks for', () => {
    expect(library.lessons.length).toBeGreaterThanOrEqual(36);
    expect(library.prompts.length).toBeGreaterThanOrEqual(80);
    expect(library.cues.length).toBeGreaterThanOrEqual(30);
    expect(library.cases.length).toBeGreaterThanOrEqual(4);
    for (const a of library.assessments) expect(a.items.length).toBeGreaterThanOrEqual(10);
    expect(new Set(library.lessons.map((l) => l.track))).toEqual(new Set(library.tracks.map((t) => t.id)));
  });

  it('covers every element with prompts and cues', () => {
    for (const e of ELEMENTS) {
      expect(library.prompts.filter((p) => p.element === e).length, e).toBeGreaterThanOrEqual(5);
      expect(library.cues.filter((p) => p.element === e).length, e).toBeGreaterThanOrEqual(3);
    }
  });

  it('links every lesson to at least one prompt', () => {
    for (const l of library.lessons) expect(l.prompts.length, l.id).toBeGreaterThan(0);
  });

  it('shares no 10-word run with the reference texts', () => {
    const reference = new Set(
      readFileSync(join(import.meta.dirname, '../fixtures/seed-run-hashes.txt'), 'utf8')
        .split('\n')
        .filter(Boolean),
    );
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
    const copied = walk(CONTENT_DIR).flatMap((f) => copiedRuns(readFileSync(f, 'utf8'), reference).map((run) => `${f}: ${run}`));
    expect(copied).toEqual([]);
  });
});

describe('assessment scoring', () => {
  const mentor = library.assessments.find((a) => a.id === 'mentor');
  if (!mentor) throw new Error('no mentor assessment');
  it('scores 0–100 and picks the band', () => {
    const all = (v: number) => Object.fromEntries(mentor.items.map((i) => [i.id, v]));
    expect(scoreAssessment(mentor, all(0))).toMatchObject({ score: 0, band: { min: 0 } });
    expect(scoreAssessment(mentor, all(3))).toMatchObject({ score: 100, band: { max: 100 }, answered: mentor.items.length });
    expect(scoreAssessment(mentor, { [mentor.items[0]?.id ?? '']: 9 }).answered).toBe(0);
  });
});

describe('bad content fails loudly, naming the file and field', () => {
  const broken = (edit: (dir: string) => void) => {
    const dir = mkdtempSync(join(tmpdir(), 'content-'));
    cpSync(CONTENT_DIR, dir, { recursive: true });
    edit(dir);
    try {
      loadLibrary(dir);
    } catch (e) {
      expect(e).toBeInstanceOf(ContentError);
      return (e as ContentError).problems;
    }
    throw new Error('expected the content to be refused');
  };
  const rewrite = (dir: string, file: string, from: string | RegExp, to: string) => {
    const p = join(dir, file);
    writeFileSync(p, readFileSync(p, 'utf8').replace(from, to));
  };

  it('bad front matter', () => {
    // Reading time is computed from the text; a claimed one in front matter is refused.
    expect(broken((d) => rewrite(d, 'lessons/make-time.md', /^title: /m, 'minutes: 3\ntitle: '))).toContainEqual(
      expect.stringMatching(/content\/lessons\/make-time\.md: .*"minutes"/),
    );
    expect(broken((d) => rewrite(d, 'lessons/make-time.md', /^title: /m, 'title: [unclosed'))).toContainEqual(
      expect.stringMatching(/make-time\.md: front matter is not valid YAML/),
    );
  });

  it('a duplicate id', () => {
    expect(broken((d) => rewrite(d, 'prompts.json', '"p-reciprocity-02"', '"p-reciprocity-01"'))).toContainEqual(
      'content/prompts.json: id: "p-reciprocity-01" is used twice',
    );
  });

  it('a source that is not in the registry', () => {
    expect(broken((d) => rewrite(d, 'lessons/make-time.md', /^sources:\n/m, 'sources:\n  - "Someone, Somewhere"\n'))).toContainEqual(
      'content/lessons/make-time.md: sources: "Someone, Somewhere" is not a known source (lib/content/sources.ts)',
    );
  });

  it('a reference that does not exist', () => {
    expect(broken((d) => rewrite(d, 'lessons/make-time.md', /^prompts: \[/m, 'prompts: [p-nowhere-99, '))).toContainEqual(
      'content/lessons/make-time.md: prompts: "p-nowhere-99" is not in content/prompts.json',
    );
  });

  it('a broken link', () => {
    expect(broken((d) => rewrite(d, 'guide/facilitation.md', '(lesson:start-from-objectives)', '(lesson:no-such-lesson)'))).toContainEqual(
      'content/guide/facilitation.md: link "lesson:no-such-lesson" does not resolve',
    );
  });
});

describe('reading order', () => {
  it('lists lessons track by track, in each track’s order', () => {
    expect(library.lessons.map((l) => l.id)).toEqual(library.tracks.flatMap((t) => t.lessons));
  });
});

describe('1:1 questions', () => {
  it('cover every direction, the start and the end, and goal templates', () => {
    for (const d of ['up', 'peer', 'down', 'outside'])
      expect(library.questions.filter((q) => q.direction === d).length, d).toBeGreaterThanOrEqual(10);
    expect(library.questions.filter((q) => q.stage === 'beginning').length).toBeGreaterThanOrEqual(8);
    expect(library.questions.filter((q) => q.stage === 'ending').length).toBeGreaterThanOrEqual(8);
    expect(library.questions.filter((q) => q.goal).length).toBeGreaterThanOrEqual(10);
  });
});
