import { createMarkdown, type LinkFor, type MarkdownOptions } from './markdown';
import type { CaseStudy, Doc, Lesson, Library } from './types';

export type Rendered<T extends Doc> = Omit<T, 'body'> & { html: string };

export interface RenderedLibrary extends Omit<Library, 'lessons' | 'cases' | 'guide'> {
  lessons: Array<Rendered<Lesson>>;
  cases: Array<Rendered<CaseStudy>>;
  guide: Rendered<Doc>;
}

/** Turns every document's Markdown into HTML, with internal links pointing where `linkFor` says. */
export function renderLibrary(lib: Library, linkFor: LinkFor, options?: MarkdownOptions): RenderedLibrary {
  const md = createMarkdown(linkFor, options);
  const render = <T extends Doc>({ body, ...rest }: T): Rendered<T> =>
    ({ ...rest, html: md.parse(body, { async: false }) as string }) as Rendered<T>;
  return { ...lib, lessons: lib.lessons.map(render), cases: lib.cases.map(render), guide: render(lib.guide) };
}
