// Drives Debian's Firefox ESR with the built extension over WebDriver BiDi, the protocol
// Firefox speaks itself: Playwright's Firefox is a patched build that cannot be downloaded here.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { ROOT } from '../../harness/chromium.ts';
import { type Send, wsCommands } from '../../harness/ws-commands.ts';

export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output/firefox-mv3');
// Pinned through a preference so the test knows its moz-extension:// address in advance.
const EXTENSION_UUID = '5e7a1c2b-0d4f-4b8e-9a63-2f1d8c0b7e41';

export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(path)) throw new Error(`Firefox not found at ${path}. Install it (apt-get install firefox-esr) or set FIREFOX_PATH.`);
  return path;
}

export interface LaunchedFirefox {
  /** A WebDriver BiDi command, answered by its result. */
  send: Send;
  /** moz-extension://…/ with the trailing slash. */
  base: string;
  /** What the extension's pages reported as errors (console.error, uncaught exceptions), as Firefox printed it. */
  errors: string[];
  close(): Promise<void>;
}

function geckoId(dir: string): string {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  return manifest.browser_specific_settings.gecko.id;
}

type Prefs = Record<string, string | boolean>;

function writeProfile(dir: string, extensionDir: string, extra: Prefs): void {
  const prefs: Prefs = {
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId(extensionDir)]: EXTENSION_UUID }),
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'app.update.disabledForTesting': true,
    'app.normandy.enabled': false,
    'app.shield.optoutstudies.enabled': false,
    // Extension pages are out of reach of BiDi's log events: Firefox prints their console
    // errors and uncaught exceptions on its own output instead.
    'devtools.console.stdout.content': true,
    ...extra,
  };
  const lines = Object.entries(prefs).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`);
  writeFileSync(join(dir, 'user.js'), `${lines.join('\n')}\n`);
}

// Firefox's own modules log as "Name:" with the message on the lines below (offline here,
// its experiments loader reports that it cannot reach its server); pages print their values.
const FIREFOX_OWN = /^console\.error: [\w.-]+:$/;

/** Calls `read` with each line Firefox prints, on either stream. */
function eachLine(proc: ChildProcess, read: (line: string) => void): void {
  const split = (chunk: Buffer) => {
    for (const line of String(chunk).split('\n')) read(line.trim());
  };
  proc.stdout?.on('data', split);
  proc.stderr?.on('data', split);
}

/** The lines Firefox prints for a page's console.error or uncaught exception, less its own. */
function collectPageErrors(proc: ChildProcess): string[] {
  const errors: string[] = [];
  eachLine(proc, (line) => {
    if (/^(console\.error: |JavaScript error: moz-extension:)/.test(line) && !FIREFOX_OWN.test(line)) errors.push(line);
  });
  return errors;
}

function bidiAddress(proc: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Firefox did not start its WebDriver BiDi server within 30 s')), 30_000);
    eachLine(proc, (line) => {
      const m = line.match(/WebDriver BiDi listening on (ws:\/\/\S+)/);
      if (!m) return;
      clearTimeout(timer);
      resolve(m[1] as string);
    });
    proc.once('exit', (code) => reject(new Error(`Firefox exited (${code}) before it started`)));
  });
}

/** Starts headless Firefox on a fresh profile and installs the extension, as a temporary add-on. */
export async function launchFirefox(extensionDir = FIREFOX_EXTENSION_DIR, prefs: Prefs = {}): Promise<LaunchedFirefox> {
  if (!existsSync(join(extensionDir, 'manifest.json')))
    throw new Error(`No build at ${extensionDir}: run \`npm run build:firefox\` first.`);
  const profile = mkdtempSync(join(tmpdir(), 'teachback-firefox-'));
  writeProfile(profile, extensionDir, prefs);
  const proc = spawn(firefoxPath(), ['--headless', '--no-remote', '--remote-debugging-port', '0', '--profile', profile, 'about:blank'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
  });
  const errors = collectPageErrors(proc);
  const ws = new WebSocket(`${await bidiAddress(proc)}/session`);
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  const send = wsCommands(ws, (reply) => (reply.type === 'error' ? `${reply.error}: ${reply.message}` : undefined));
  await send('session.new', { capabilities: {} });
  await send('webExtension.install', { extensionData: { type: 'path', path: extensionDir } });
  return {
    send,
    base: `moz-extension://${EXTENSION_UUID}/`,
    errors,
    close: async () => {
      ws.close();
      proc.kill();
      await new Promise((r) => proc.once('exit', r));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
