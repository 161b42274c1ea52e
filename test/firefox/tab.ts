// One Firefox tab, driven as a user would: real pointer clicks and key presses (BiDi input
// actions), with page state read through small expressions.
import { writeFileSync } from 'node:fs';
import { AXE_RUN, AXE_SOURCE } from '../../harness/axe.ts';
import type { Send } from '../../harness/ws-commands.ts';
import type { LaunchedFirefox } from './firefox.ts';

/** In-page helpers that find what a user would look for: a button or a field by its label. */
const FIND = `
const $visible = (el) => el && el.getClientRects().length > 0 ? el : undefined;
const $button = (name) => $visible([...document.querySelectorAll('button')].find((b) => $visible(b) && b.textContent.trim() === name));
const $field = (name) => $visible([...document.querySelectorAll('label')].find((l) => $visible(l) && l.textContent.trim() === name)?.control);
const $testid = (id) => document.querySelector('[data-testid="' + id + '"]');
`;

/**
 * Tries `attempt` every 100 ms until it gives a truthy value, which it returns; after `timeout`
 * ms it fails with `why()`.
 */
async function poll<T>(attempt: () => Promise<T | undefined>, timeout: number, why: () => string): Promise<T> {
  const until = Date.now() + timeout;
  for (;;) {
    const v = await attempt();
    if (v) return v;
    if (Date.now() > until) throw new Error(why());
    await new Promise((r) => setTimeout(r, 100));
  }
}

interface Evaluated {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown; sharedId?: string };
  exceptionDetails?: { text: string };
}

export class Tab {
  private readonly send: Send;

  constructor(
    private readonly ff: LaunchedFirefox,
    readonly context: string,
  ) {
    this.send = ff.send;
  }

  /** The open tab whose address starts with the extension's page `path`, waiting for it to appear. */
  static async find(ff: LaunchedFirefox, path: string, timeout = 10_000): Promise<Tab> {
    let open: string[] = [];
    return poll(
      async () => {
        const { contexts } = await ff.send<{ contexts: Array<{ context: string; url: string }> }>('browsingContext.getTree', {});
        open = contexts.map((c) => c.url);
        const found = contexts.find((c) => c.url.startsWith(ff.base + path));
        return found && new Tab(ff, found.context);
      },
      timeout,
      () => `No tab at ${path} (open: ${open.join(', ')})`,
    );
  }

  private async raw(expression: string): Promise<Evaluated['result']> {
    const r = await this.send<Evaluated>('script.evaluate', {
      target: { context: this.context },
      expression: `(() => {${FIND}\nreturn (${expression});\n})()`,
      awaitPromise: true,
    });
    if (r.type === 'exception') throw new Error(`${expression}: ${r.exceptionDetails?.text}`);
    return r.result;
  }

  /** The value of `expression` in the page (anything JSON can carry), awaited if a promise. */
  async value<T>(expression: string): Promise<T> {
    const out = await this.raw(`Promise.resolve(${expression}).then((v) => JSON.stringify(v) ?? 'null')`);
    return JSON.parse(String(out?.value)) as T;
  }

  /** Waits until `expression` is truthy in the page and returns its value. */
  async waitFor<T>(expression: string, timeout = 15_000): Promise<T> {
    let last = '';
    return poll(
      // A page that is navigating away cannot be asked: try again.
      () =>
        this.value<T>(expression).catch((e: Error) => {
          last = ` (last: ${e.message})`;
          return undefined;
        }),
      timeout,
      () => `Timed out after ${timeout} ms waiting for: ${expression}${last}`,
    );
  }

  /** Clicks, with the mouse, the element `expression` finds (waiting for it). */
  async click(expression: string): Promise<void> {
    await this.waitFor(`!!(${expression})`);
    // As a user scrolls to what they click: an element below the fold is out of the mouse's reach.
    await this.raw(`(${expression}).scrollIntoView({ block: 'center' })`);
    const el = await this.raw(expression);
    await this.send('input.performActions', {
      context: this.context,
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: { sharedId: el?.sharedId } } },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ],
    });
  }

  /** Clicks into the field `expression` finds and types `text`, key by key. */
  async type(expression: string, text: string): Promise<void> {
    await this.click(expression);
    const keys = [...text].flatMap((value) => [
      { type: 'keyDown', value },
      { type: 'keyUp', value },
    ]);
    await this.send('input.performActions', { context: this.context, actions: [{ type: 'key', id: 'keyboard', actions: keys }] });
  }

  /** Attaches a file to the file input `expression` finds, as choosing it in the dialog would. */
  async setFile(expression: string, path: string): Promise<void> {
    // A dashboard view may still be loading its code: wait for the input as a user would see it.
    await this.waitFor(`!!(${expression})`);
    const el = await this.raw(expression);
    await this.send('input.setFiles', { context: this.context, element: { sharedId: el?.sharedId }, files: [path] });
  }

  /**
   * Opens the extension's `path` in this tab and waits for it to load: a new document, unless
   * only the #route changes (the dashboard's router then moves without one).
   */
  async goto(path: string): Promise<void> {
    const url = JSON.stringify(this.ff.base + path);
    await this.raw(`(() => {
      const next = new URL(${url});
      const routeOnly = next.hash !== '' && next.href.split('#')[0] === location.href.split('#')[0];
      if (!routeOnly) window.__leaving = true;
      location.href = next.href;
    })()`);
    await this.waitFor(`!window.__leaving && location.href === ${url} && document.readyState === 'complete'`);
  }

  /** Opens the extension's `path` in a new tab, as a link the page opens would. */
  async open(path: string): Promise<Tab> {
    await this.raw(`void window.open(${JSON.stringify(this.ff.base + path)})`);
    return Tab.find(this.ff, path);
  }

  /** axe's violations (harness/axe.ts) on the page as Firefox renders it, one line each. */
  async axe(): Promise<string[]> {
    await this.send('script.evaluate', { target: { context: this.context }, expression: AXE_SOURCE, awaitPromise: false });
    return this.value(AXE_RUN);
  }

  async screenshot(file: string): Promise<void> {
    const { data } = await this.send<{ data: string }>('browsingContext.captureScreenshot', {
      context: this.context,
      origin: 'document',
    });
    writeFileSync(file, Buffer.from(data, 'base64'));
  }
}
