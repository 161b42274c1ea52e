// `npm test`: every check, in the order that fails fastest. Stops at the first failure.
import { spawnSync } from 'node:child_process';
import { ensureChromium, ensureFirefox } from './ensure-browsers.ts';

const STEPS: Array<[string, string]> = [
  ['type check', 'npx tsc --noEmit'],
  ['lint and format', 'npx biome check .'],
  ['structure (import boundaries, .dependency-cruiser.cjs)', 'npm run structure'],
  ['content originality', 'npx tsx scripts/check-originality.ts'],
  ['unit tests', 'npx vitest run'],
  ['build (Chrome MV3)', 'npx wxt build'],
  ['build (Firefox MV3)', 'npx wxt build -b firefox --mv3'],
  ["Mozilla's web-ext lint", 'npx web-ext lint --source-dir .output/firefox-mv3 --self-hosted'],
  ['end-to-end tests (Firefox ESR, extension)', 'npm run e2e:firefox'],
  ['static site', 'npx tsx scripts/build-site.tsx'],
  ['end-to-end tests (Chromium, extension and site)', 'npx playwright test'],
];

const started = Date.now();
const times: string[] = [];
for (const [name, cmd] of STEPS) {
  if (name.includes('Chromium')) ensureChromium();
  if (name.includes('Firefox ESR')) ensureFirefox();
  console.log(`\n▶ ${name}: ${cmd}`);
  const t = Date.now();
  const { status } = spawnSync(cmd, { shell: true, stdio: 'inherit' });
  times.push(`${name} ${((Date.now() - t) / 1000).toFixed(1)} s`);
  if (status !== 0) {
    console.error(`\n✗ ${name} failed (exit ${status}).`);
    process.exit(status ?? 1);
  }
}
console.log(`\n✓ all checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s:\n  ${times.join('\n  ')}`);
