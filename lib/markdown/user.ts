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

// A tag, its quoted attribute values kept whole (a quoted value may hold ">").
const TAG = /<[a-z][^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>?/gi;
// One attribute after another, each with its value, as the HTML tokenizer reads them.
const ATTR = /([\s/]*)([^\s/>=]+)(\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?/g;

function withoutHandlers(tag: string): string {
  const name = /^<[^\s/>]+/.exec(tag)?.[0] ?? '';
  return name + tag.slice(name.length).replace(ATTR, (all, space: string, attr: string) => (/^on/i.test(attr) ? space : all));
}

/**
 * Raw HTML with its event-handler attributes taken out. DOMPurify removes them too, but only
 * after parsing, and the browser reports every one it parses as a CSP violation on the page;
 * so they go before any parser sees them. DOMPurify stays the safety net.
 */
export function dropEventHandlers(html: string): string {
  return html.replace(TAG, withoutHandlers);
}

function prepare(tokens: Token[], headingsBelow: number | undefined): void {
  const headings: Tokens.Heading[] = [];
  md.walkTokens(tokens, (t) => {
    if (t.type === 'heading') headings.push(t as Tokens.Heading);
    if (t.type === 'html') (t as Tokens.HTML).text = dropEventHandlers((t as Tokens.HTML).text);
  });
  if (headingsBelow !== undefined) shiftHeadings(headings, headingsBelow);
}

function shiftHeadings(headings: Tokens.Heading[], below: number): void {
  const shift = below + 1 - Math.min(...headings.map((h) => h.depth));
  for (const h of headings) h.depth = Math.min(6, Math.max(below + 1, h.depth + shift));
}

export function renderUserMarkdown(text: string, { headingsBelow }: UserMarkdownOptions = {}): string {
  const tokens = md.lexer(text);
  prepare(tokens, headingsBelow);
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
