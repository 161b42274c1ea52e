// Chromium with the extension and no test framework attached while pages load. Playwright
// enables its network, page and runtime tracking in every tab, and that work runs on the
// browser's UI thread, the same thread that serves an extension page its files: a load under
// it is not the load a user gets. Here each page loads with nothing listening; the timings are
// read from the page afterwards, over a bare DevTools connection.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';
import { CHROMIUM_ARGS, chromiumPath, unpackedExtensionId } from '../harness/chromium.ts';
import { wsCommands } from '../harness/ws-commands.ts';

export interface BareChromium {
  extensionId: string;
  /**
   * Loads `url` as a user would (in the same tab, or in a new one: `chrome://newtab/` then
   * goes through the extension's override), waits `settle` ms, then evaluates `expression`
   * (which may return a promise) in the loaded page.
   */
  load<T>(url: string, expression: string, opts: { newTab: boolean; settle: number }): Promise<T>;
  /** Ends the browser and waits until it has exited, so the profile can be opened again. */
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function devtoolsUrl(userDataDir: string, proc: ChildProcess): Promise<string> {
  const file = join(userDataDir, 'DevToolsActivePort');
  for (let i = 0; i < 300; i++) {
    if (proc.exitCode !== null) throw new Error(`Chromium exited (${proc.exitCode}) before it listened`);
    const lines = existsSync(file) ? readFileSync(file, 'utf8').split('\n') : [];
    if (lines[1]) return `ws://127.0.0.1:${lines[0]}${lines[1]}`;
    await sleep(100);
  }
  throw new Error('Chromium did not open its DevTools port');
}

type Send = <T>(method: string, params?: object, sessionId?: string) => Promise<T>;

/** DevTools protocol commands over `ws`, each sent to the page `sessionId` names, if any. */
function commands(ws: WebSocket): Send {
  const send = wsCommands(ws, (reply) => (reply.error as { message: string } | undefined)?.message);
  return (method, params, sessionId) => send(method, params, { sessionId });
}

/** Opens a profile (already set up, e.g. seeded through Playwright) with the extension at `extensionDir`. */
export async function launchBare(extensionDir: string, userDataDir: string): Promise<BareChromium> {
  // A port file left by an earlier run would point at a browser that is gone.
  rmSync(join(userDataDir, 'DevToolsActivePort'), { force: true });
  const proc = spawn(
    chromiumPath(),
    [
      `--user-data-dir=${userDataDir}`,
      '--headless',
      '--remote-debugging-port=0',
      '--window-size=1280,820',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...CHROMIUM_ARGS,
      // No window of its own at start: one that became the active tab would hide the ones measured.
      '--no-startup-window',
    ],
    { stdio: 'ignore' },
  );
  const ws = new WebSocket(await devtoolsUrl(userDataDir, proc));
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  const send = commands(ws);
  const extensionId = unpackedExtensionId(extensionDir);
  const attach = async (targetId: string) =>
    (await send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true })).sessionId;
  const evaluate = async <T>(sessionId: string, expression: string): Promise<T> => {
    const { result, exceptionDetails } = await send<{ result: { value: T }; exceptionDetails?: { exception?: { description?: string } } }>(
      'Runtime.evaluate',
      { expression, awaitPromise: true, returnByValue: true },
      sessionId,
    );
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? 'evaluation failed');
    return result.value;
  };
  // A load still committing when the pause ends replaces the document being read: read the
  // new one once it is there (the expression reads the loaded page's own timings).
  const read = async <T>(sessionId: string, expression: string): Promise<T> => {
    for (let i = 0; ; i++) {
      try {
        return await evaluate<T>(sessionId, expression);
      } catch (e) {
        if (i === 20 || !/navigated or closed|context was destroyed|Cannot find context/.test(String(e))) throw e;
        await sleep(100);
      }
    }
  };

  // One tab for same-tab loads; it also keeps an extension page open, so the extension's
  // process stays up between loads as it does in a browser in use.
  const blank = `chrome-extension://${extensionId}/blank.html`;
  const home = (await send<{ targetId: string }>('Target.createTarget', { url: 'about:blank', newWindow: true })).targetId;
  const homeSession = await attach(home);
  // The extension may still be loading when the browser starts listening.
  for (let i = 0; (await read<string>(homeSession, 'location.href')) !== blank; i++) {
    if (i === 100) throw new Error(`The extension did not load from ${extensionDir}`);
    await send('Page.navigate', { url: blank }, homeSession);
    await sleep(100);
  }

  return {
    extensionId,
    async load(url, expression, { newTab, settle }) {
      if (!newTab) {
        // A tab the browser brought back from the profile's last session may have taken the
        // front, and a hidden tab never paints: the measured one comes first.
        await send('Page.bringToFront', {}, homeSession);
        await send('Page.navigate', { url }, homeSession);
        await sleep(settle);
        return read(homeSession, expression);
      }
      const { targetId } = await send<{ targetId: string }>('Target.createTarget', { url });
      await sleep(settle);
      try {
        return await read(await attach(targetId), expression);
      } finally {
        await send('Target.closeTarget', { targetId });
      }
    },
    async close() {
      ws.close();
      const exited = once(proc, 'exit');
      proc.kill();
      await exited;
    },
  };
}
