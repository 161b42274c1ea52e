// Regenerates test/fixtures/seed-run-hashes.txt from the reference texts in ../shared/seeds.
// Only hashes are committed, so the originality check runs anywhere without copying the texts.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runHashes } from '../lib/content/originality.ts';

const dir = process.argv[2] ?? join(import.meta.dirname, '../../shared/seeds');
const all = new Set<string>();
for (const f of readdirSync(dir).sort()) for (const h of runHashes(readFileSync(join(dir, f), 'utf8'))) all.add(h);
const out = join(import.meta.dirname, '../test/fixtures/seed-run-hashes.txt');
writeFileSync(out, `${[...all].sort().join('\n')}\n`);
console.log(`wrote ${all.size} run hashes to ${out}`);
