// The popup's first read, from a plain script (entrypoints/popup-paint.ts): it begins while the
// page is parsed, not once its modules have loaded. It checks the kept frame popup-early.js put
// in on the write stamp; without one, it puts in the kept frame its key still matches. When a
// kept frame is in, the page's modules run only after it is drawn; otherwise they run at once
// and draw the first frame from this read (popup/main.tsx).
import { isCleanStamp } from '../../lib/reads/write-stamp';
import { type KeyedFrame, saveKeyedFrame } from '../../lib/ui/first-frame';
import { type Handover, keepInput } from '../../lib/ui/handover';
import { startPageModule } from '../../lib/ui/start-module';
import { firstFrameKey } from './first-frame-key';
import { type FirstRead, readFirst } from './start';
import type { EarlyFrame } from './trusted-frame';

export interface EarlyStart {
  /** Undefined when the app draws the first frame itself. */
  first?: FirstRead;
  /** The key to keep a frame drawn from `first` under. */
  key: string;
  /** Whether the kept frame is on the page. */
  painted: boolean;
  /** Whether it went in before the read, on the write stamp alone (the read then agreed). */
  early?: boolean;
  /** What to keep the frame drawn from `first` with, so that the next opening can paint it before reading. */
  trust?: KeyedFrame['trust'];
  /** What is done in the first frame, from the moment it is drawn: the app is given it when it takes over. */
  handover?: Handover;
}

declare global {
  interface Window {
    tbPopupStart?: Promise<EarlyStart>;
  }
}

/**
 * The first read and, when the frame kept for it is still right, that frame in `#app`: already
 * in when the write stamp vouched for it (trusted-frame.ts) and the read agrees, else put in
 * once the read gives its key.
 */
export async function paintKept(early: EarlyFrame): Promise<EarlyStart> {
  const { now, timeZone, kept } = early;
  // The stamp can vouch for the read only if it was known before the read's transaction began.
  let readUnder: EarlyFrame['stamp'];
  const read = readFirst(now, timeZone, () => {
    readUnder = early.stamp;
  });
  const [first, { app, build, early: trusted, handover }] = await Promise.all([read, early.painted]);
  const key = first ? firstFrameKey(first, now, timeZone, build) : '';
  const stamp = readUnder?.value;
  const trust = first && isCleanStamp(stamp) ? { stamp, until: first.until, build, timeZone } : undefined;
  if (trusted && kept?.key === key) return { first, key, painted: true, early: true, trust, handover };
  // Put in on the stamp, but the read disagrees (a write that went around Teachback's code): out at once.
  if (trusted) {
    handover?.stop();
    app.replaceChildren();
  }
  if (!first) return { key: '', painted: false };
  const painted = kept?.key === key;
  if (painted) {
    app.innerHTML = kept.html;
    // Kept again under the stamp it was just read under: the next opening need not wait for the read.
    if (trust) saveKeyedFrame('popup', { ...kept, trust });
  }
  // Kept from now, whoever draws the first frame: main.tsx does when no kept one is in.
  return { first, key, painted, trust, handover: keepInput(app) };
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

export function startEarly(early: EarlyFrame): Promise<EarlyStart> {
  const started = paintKept(early);
  started.then(
    // Compiling the modules before the kept frame is drawn would delay it.
    ({ painted }) => (painted ? afterPaint(startPageModule) : startPageModule()),
    startPageModule,
  );
  return started;
}
