import { Lexer } from 'marked';

export interface Excerpt {
  /** The start of the notes, whole blocks (a paragraph cut at a word when it alone is too long). */
  start: string;
  /** About how many words come after the start; 0 when the start is all of it. */
  moreWords: number;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The first blocks of `markdown` that fit in about `limit` characters, and what is left. */
export function excerpt(markdown: string, limit: number): Excerpt {
  if (markdown.length <= limit) return { start: markdown, moreWords: 0 };
  let start = '';
  for (const token of Lexer.lex(markdown)) {
    if (start && start.length + token.raw.length > limit) break;
    start += token.raw;
  }
  if (start.length > limit * 2 && /^[^\n`|#>*-]/.test(start)) {
    const cut = start.lastIndexOf(' ', limit);
    start = `${start.slice(0, cut > 0 ? cut : limit)} …`;
    return { start, moreWords: words(markdown.slice(start.length - 2)) };
  }
  return { start, moreWords: words(markdown.slice(start.length)) };
}
