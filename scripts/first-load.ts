// `npm run size`: the JavaScript each page of the build loads before its first view (its
// scripts and module preloads), gzip. Budgets: popup and dashboard ≤ 60 kB. Run after a build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from '../harness/chromium.ts';

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
for (const page of ['popup.html', 'options.html', 'newtab.html']) {
  const html = readFileSync(join(EXTENSION_DIR, page), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="(\/[^"]+\.js)"/g)].map((m) => m[1] as string);
  const sizes = files.map((f) => [f, gzipSync(readFileSync(join(EXTENSION_DIR, f))).length] as const);
  const total = sizes.reduce((sum, [, n]) => sum + n, 0);
  console.log(`${page}: ${kB(total)} gzip (${sizes.map(([f, n]) => `${f.replace(/^\/(chunks\/)?/, '')} ${kB(n)}`).join(', ')})`);
}
