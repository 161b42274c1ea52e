// Lists every 10-word run that a content file shares with the reference texts. Exit 1 if any.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { copiedRuns } from '../lib/content/originality.ts';

const root = join(import.meta.dirname, '..');
const reference = new Set(readFileSync(join(root, 'test/fixtures/seed-run-hashes.txt'), 'utf8').split('\n').filter(Boolean));

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else if (/\.(md|json)$/.test(name)) yield p;
  }
}

let bad = 0;
for (const file of files(join(root, 'content'))) {
  const runs = copiedRuns(readFileSync(file, 'utf8'), reference);
  for (const run of runs) console.log(`${relative(root, file)}: "${run}"`);
  bad += runs.length;
}
console.log(bad ? `${bad} copied runs found` : 'no copied runs');
process.exit(bad ? 1 : 0);
