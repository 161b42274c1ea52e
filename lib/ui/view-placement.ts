import { useEffect } from 'preact/hooks';
import { afterReads } from '../live/page-state';

// Where each view was left: how far it was scrolled and which link had focus. Going back to a
// view (Back, or "Back to people") lands where the user was, on the person they opened; a view
// never seen in this tab starts at its top, with its heading focused for a screen reader.
interface Placement {
  y: number;
  link?: string;
}

const placements = new Map<string, Placement>();
const isRoute = (hash: string) => hash.startsWith('#/');

// Called before the new view renders: the old one is still on the page, with the link that was
// followed (a click does not always focus it), or else the focused link.
function remember(oldHash: string): void {
  const followed = document.querySelector(`main a[href="${CSS.escape(location.hash)}"]`);
  const link = (followed ?? document.activeElement?.closest('a'))?.getAttribute('href') ?? undefined;
  placements.set(oldHash, { y: scrollY, link });
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
  scrollTo(0, was?.y ?? 0);
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
