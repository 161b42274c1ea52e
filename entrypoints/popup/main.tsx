import { render } from 'preact';
import '../../components/base.css';
import { FirstFrame } from '../../features/prep/FirstFrame';
import { readFirst } from '../../features/prep/start';
import { afterReads, rendered } from '../../lib/live/page-state';
import { keepInput } from '../../lib/ui/handover';

const afterFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

// The first frame from a direct read when there is one (features/prep/start.ts); the app, and
// Dexie with it, only after that frame: loading them sooner would delay it.
async function start(app: HTMLElement): Promise<void> {
  const first = await readFirst();
  // What is done in the first frame before the app is in: the app is given it at the swap.
  const handover = first ? keepInput(app) : undefined;
  if (first) {
    render(<FirstFrame first={first} />, app);
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
