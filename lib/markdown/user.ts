// User-written Markdown (meeting notes) → safe HTML. The shared marked configuration drops
// unsafe links; DOMPurify then removes anything executable that raw HTML could smuggle in.
// Images are not allowed: a remote image would be a network call (and a tracking pixel).
import DOMPurify from 'dompurify';
import type { Token, Tokens } from 'marked';
import { dashboardLink } from '../content/links';
import { createMarkdown } from '../content/markdown';

const md = createMarkdown((kind, id) => `/options.html${dashboardLink(kind, id)}`);

export interface UserMarkdownOptions {
  /**
   * The level of the heading the notes sit under: the note's own headings are moved below it,
   * its shallowest heading one level down (capped at h6), so `##` in a note never outranks the section.
   */
  headingsBelow?: number;
}

function shiftHeadings(tokens: Token[], below: number): void {
  const headings: Tokens.Heading[] = [];
  md.walkTokens(tokens, (t) => {
    if (t.type === 'heading') headings.push(t as Tokens.Heading);
  });
  const shift = below + 1 - Math.min(...headings.map((h) => h.depth));
  for (const h of headings) h.depth = Math.min(6, Math.max(below + 1, h.depth + shift));
}

export function renderUserMarkdown(text: string, { headingsBelow }: UserMarkdownOptions = {}): string {
  const tokens = md.lexer(text);
  if (headingsBelow !== undefined) shiftHeadings(tokens, headingsBelow);
  const html = md.parser(tokens);
  return DOMPurify.sanitize(html, {
    FORBID_TAGS: [
      'img',
      'picture',
      'video',
      'audio',
      'iframe',
      'object',
      'embed',
      'form',
      'input',
      'button',
      'textarea',
      'select',
      'style',
      'link',
      'meta',
      'base',
      'svg',
      'math',
    ],
    FORBID_ATTR: ['style', 'srcset', 'formaction'],
    ADD_ATTR: ['target', 'rel'],
  });
}
