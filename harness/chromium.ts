// Launches Debian's Chromium with the built extension: shared by the end-to-end tests, the
// benchmarks and `npm start`.

import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Locator, type Page, type Worker } from '@playwright/test';

export const ROOT = join(import.meta.dirname, '..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`Chromium not found at ${path}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  return path;
}

/** Flags for Debian's Chromium in this sandbox: no sandbox, no GPU, no calls home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Chromium's id for an extension loaded unpacked from `dir` (one without a "key" in its manifest). */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((d) => String.fromCharCode(97 + Number.parseInt(d, 16))).join('');
}

export interface Launched {
  context: BrowserContext;
  /** The user-data directory the browser runs on. */
  profile: string;
  extensionId: string;
  /** The extension's background worker, once it runs (a profile used before starts it on its first event). */
  worker: () => Promise<Worker>;
  url: (page: 'popup' | 'newtab' | 'options', hash?: string) => string;
}

export async function launchWithExtension(
  opts: { userDataDir?: string; headless?: boolean; extensionDir?: string; timeZone?: string; keepWelcome?: boolean } = {},
): Promise<Launched> {
  const dir = opts.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No build at ${dir}: run \`npm run build\` first.`);
  const profile = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'teachback-'));
  const firstRun = !existsSync(profile) || readdirSync(profile).length === 0;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: opts.headless ?? true,
    viewport: { width: 1280, height: 820 },
    // TZ reaches every part of the browser, the extension's worker too; timezoneId only its pages.
    ...(opts.timeZone ? { timezoneId: opts.timeZone, env: { ...process.env, TZ: opts.timeZone } } : {}),
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...CHROMIUM_ARGS],
  });
  // A profile used before may start the worker only on its first event: the id comes from the path.
  const extensionId = unpackedExtensionId(dir);
  // A first install opens the dashboard's welcome tab; let it open before tests open theirs,
  // then close it (unless asked to keep it): left open, it renders again on every write.
  if (firstRun) await welcomeOpened(context);
  if (firstRun && !opts.keepWelcome) for (const p of context.pages()) if (p.url().includes('options.html')) await p.close();
  const worker = async () => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  return { context, profile, extensionId, worker, url: (page, hash = '') => `chrome-extension://${extensionId}/${page}.html${hash}` };
}

/**
 * Resolves once a dashboard tab is open (or after 10 s). A new tab has no address yet when
 * Playwright first reports it, so this looks at the tabs' addresses rather than at the event.
 */
export async function welcomeOpened(context: BrowserContext): Promise<void> {
  for (const until = Date.now() + 10_000; !context.pages().some((p) => p.url().includes('options.html')) && Date.now() < until; )
    await new Promise((r) => setTimeout(r, 50));
}

/**
 * A copy of the build in which the user has already granted access to `origins`: permission
 * prompts cannot be answered by a test, so this stands for the user's "Allow".
 */
export function buildWithGrantedOrigins(origins: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'teachback-ext-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...manifest, host_permissions: origins }));
  return dir;
}

type ImportFile = string | { name: string; mimeType: string; buffer: Buffer };

/**
 * Chooses a file on the dashboard's data page as a user would, confirms the preview if there is
 * one, and returns the box that says how it went (an import that failed says so in it too).
 */
export async function submitImport(page: Page, url: string, file: ImportFile): Promise<Locator> {
  await page.goto(url);
  await page.getByTestId('import-file').setInputFiles(file);
  // A valid file is previewed first; a bad one is refused straight away.
  const confirm = page.getByRole('button', { name: 'Replace my data' });
  const result = page.getByTestId('import-result');
  await confirm.or(result).first().waitFor({ timeout: 120_000 });
  if (await confirm.isVisible()) await confirm.click();
  await result.waitFor({ timeout: 120_000 });
  return result;
}

/** Imports a backup through the dashboard and fails, with what the page said, unless it was imported. */
export async function importThroughDashboard(page: Page, url: string, file: ImportFile): Promise<void> {
  const result = await submitImport(page, url, file);
  const said = (await result.textContent()) ?? '';
  if (!said.startsWith('Imported.')) throw new Error(`The import failed: ${said}`);
}
