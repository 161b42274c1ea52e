// `npm run site`: the static site from content/, into site-dist/ (any static host or file://).

import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import type { VNode } from 'preact';
import { renderToStaticMarkup } from 'preact-render-to-string';
import { siteLink } from '../lib/content/links.ts';
import { loadLibrary } from '../lib/content/load.ts';
import { renderLibrary } from '../lib/content/render.ts';
import { AssessmentPage, CollectionPage, DocPage, HomePage, LessonPage, PromptsPage } from '../site/pages.tsx';

const ROOT = join(import.meta.dirname, '..');
export const SITE_DIR = join(ROOT, 'site-dist');

function write(file: string, page: VNode): number {
  const html = `<!doctype html>\n${renderToStaticMarkup(page)}\n`;
  const path = join(SITE_DIR, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, html);
  return html.length;
}

/** Tokens, base styles, reading styles and site layout as one stylesheet. */
function stylesheet(): string {
  const read = (f: string) => readFileSync(join(ROOT, f), 'utf8').replace(/^@import .*$/gm, '');
  return ['components/tokens.css', 'components/base.css', 'components/library/library.css', 'site/site.css'].map(read).join('\n');
}

export async function buildSite(): Promise<{ pages: Record<string, number>; ms: number }> {
  const started = performance.now();
  rmSync(SITE_DIR, { recursive: true, force: true });
  const pages: Record<string, number> = {};
  const lib = loadLibrary();
  const atRoot = renderLibrary(lib, siteLink(0));
  const below = renderLibrary(lib, siteLink(1));
  pages['index.html'] = write('index.html', <HomePage lib={atRoot} />);
  pages['prompts.html'] = write('prompts.html', <PromptsPage lib={atRoot} />);
  pages['guide.html'] = write('guide.html', <DocPage doc={atRoot.guide} kind="Facilitation guide" depth={0} />);
  pages['collection.html'] = write('collection.html', <CollectionPage lessonIds={lib.lessons.map((l) => l.id)} />);
  for (const lesson of below.lessons)
    pages[`lessons/${lesson.id}.html`] = write(`lessons/${lesson.id}.html`, <LessonPage lib={below} lesson={lesson} />);
  for (const c of below.cases) pages[`cases/${c.id}.html`] = write(`cases/${c.id}.html`, <DocPage doc={c} kind="Case study" depth={1} />);
  for (const a of lib.assessments) pages[`assessments/${a.id}.html`] = write(`assessments/${a.id}.html`, <AssessmentPage def={a} />);
  mkdirSync(join(SITE_DIR, 'assets'), { recursive: true });
  writeFileSync(join(SITE_DIR, 'assets/site.css'), stylesheet());
  await build({
    entryPoints: { assessment: join(ROOT, 'site/client/assessment.ts'), collection: join(ROOT, 'site/client/collection.tsx') },
    outdir: join(SITE_DIR, 'assets'),
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'warning',
  });
  return { pages, ms: performance.now() - started };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { pages, ms } = await buildSite();
  const sizes = Object.values(pages);
  const lessonSizes = Object.entries(pages)
    .filter(([f]) => f.startsWith('lessons/'))
    .map(([, n]) => n);
  console.log(`Built ${sizes.length} pages into ${SITE_DIR} in ${ms.toFixed(0)} ms.`);
  console.log(
    `Lesson pages: ${Math.min(...lessonSizes)}–${Math.max(...lessonSizes)} bytes of HTML, plus ${readFileSync(join(SITE_DIR, 'assets/site.css')).length} bytes of CSS; no scripts.`,
  );
  console.log(`Open ${join(SITE_DIR, 'index.html')}, or run \`npm run serve\`.`);
}
