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
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface MarkdownOptions {
  /** Give each template a "Copy" button; only where a script handles it (the dashboard, not the script-free site). */
  copyButtons?: boolean;
}

/**
 * A fenced block whose info string is `template <title>` is a template the reader may copy:
 * plain text in a figure, with a copy button and a status line where asked for.
 */
function template(title: string, text: string, copyButtons: boolean): string {
  const label = escapeAttr(`Copy template: ${title}`);
  const controls = copyButtons
    ? `<button type="button" class="btn template-copy" data-copy-template aria-label="${label}">Copy</button><span class="template-status" role="status"></span>`
    : '';
  return `<figure class="template"><figcaption class="template-head"><span>Template: ${escapeText(title)}</span>${controls}</figcaption><pre><code>${escapeText(text)}</code></pre></figure>\n`;
}

/** A marked instance with heading ids, safe external links and internal references resolved. */
export function createMarkdown(linkFor: LinkFor, { copyButtons = false }: MarkdownOptions = {}): Marked {
  return new Marked({
    gfm: true,
    renderer: {
      code({ text, lang }: Tokens.Code) {
        const m = /^template\s+(.+)$/.exec(lang ?? '');
        return m ? template((m[1] as string).trim(), text, copyButtons) : false;
      },
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
