// Reads and checks content/ (Node only). Used by the site build and by the extension build
// (through a virtual module), so both fail, naming the file and field, on bad content.

import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import matter from 'gray-matter';
import { z } from 'zod';
import { hasRawHtml, INTERNAL_LINK, linksIn, wordCount } from './markdown';
import { readingMinutes } from './reading-time';
import { SOURCES } from './sources';
import {
  type AssessmentDef,
  type CaseStudy,
  type Cue,
  type Doc,
  ELEMENTS,
  type Lesson,
  type Library,
  PROMPT_DIRECTIONS,
  type Prompt,
  type Question,
  STAGES,
  type Track,
} from './types';

export const CONTENT_DIR = join(import.meta.dirname, '../../content');
export const WORDS = { min: 300, max: 700 } as const;

export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Content has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  }
}

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');
const idList = z.array(id);
const lessonMeta = z.strictObject({
  id,
  title: z.string().min(3),
  track: id,
  tags: z.array(z.string().regex(/^[a-z0-9-]+$/, 'must be lower-case')).min(1),
  prompts: z.array(z.string()),
  summary: z.string().min(10),
  sources: z.array(z.string()),
});
const caseMeta = z.strictObject({
  id,
  title: z.string().min(3),
  tags: z.array(z.string()),
  lessons: idList,
});
const guideMeta = z.strictObject({ id, title: z.string().min(3) });
const promptSchema = z.strictObject({
  id: z.string().regex(/^[pc]-[a-z]+-\d{2}$/, 'must look like p-<element>-NN or c-<element>-NN'),
  text: z.string().min(8),
  element: z.enum(ELEMENTS),
  direction: z.enum(PROMPT_DIRECTIONS),
  stage: z.enum(STAGES),
  lesson: id.optional(),
});
const questionSchema = z.strictObject({
  id: z.string().regex(/^q-(up|peer|down|outside|any)-\d{2}$/, 'must look like q-<direction>-NN'),
  text: z.string().min(8).max(140),
  direction: z.enum(PROMPT_DIRECTIONS),
  stage: z.enum(STAGES),
  element: z.enum(ELEMENTS),
  goal: z.boolean(),
});
const trackSchema = z.array(z.strictObject({ id, title: z.string(), summary: z.string(), lessons: idList }));
const assessmentSchema = z.strictObject({
  id: z.enum(['mentor', 'mentee']),
  title: z.string(),
  intro: z.string(),
  scale: z.array(z.string()).min(2),
  items: z.array(z.strictObject({ id, text: z.string().min(8), lesson: id.optional(), knockout: z.string().min(10).optional() })).min(10),
  bands: z.array(z.strictObject({ min: z.number().int(), max: z.number().int(), title: z.string(), advice: z.string() })).min(2),
});

type Problems = string[];

function check<T>(schema: z.ZodType<T>, value: unknown, file: string, problems: Problems): T | undefined {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  for (const issue of r.error.issues) problems.push(`${file}: ${issue.path.join('.') || '(whole file)'}: ${issue.message}`);
  return undefined;
}

/** How problems name a file: `content/…`, wherever the folder really is. */
function rel(root: string, path: string): string {
  return join('content', relative(root, path));
}

function readJson(root: string, file: string, problems: Problems): unknown {
  const path = join(root, file);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    problems.push(`${rel(root, path)}: not valid JSON (${(e as Error).message})`);
    return undefined;
  }
}

function readDocs<M extends { id: string }>(
  root: string,
  folder: string,
  schema: z.ZodType<M>,
  problems: Problems,
): Array<M & { body: string; words: number; minutes: number; file: string }> {
  const out: Array<M & { body: string; words: number; minutes: number; file: string }> = [];
  const dir = join(root, folder);
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()) {
    const path = join(dir, name);
    const file = rel(root, path);
    let parsed: matter.GrayMatterFile<string>;
    try {
      parsed = matter(readFileSync(path, 'utf8'));
    } catch (e) {
      problems.push(`${file}: front matter is not valid YAML (${(e as Error).message.split('\n')[0]})`);
      continue;
    }
    const meta = check(schema, parsed.data, file, problems);
    if (!meta) continue;
    if (meta.id !== basename(name, '.md')) problems.push(`${file}: id: must equal the file name ("${basename(name, '.md')}")`);
    const words = wordCount(parsed.content);
    // Reading time is computed, never claimed in front matter, so it cannot drift from the text.
    out.push({ ...meta, body: parsed.content.trim(), words, minutes: readingMinutes(words), file });
  }
  return out;
}

function unique(items: Array<{ id: string; file?: string }>, where: string, problems: Problems): void {
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) problems.push(`${item.file ?? where}: id: "${item.id}" is used twice`);
    seen.add(item.id);
  }
}

function checkBands(def: AssessmentDef, file: string, problems: Problems): void {
  const bands = [...def.bands].sort((a, b) => a.min - b.min);
  let next = 0;
  for (const b of bands) {
    if (b.min !== next) problems.push(`${file}: bands: ${b.min > next ? 'gap' : 'overlap'} at ${next}`);
    next = b.max + 1;
  }
  if (next !== 101) problems.push(`${file}: bands: must end at 100`);
}

/** Loads content/, checks every rule, and throws one ContentError listing all problems. */
export function loadLibrary(dir = CONTENT_DIR): Library {
  const problems: Problems = [];
  const tracks = (check(trackSchema, readJson(dir, 'tracks.json', problems), 'content/tracks.json', problems) ?? []) as Track[];
  const lessons = readDocs(dir, 'lessons', lessonMeta, problems);
  const cases = readDocs(dir, 'cases', caseMeta, problems);
  const [guide] = readDocs(dir, 'guide', guideMeta, problems);
  const prompts = (check(z.array(promptSchema), readJson(dir, 'prompts.json', problems), 'content/prompts.json', problems) ??
    []) as Prompt[];
  const cues = (check(z.array(promptSchema), readJson(dir, 'cues.json', problems), 'content/cues.json', problems) ?? []) as Cue[];
  const questions = (check(z.array(questionSchema), readJson(dir, 'questions.json', problems), 'content/questions.json', problems) ??
    []) as Question[];
  const assessments = ['mentor', 'mentee'].flatMap((a) => {
    const file = `content/assessments/${a}.json`;
    const def = check(assessmentSchema, readJson(dir, `assessments/${a}.json`, problems), file, problems) as AssessmentDef | undefined;
    if (def) checkBands(def, file, problems);
    return def ? [def] : [];
  });

  unique(lessons, 'content/lessons', problems);
  unique(cases, 'content/cases', problems);
  unique(prompts, 'content/prompts.json', problems);
  unique(cues, 'content/cues.json', problems);
  unique(questions, 'content/questions.json', problems);
  for (const q of questions)
    if (q.goal !== q.text.includes('{goal}'))
      problems.push(
        `content/questions.json: ${q.id}.text: ${q.goal ? 'a goal question must contain {goal}' : 'only goal questions may contain {goal}'}`,
      );
  const lessonIds = new Set(lessons.map((l) => l.id));
  const promptIds = new Set(prompts.map((p) => p.id));
  const trackIds = new Set(tracks.map((t) => t.id));
  const targets = { lesson: lessonIds, case: new Set(cases.map((c) => c.id)), guide: new Set(guide ? [guide.id] : []) };

  const order = new Map(tracks.flatMap((t, ti) => t.lessons.map((l, li) => [l, { track: t.id, i: ti * 1000 + li }] as const)));
  for (const t of tracks)
    for (const l of t.lessons) if (!lessonIds.has(l)) problems.push(`content/tracks.json: ${t.id}.lessons: "${l}" is not a lesson`);
  lessons.sort((a, b) => (order.get(a.id)?.i ?? 0) - (order.get(b.id)?.i ?? 0));
  for (const l of lessons) {
    if (order.get(l.id)?.track !== l.track)
      problems.push(`content/tracks.json: ${l.track}.lessons: must list "${l.id}" (its track is ${l.track})`);
    if (!trackIds.has(l.track)) problems.push(`${l.file}: track: "${l.track}" is not in content/tracks.json`);
    for (const p of l.prompts) if (!promptIds.has(p)) problems.push(`${l.file}: prompts: "${p}" is not in content/prompts.json`);
    for (const src of l.sources)
      if (!(src in SOURCES)) problems.push(`${l.file}: sources: "${src}" is not a known source (lib/content/sources.ts)`);
    if (l.words < WORDS.min || l.words > WORDS.max)
      problems.push(`${l.file}: body: ${l.words} words; a lesson has ${WORDS.min}–${WORDS.max}`);
    if (!/^## Try this today$/m.test(l.body)) problems.push(`${l.file}: body: must end with a "## Try this today" section`);
  }
  for (const c of cases) {
    for (const l of c.lessons) if (!lessonIds.has(l)) problems.push(`${c.file}: lessons: "${l}" is not a lesson`);
    if (!/^## Discussion questions$/m.test(c.body)) problems.push(`${c.file}: body: needs a "## Discussion questions" section`);
  }
  for (const [file, list] of [
    ['content/prompts.json', prompts],
    ['content/cues.json', cues],
  ] as const)
    for (const p of list) if (p.lesson && !lessonIds.has(p.lesson)) problems.push(`${file}: ${p.id}.lesson: "${p.lesson}" is not a lesson`);
  for (const c of cues) if (!c.text.includes('{name}')) problems.push(`content/cues.json: ${c.id}.text: must contain {name}`);
  for (const a of assessments)
    for (const i of a.items)
      if (i.lesson && !lessonIds.has(i.lesson))
        problems.push(`content/assessments/${a.id}.json: ${i.id}.lesson: "${i.lesson}" is not a lesson`);
  for (const d of [...lessons, ...cases, ...(guide ? [guide] : [])])
    if (hasRawHtml(d.body)) problems.push(`${d.file}: body: raw HTML is not allowed; write Markdown`);
  for (const d of [...lessons, ...cases, ...(guide ? [guide] : [])])
    for (const href of linksIn(d.body)) {
      const m = INTERNAL_LINK.exec(href);
      if (m ? !targets[m[1] as keyof typeof targets].has(m[2] as string) : !/^(https?:\/\/|#)/.test(href))
        problems.push(`${d.file}: link "${href}" does not resolve`);
    }
  if (!guide) problems.push('content/guide/: the facilitation guide is missing');
  if (problems.length) throw new ContentError(problems);

  const strip = <T extends { file: string }>({ file: _, ...rest }: T) => rest;
  return {
    tracks,
    lessons: lessons.map(strip) as Lesson[],
    prompts,
    cues,
    questions,
    assessments,
    cases: cases.map(strip) as CaseStudy[],
    guide: strip(guide as Doc & { file: string }) as Doc,
  };
}
