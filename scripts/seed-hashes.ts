// Regenerates the fixtures that let content be checked against the reference texts in ../shared/seeds
// without copying them: test/fixtures/seed-run-hashes.txt (every 10-word run, for the originality check)
// and test/fixtures/seed-quote-hashes.txt (each quotation in a lesson that was found, word for word, in
// the seed of a source its sentence names). Rerun after adding or changing a quotation.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLibrary } from '../lib/content/load.ts';
import { runHashes } from '../lib/content/originality.ts';
import { attributedQuotes, quotedIn, quoteHash } from '../lib/content/quotes.ts';
import { SEED_FILES } from '../lib/content/sources.ts';

const dir = process.argv[2] ?? join(import.meta.dirname, '../../shared/seeds');
const fixtures = join(import.meta.dirname, '../test/fixtures');

const runs = new Set<string>();
for (const f of readdirSync(dir).sort()) for (const h of runHashes(readFileSync(join(dir, f), 'utf8'))) runs.add(h);
writeFileSync(join(fixtures, 'seed-run-hashes.txt'), `${[...runs].sort().join('\n')}\n`);
console.log(`wrote ${runs.size} run hashes`);

const seeds = Object.fromEntries(Object.entries(SEED_FILES).map(([key, file]) => [key, readFileSync(join(dir, file), 'utf8')]));
const quotes = new Set<string>();
const missing: string[] = [];
for (const lesson of loadLibrary().lessons)
  for (const q of attributedQuotes(lesson.body)) {
    const found = q.sources.filter((s) => quotedIn(q.quote, seeds[s.source.seed] as string));
    for (const s of found) quotes.add(quoteHash(s.source.seed, q.quote));
    if (found.length === 0) missing.push(`${lesson.id}: "${q.quote}"`);
  }
writeFileSync(join(fixtures, 'seed-quote-hashes.txt'), `${[...quotes].sort().join('\n')}\n`);
console.log(`wrote ${quotes.size} verified quotation hashes`);
if (missing.length) console.log(`not found in the source their sentence names:\n  ${missing.join('\n  ')}`);
