import { render } from 'preact';
import '../../components/base.css';
import type { EarlyStart } from '../../features/prep/early-start';
import { FirstFrame } from '../../features/prep/FirstFrame';
import { afterReads, rendered } from '../../lib/live/page-state';
import { saveKeyedFrame } from '../../lib/ui/first-frame';

const afterFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** The first read that popup-paint.js began in <head>; none if that script did not run. */
const early = (): Promise<EarlyStart | undefined> => (window.tbPopupStart ?? Promise.resolve(undefined)).catch(() => undefined);

// The first frame from that read, unless the script put in the frame kept for it already; the
// app, and Dexie with it, only after that frame: loading them sooner would delay it.
async function start(app: HTMLElement): Promise<void> {
  const started = await early();
  const first = started?.first;
  // What is done in the first frame before the app is in: the app is given it at the swap.
  const handover = started?.handover;
  if (started && first) {
    if (!started.painted) {
      render(<FirstFrame first={first} />, app);
      // Kept as drawn, before anything is typed into it: the next opening paints it if its key still holds.
      saveKeyedFrame('popup', { key: started.key, html: app.innerHTML, ...(started.trust ? { trust: started.trust } : {}) });
    }
    await afterFrame();
  }
  const { App } = await import('./App');
  // Anything on screen before this mark came from the first frame (the tests check it).
  performance.mark('tb:app-start');
  if (!handover) {
    render(<App />, app);
    return rendered();
  }
  // Drawn off the page, and swapped in whole once it has everything it shows: no frame between.
  const next = document.createElement('div');
  render(<App />, next);
  // The app's effects run after a frame: only then have its reads begun. The wait is set up
  // before "rendered", so the swap comes before the page says "ready", never after it.
  await afterFrame();
  const settled = afterReads();
  rendered();
  await settled;
  next.id = 'app';
  handover.swap(next);
}

void start(document.getElementById('app') as HTMLElement);
