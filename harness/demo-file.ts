import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './chromium.ts';

const GENERATOR = join(ROOT, 'lib/demo');

/** Which version of the generator wrote a file: a change to it makes new files, not stale ones. */
let hashed: string | undefined;
function generatorHash(): string {
  if (hashed) return hashed;
  const hash = createHash('sha256');
  for (const name of readdirSync(GENERATOR)
    .filter((n) => !n.includes('.test.'))
    .sort())
    hash.update(readFileSync(join(GENERATOR, name)));
  hashed = hash.digest('hex').slice(0, 12);
  return hashed;
}

/** A demo backup for the given size, generated once per machine and generator (deterministic). */
export function demoFile(people = 40, meetings = people * 8): string {
  const file = join(ROOT, `.cache/e2e-demo-${people}-${meetings}-${generatorHash()}.json`);
  if (existsSync(file)) return file;
  // Written aside and moved into place: another process may be reading the same file.
  const part = `${file}.${process.pid}.part`;
  execFileSync('npx', ['tsx', 'scripts/demo.ts', '--people', String(people), '--meetings', String(meetings), '--out', part], { cwd: ROOT });
  renameSync(part, file);
  return file;
}
