// The popup's start, from a plain script in the page's <head> (entrypoints/popup-paint.ts): the
// first read begins while the page is parsed, not once its modules have loaded. When the frame
// kept from an earlier opening was drawn from the same key, it goes in at once and the page's
// modules run only after it is drawn; otherwise they run at once and draw the first frame from
// this read (popup/main.tsx).
import { systemTimeZone } from '../../lib/model/calendar';
import { keyedFrame } from '../../lib/ui/first-frame';
import { type Handover, keepInput } from '../../lib/ui/handover';
import { pageModules, startPageModule } from '../../lib/ui/start-module';
import { firstFrameKey } from './first-frame-key';
import { type FirstRead, readFirst } from './start';

export interface EarlyStart {
  /** Undefined when the app draws the first frame itself. */
  first?: FirstRead;
  /** The key to keep a frame drawn from `first` under. */
  key: string;
  /** Whether the kept frame is on the page. */
  painted: boolean;
  /** What is done in the first frame, from the moment it is drawn: the app is given it when it takes over. */
  handover?: Handover;
}

declare global {
  interface Window {
    tbPopupStart?: Promise<EarlyStart>;
  }
}

/** Resolves once `id` is in the document: by then the <head>, and the files it names, are parsed. */
function parsed(id: string): Promise<HTMLElement> {
  const found = document.getElementById(id);
  if (found) return Promise.resolve(found);
  return new Promise((resolve) => {
    const watch = new MutationObserver(() => {
      const el = document.getElementById(id);
      if (!el) return;
      watch.disconnect();
      resolve(el);
    });
    watch.observe(document.documentElement, { childList: true, subtree: true });
  });
}

/** The first read and, when the frame kept for it is still right, that frame in `#app`. */
export async function paintKept(now: Date): Promise<EarlyStart> {
  const timeZone = systemTimeZone();
  const [first, app] = await Promise.all([readFirst(now, timeZone), parsed('app')]);
  if (!first) return { key: '', painted: false };
  const key = firstFrameKey(first, now, timeZone, pageModules());
  const html = keyedFrame('popup', key);
  if (html !== undefined) app.innerHTML = html;
  return { first, key, painted: html !== undefined, handover: keepInput(app) };
}

function afterPaint(then: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    watch.disconnect();
    then();
  };
  const watch = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length) once();
  });
  watch.observe({ type: 'paint', buffered: true });
  setTimeout(once, 100);
}

export function startEarly(now = new Date()): Promise<EarlyStart> {
  const started = paintKept(now);
  started.then(
    // Compiling the modules before the kept frame is drawn would delay it.
    ({ painted }) => (painted ? afterPaint(startPageModule) : startPageModule()),
    startPageModule,
  );
  return started;
}
