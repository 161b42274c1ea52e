import { execFileSync } from 'node:child_process';
import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './chromium.ts';

/** A demo backup for the given size, generated once per machine (deterministic). */
export function demoFile(people = 40, meetings = people * 8): string {
  const file = join(ROOT, `.cache/e2e-demo-${people}-${meetings}.json`);
  if (existsSync(file)) return file;
  // Written aside and moved into place: another process may be reading the same file.
  const part = `${file}.${process.pid}.part`;
  execFileSync('npx', ['tsx', 'scripts/demo.ts', '--people', String(people), '--meetings', String(meetings), '--out', part], { cwd: ROOT });
  renameSync(part, file);
  return file;
}
