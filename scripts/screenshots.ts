// Renders every page with demo data, light and dark, to PNG files.
// Usage: tsx scripts/screenshots.ts [out-dir] [--people n] [--sizes]   (builds nothing: run `npm run build` first)
// `--people n`: a demo network of n people (ten meetings each) instead of the default 40.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Launched } from '../harness/chromium.ts';

const SHOTS: Array<[string, 'popup' | 'newtab' | 'options', string, { width: number; height: number }]> = [
  ['popup', 'popup', '', { width: 420, height: 600 }],
  ['newtab', 'newtab', '', { width: 1280, height: 800 }],
  ['dashboard-people', 'options', '#/people', { width: 1280, height: 800 }],
  ['dashboard-add-person', 'options', '#/people/new', { width: 1280, height: 900 }],
  ['dashboard-data', 'options', '#/data', { width: 1280, height: 800 }],
  ['dashboard-library', 'options', '#/library', { width: 1280, height: 800 }],
  ['dashboard-lesson', 'options', '#/library/lesson/the-80-20-split', { width: 1280, height: 800 }],
  ['dashboard-review', 'options', '#/review', { width: 1280, height: 800 }],
  ['dashboard-plan', 'options', '#/review/plan', { width: 1280, height: 800 }],
];

export async function takeScreenshots(ext: Launched, dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const page = await ext.context.newPage();
  const files: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [name, entry, hash, size] of SHOTS) {
      await page.setViewportSize(size);
      await page.goto(ext.url(entry, hash));
      // What the page read, rendered (a large review takes a while), not its first frame.
      await page.locator('html[data-state="ready"]').waitFor({ state: 'attached', timeout: 180_000 });
      const file = join(dir, `${name}-${scheme}.png`);
      await page.screenshot({ path: file, fullPage: entry !== 'popup' });
      files.push(file);
    }
  }
  await page.close();
  return files;
}

/** The new tab at the three benchmark sizes, light and dark (`--sizes`). */
async function newtabAtSizes(dir: string): Promise<string[]> {
  const { launchWithExtension, importThroughDashboard } = await import('../harness/chromium.ts');
  const { demoFile } = await import('../harness/demo-file.ts');
  const files: string[] = [];
  for (const [people, meetings] of [
    [100, 1_000],
    [1_000, 10_000],
    [10_000, 100_000],
  ] as const) {
    const ext = await launchWithExtension();
    const page = await ext.context.newPage();
    await importThroughDashboard(page, ext.url('options', '#/data'), demoFile(people, meetings));
    await page.setViewportSize({ width: 1280, height: 800 });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(ext.url('newtab'));
      await page.waitForFunction(() => performance.getEntriesByName('tb:fresh-data').length > 0);
      const file = join(dir, `newtab-${people}-${scheme}.png`);
      await page.screenshot({ path: file, fullPage: true });
      files.push(file);
    }
    await ext.context.close();
  }
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { launchWithExtension, importThroughDashboard, ROOT } = await import('../harness/chromium.ts');
  const { demoFile } = await import('../harness/demo-file.ts');
  const args = process.argv.slice(2);
  const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--people') ?? join(ROOT, 'screenshots');
  mkdirSync(dir, { recursive: true });
  if (args.includes('--sizes')) console.log((await newtabAtSizes(dir)).join('\n'));
  else {
    const ext = await launchWithExtension();
    const page = await ext.context.newPage();
    const people = Number(args[args.indexOf('--people') + 1]);
    await importThroughDashboard(
      page,
      ext.url('options', '#/data'),
      args.includes('--people') ? demoFile(people, people * 10) : demoFile(),
    );
    console.log([...(await takeScreenshots(ext, dir)), ...(await takePopupStates(ext, dir))].join('\n'));
    await ext.context.close();
  }
}

/** The popup's states, light and dark: first meeting, regular prep, running, close-out (first run is taken on an empty profile). */
export async function takePopupStates(ext: Launched, dir: string): Promise<string[]> {
  const files: string[] = [];
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  for (const scheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.goto(ext.url('popup'));
    await popup.getByRole('heading', { level: 2 }).first().waitFor();
    for (const [name, step] of [
      ['popup-prep', '1. Prepare'],
      ['popup-running', '2. Meet'],
      ['popup-closeout', '3. Record'],
    ] as const) {
      await popup.getByRole('button', { name: step }).click();
      await popup.waitForTimeout(200);
      const file = join(dir, `${name}-${scheme}.png`);
      await popup.screenshot({ path: file });
      files.push(file);
    }
    await popup.getByRole('button', { name: '1. Prepare' }).click();
  }
  await popup.close();
  return files;
}
