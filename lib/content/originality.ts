import { createHash } from 'node:crypto';

/** Length of the word run that counts as copied text. */
export const RUN_LENGTH = 10;

/** Lower-cased words with punctuation and typographic quotes folded away. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^a-z0-9' ]+/g, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

function hashRun(run: string): string {
  return createHash('sha1').update(run).digest('hex').slice(0, 12);
}

/** Hashes of every RUN_LENGTH-word run; hashed so the reference texts themselves are never stored here. */
export function runHashes(text: string): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + RUN_LENGTH <= w.length; i++) out.add(hashRun(w.slice(i, i + RUN_LENGTH).join(' ')));
  return out;
}

/** The RUN_LENGTH-word runs of `text` whose hash appears in `reference`. */
export function copiedRuns(text: string, reference: ReadonlySet<string>): string[] {
  const w = words(text);
  const hits: string[] = [];
  for (let i = 0; i + RUN_LENGTH <= w.length; i++) {
    const run = w.slice(i, i + RUN_LENGTH).join(' ');
    if (reference.has(hashRun(run))) hits.push(run);
  }
  return hits;
}
