// The one Markdown configuration, shared by the site, the extension and user notes.
import { Marked, type Tokens } from 'marked';

/** Where an internal reference (`lesson:id`, `case:id`, `guide:facilitation`) points in a given place. */
export type LinkFor = (kind: 'lesson' | 'case' | 'guide', id: string) => string;

export const INTERNAL_LINK = /^(lesson|case|guide):([a-z0-9-]+)$/;

export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/<[^>]+>/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A marked instance with heading ids, safe external links and internal references resolved. */
export function createMarkdown(linkFor: LinkFor): Marked {
  return new Marked({
    gfm: true,
    renderer: {
      heading(this: { parser: { parseInline: (t: Tokens.Generic[]) => string } }, { tokens, depth, text }: Tokens.Heading) {
        return `<h${depth} id="${slug(text)}">${this.parser.parseInline(tokens)}</h${depth}>\n`;
      },
      link(this: { parser: { parseInline: (t: Tokens.Generic[]) => string } }, { href, title, tokens }: Tokens.Link) {
        const inner = this.parser.parseInline(tokens);
        const t = title ? ` title="${escapeAttr(title)}"` : '';
        const internal = INTERNAL_LINK.exec(href);
        if (internal) return `<a href="${escapeAttr(linkFor(internal[1] as 'lesson', internal[2] as string))}"${t}>${inner}</a>`;
        if (/^https?:\/\//i.test(href)) return `<a href="${escapeAttr(href)}"${t} rel="noopener noreferrer" target="_blank">${inner}</a>`;
        if (href.startsWith('#')) return `<a href="${escapeAttr(href)}"${t}>${inner}</a>`;
        // Anything else (javascript:, data:, relative paths) is shown as plain text.
        return inner;
      },
    },
  });
}

/** Internal references and external URLs in a Markdown text, for link checks. */
export function linksIn(markdown: string): string[] {
  const out: string[] = [];
  new Marked().walkTokens(new Marked().lexer(markdown), (t) => {
    if (t.type === 'link') out.push((t as Tokens.Link).href);
  });
  return out;
}

/** Whether a Markdown text holds raw HTML (content must not: every tag comes from our renderer). */
export function hasRawHtml(markdown: string): boolean {
  let found = false;
  new Marked().walkTokens(new Marked().lexer(markdown), (t) => {
    if (t.type === 'html') found = true;
  });
  return found;
}

export function wordCount(markdown: string): number {
  return markdown
    .replace(/[#>*_`[\]()-]/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;
}
