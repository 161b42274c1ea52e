// With sync off (the default) and no calendar subscribed, nothing leaves the browser: no view
// and not the background asks anything of any server.
import { expect, ready, testWithDemo } from './fixtures';
import { details, VIEWS } from './views';

/** What is not the extension's own: a request to any server. */
const OWN = /^(chrome-extension|data|blob|about):/;

testWithDemo('with sync off, no view and not the background sends a request out of the browser', async ({ ext, page }) => {
  const out: string[] = [];
  ext.context.on('request', (r) => {
    if (!OWN.test(r.url())) out.push(`${r.serviceWorker() ? 'background' : r.frame().url()}: ${r.method()} ${r.url()}`);
  });
  for (const [, entry, hash] of [...VIEWS, ...details()]) {
    await page.goto(ext.url(entry, hash));
    await ready(page);
  }
  // What a user's "Sync now" would ask the background for, with nothing set up.
  const answer = await page.evaluate(() =>
    (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: object) => Promise<unknown> } } }).chrome.runtime.sendMessage({
      type: 'sync-now',
    }),
  );
  expect(answer).toBeDefined();
  // The background started before this test could listen: what it fetched since its start, as
  // its own resource timings say.
  const fetched = await (await ext.worker()).evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  out.push(...fetched.filter((url) => !OWN.test(url)).map((url) => `background, since it started: ${url}`));
  expect(out).toEqual([]);
});
