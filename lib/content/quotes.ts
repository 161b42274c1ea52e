import { createHash } from 'node:crypto';
import { words } from './originality';
import { SOURCES, type Source } from './sources';

/** The longest quotation a lesson may carry, in words: a short phrase, not a passage. */
export const MAX_QUOTE_WORDS = 12;

export interface AttributedQuote {
  quote: string;
  /** The sources the sentence names; the quote must come from one of them. */
  sources: Array<{ citation: string; source: Source }>;
  sentence: string;
}

/** Sentences of a Markdown body; a full stop inside a closing quotation mark still ends one. */
function sentences(markdown: string): string[] {
  return markdown.split(/\n+/).flatMap((line) => line.split(/(?<=[.!?]["”]?)\s+/));
}

/**
 * Quotations (in double quotation marks) that a sentence attributes to a known source by naming it.
 * Quotations in sentences that name no source are dialogue or examples of our own, not claims about a text.
 */
export function attributedQuotes(markdown: string): AttributedQuote[] {
  const out: AttributedQuote[] = [];
  for (const sentence of sentences(markdown)) {
    const named = Object.entries(SOURCES)
      .filter(([, s]) => s.names.some((n) => sentence.includes(n)))
      .map(([citation, source]) => ({ citation, source }));
    if (named.length === 0) continue;
    for (const m of sentence.matchAll(/["“]([^"“”]+)["”]/g)) out.push({ quote: m[1] as string, sources: named, sentence });
  }
  return out;
}

/** Whether `quote` is a run of whole words in `text`, ignoring case and punctuation. */
export function quotedIn(quote: string, text: string): boolean {
  return ` ${words(text).join(' ')} `.includes(` ${words(quote).join(' ')} `);
}

/** The hash recorded in test/fixtures/seed-quote-hashes.txt for a quote verified in a seed; the seeds stay out of the repo. */
export function quoteHash(seed: string, quote: string): string {
  return createHash('sha1')
    .update(`${seed}\n${words(quote).join(' ')}`)
    .digest('hex')
    .slice(0, 12);
}
