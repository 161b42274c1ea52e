// One Firefox tab, driven as a user would: real pointer clicks and key presses (BiDi input
// actions), with page state read through small expressions.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Bidi, LaunchedFirefox } from './firefox.ts';

/** In-page helpers that find what a user would look for: a button or a field by its label. */
const FIND = `
const $visible = (el) => el && el.getClientRects().length > 0 ? el : undefined;
const $button = (name) => $visible([...document.querySelectorAll('button')].find((b) => $visible(b) && b.textContent.trim() === name));
const $field = (name) => $visible([...document.querySelectorAll('label')].find((l) => $visible(l) && l.textContent.trim() === name)?.control);
const $testid = (id) => document.querySelector('[data-testid="' + id + '"]');
`;

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// The rules the Chromium tests check (test/e2e/fixtures.ts).
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface Evaluated {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown; sharedId?: string };
  exceptionDetails?: { text: string };
}

export class Tab {
  private readonly bidi: Bidi;

  constructor(
    private readonly ff: LaunchedFirefox,
    readonly context: string,
  ) {
    this.bidi = ff.bidi;
  }

  /** The open tab whose address starts with the extension's page `path`, waiting for it to appear. */
  static async find(ff: LaunchedFirefox, path: string, timeout = 10_000): Promise<Tab> {
    const until = Date.now() + timeout;
    for (;;) {
      const { contexts } = await ff.bidi.send<{ contexts: Array<{ context: string; url: string }> }>('browsingContext.getTree', {});
      const found = contexts.find((c) => c.url.startsWith(ff.base + path));
      if (found) return new Tab(ff, found.context);
      if (Date.now() > until) throw new Error(`No tab at ${path} (open: ${contexts.map((c) => c.url).join(', ')})`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  private async raw(expression: string): Promise<Evaluated['result']> {
    const r = await this.bidi.send<Evaluated>('script.evaluate', {
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
    const until = Date.now() + timeout;
    for (;;) {
      // A page that is navigating away cannot be asked: try again.
      let last = '';
      const v = await this.value<T>(expression).catch((e: Error) => {
        last = ` (last: ${e.message})`;
        return undefined;
      });
      if (v) return v;
      if (Date.now() > until) throw new Error(`Timed out after ${timeout} ms waiting for: ${expression}${last}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Clicks, with the mouse, the element `expression` finds (waiting for it). */
  async click(expression: string): Promise<void> {
    await this.waitFor(`!!(${expression})`);
    const el = await this.raw(expression);
    await this.bidi.send('input.performActions', {
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
    await this.bidi.send('input.performActions', { context: this.context, actions: [{ type: 'key', id: 'keyboard', actions: keys }] });
  }

  /** Attaches a file to the file input `expression` finds, as choosing it in the dialog would. */
  async setFile(expression: string, path: string): Promise<void> {
    const el = await this.raw(expression);
    await this.bidi.send('input.setFiles', { context: this.context, element: { sharedId: el?.sharedId }, files: [path] });
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

  /** axe's WCAG A/AA violations on the page as Firefox renders it, one line each. */
  async axe(): Promise<string[]> {
    await this.bidi.send('script.evaluate', { target: { context: this.context }, expression: AXE_SOURCE, awaitPromise: false });
    return this.value(`axe.run(document, { runOnly: ${JSON.stringify(AXE_TAGS)} }).then((r) =>
      r.violations.map((v) => v.id + ': ' + v.help + ' — ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`);
  }

  async screenshot(file: string): Promise<void> {
    const { data } = await this.bidi.send<{ data: string }>('browsingContext.captureScreenshot', {
      context: this.context,
      origin: 'document',
    });
    writeFileSync(file, Buffer.from(data, 'base64'));
  }
}
