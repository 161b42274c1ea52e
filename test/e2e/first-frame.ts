// What a page showed while it loaded, recorded from its first parse: every text that each
// selector's element held, and when it first appeared. A text that changed after it was shown
// is a swap a user would see; one that appeared before the app's fresh data came from the
// saved first frame.
import type { Page } from '@playwright/test';

interface Shown {
  texts: string[];
  firstAt: number;
}

declare global {
  interface Window {
    tbShown?: Record<string, Shown>;
  }
}

/** Records, in every document `page` loads from now on, what `selectors` show. */
export async function recordShown(page: Page, selectors: string[]): Promise<void> {
  await page.addInitScript((list: string[]) => {
    const shown: Record<string, Shown> = {};
    window.tbShown = shown;
    // Mutation callbacks run before the browser renders, so no text can be drawn unrecorded.
    const look = () => {
      for (const s of list) {
        const text = document.querySelector(s)?.textContent ?? '';
        shown[s] ??= { texts: [], firstAt: Number.NaN };
        const seen = shown[s];
        if (!text || seen.texts.at(-1) === text) continue;
        if (!seen.texts.length) seen.firstAt = performance.now();
        seen.texts.push(text);
      }
    };
    new MutationObserver(look).observe(document, { childList: true, subtree: true, characterData: true });
  }, selectors);
}

/** What each selector has shown so far, and when the app's module started (ms since navigation). */
export function shown(page: Page): Promise<{ shown: Record<string, Shown>; appStart: number }> {
  return page.evaluate(() => ({
    shown: window.tbShown ?? {},
    appStart: performance.getEntriesByName('tb:app-start')[0]?.startTime ?? Number.NaN,
  }));
}

/** The page's cumulative layout shift once the frames after its last change are drawn. */
export function layoutShift(page: Page): Promise<number> {
  return page.evaluate(async () => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const observer = new PerformanceObserver(() => {});
    // With `buffered`, the entries so far are in the observer's buffer at once.
    observer.observe({ type: 'layout-shift', buffered: true });
    const entries = observer.takeRecords() as unknown as Array<{ value: number }>;
    observer.disconnect();
    return entries.reduce((sum, e) => sum + e.value, 0);
  });
}
