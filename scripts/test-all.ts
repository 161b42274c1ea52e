// `npm test`: every check. Stages run in order and stop at the first failure; within a stage,
// lanes run side by side (each lane's steps in order), since most of these steps use one core
// and this machine has two. A lane's output is printed whole when each of its steps ends, so
// logs stay readable.
import { spawn } from 'node:child_process';
import { ensureChromium, ensureFirefox } from './ensure-browsers.ts';

type Step = [name: string, cmd: string];
type Lane = Step[];

// Within stage 1 the lanes run side by side. The tests run after it, one kind at a time: run
// beside the builds they gained nothing (every step here is CPU-bound: with the unit tests in
// stage 1, it took 170 s instead of about 140), and the Firefox tests' sync rounds then timed out
// (see #13's note).
const STAGES: Lane[][] = [
  [
    [['type check', 'npx tsc --noEmit']],
    [
      ['lint and format', 'npx biome check .'],
      ['structure (import boundaries, .dependency-cruiser.cjs)', 'npm run structure'],
      ['content originality', 'npx tsx scripts/check-originality.ts'],
      ['static site', 'npx tsx scripts/build-site.tsx'],
    ],
    // One build after the other: both write WXT's generated files.
    [
      ['build (Chrome MV3)', 'npx wxt build'],
      ['build (Firefox MV3)', 'npx wxt build -b firefox --mv3'],
      ["Mozilla's web-ext lint", 'npx web-ext lint --source-dir .output/firefox-mv3 --self-hosted'],
    ],
  ],
  [[['unit tests', 'npx vitest run']]],
  [[['end-to-end tests (Firefox ESR, extension)', 'npm run e2e:firefox']]],
  [[['end-to-end tests (Chromium, extension and site)', 'npx playwright test']]],
];

const times: string[] = [];

/** Runs one step; alone in its stage it prints as it goes, beside others once it ends. */
function run([name, cmd]: Step, alone: boolean): Promise<boolean> {
  if (name.includes('Chromium')) ensureChromium();
  if (name.includes('Firefox ESR')) ensureFirefox();
  const started = Date.now();
  if (alone) console.log(`\n▶ ${name}: ${cmd}`);
  const child = spawn(cmd, { shell: true, stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
  const output: Buffer[] = [];
  child.stdout?.on('data', (b: Buffer) => output.push(b));
  child.stderr?.on('data', (b: Buffer) => output.push(b));
  return new Promise((resolve) =>
    child.on('close', (status) => {
      const took = `${((Date.now() - started) / 1000).toFixed(1)} s`;
      times.push(`${name} ${took}`);
      if (!alone) process.stdout.write(`\n▶ ${name}: ${cmd} (${took})\n${Buffer.concat(output).toString()}`);
      if (status !== 0) console.error(`\n✗ ${name} failed (exit ${status}).`);
      resolve(status === 0);
    }),
  );
}

async function lane(steps: Lane, alone: boolean): Promise<boolean> {
  for (const step of steps) if (!(await run(step, alone))) return false;
  return true;
}

const started = Date.now();
for (const stage of STAGES) {
  const passed = await Promise.all(stage.map((l) => lane(l, stage.length === 1)));
  if (passed.includes(false)) process.exit(1);
}
console.log(`\n✓ all checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s:\n  ${times.join('\n  ')}`);
