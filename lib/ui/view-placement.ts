import { useEffect } from 'preact/hooks';
import { afterReads } from '../live/page-state';

// Where each view was left: how far it was scrolled and which link had focus. Going back to a
// view (Back, or "Back to people") lands where the user was, on the person they opened; a view
// never seen in this tab starts at its top, with its heading focused for a screen reader.
interface Placement {
  y: number;
  link?: string;
  /** Where that link was in the window: long lists lay out rows out of view at a guessed height, so `y` alone can land on another row. */
  top?: number;
}

const placements = new Map<string, Placement>();
const isRoute = (hash: string) => hash.startsWith('#/');

// Called before the new view renders: the old one is still on the page, with the link that was
// followed (a click does not always focus it), or else the focused link.
function remember(oldHash: string): void {
  const followed = document.querySelector(`main a[href="${CSS.escape(location.hash)}"]`);
  const link = followed ?? document.activeElement?.closest('a');
  placements.set(oldHash, { y: scrollY, link: link?.getAttribute('href') ?? undefined, top: link?.getBoundingClientRect().top });
}

// What ends the keeping of a place: the user scrolling or moving on themselves.
const OWN_MOVES = ['wheel', 'keydown', 'pointerdown', 'touchstart', 'hashchange'] as const;

/**
 * Puts the view in place, and again whenever the page's size changes, until the user scrolls or
 * moves on: rows drawn as they come into view take their real height only then (the people
 * list's content-visibility), which moves what is below them.
 */
function keepPlace(put: () => void): void {
  put();
  const stop = () => {
    resized.disconnect();
    for (const type of OWN_MOVES) removeEventListener(type, stop, true);
  };
  const resized = new ResizeObserver(put);
  resized.observe(document.body);
  for (const type of OWN_MOVES) addEventListener(type, stop, { capture: true, passive: true });
}

function focusQuietly(el: HTMLElement | null | undefined): boolean {
  if (!el) return false;
  if (!el.matches('a, button, input, select, textarea, [tabindex]')) el.tabIndex = -1;
  el.focus({ preventScroll: true });
  return true;
}

async function place(hash: string): Promise<void> {
  await afterReads();
  if (location.hash !== hash) return;
  const was = placements.get(hash);
  const link = was?.link ? document.querySelector<HTMLElement>(`main a[href="${CSS.escape(was.link)}"]`) : null;
  const top = was?.top;
  if (link && top !== undefined) keepPlace(() => link.isConnected && scrollBy(0, link.getBoundingClientRect().top - top));
  else scrollTo(0, was?.y ?? 0);
  if (!focusQuietly(link)) focusQuietly(document.querySelector<HTMLElement>('main h1'));
}

/**
 * Keeps each dashboard view's place (see above); call once, in the page that routes, before
 * the route is read: hash listeners run in the order they were added, and the view being left
 * is gone once the route's listener has rendered the next one.
 */
export function useViewPlacement(): void {
  useEffect(() => {
    const onChange = (e: HashChangeEvent) => {
      const oldHash = new URL(e.oldURL).hash || '#/';
      if (!isRoute(location.hash) || !isRoute(oldHash)) return;
      remember(oldHash);
      void place(location.hash);
    };
    addEventListener('hashchange', onChange, { capture: true });
    return () => removeEventListener('hashchange', onChange, { capture: true });
  }, []);
}
