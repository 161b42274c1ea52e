import { useEffect, useState } from 'preact/hooks';

// "#/people?q=ann" → path "people", query "q=ann". A view keeps what it shows (a search, a
// filter) in the query, so going back to it, or reloading, shows the same thing.
const path = () => location.hash.replace(/^#\/?/, '').split('?')[0] ?? '';
const parse = () => path().split('/').filter(Boolean);
// Only "#/…" is a route. "#main" (the skip link) or another in-page anchor leaves the view as it
// is: the browser has moved to the anchor, and the address goes back to the view's.
const isRoute = () => !location.hash || location.hash.startsWith('#/');

/** The dashboard's route, from the URL hash (`#/people/new` → `['people', 'new']`). */
export function useHashRoute(): string[] {
  const [route, setRoute] = useState(() => (isRoute() ? parse() : []));
  useEffect(() => {
    const onChange = (e: HashChangeEvent) => {
      if (isRoute()) setRoute(parse());
      else history.replaceState(history.state, '', new URL(e.oldURL).hash || '#/');
    };
    addEventListener('hashchange', onChange);
    // The address may have changed between the first render and this effect, with no listener
    // yet (a test, or a quick click, right after the page loaded): read it again.
    const now = parse();
    if (isRoute()) setRoute((shown) => (shown.join('/') === now.join('/') ? shown : now));
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export function go(route: string): void {
  location.hash = route;
}

/** The current view's query (what follows "?" in the hash). */
export function hashQuery(): URLSearchParams {
  const at = location.hash.indexOf('?');
  return new URLSearchParams(at < 0 ? '' : location.hash.slice(at + 1));
}

/** Replaces the current view's query without a new history entry or a change of view. */
export function replaceHashQuery(query: string): void {
  const hash = `#/${path()}${query ? `?${query}` : ''}`;
  if (hash !== location.hash) history.replaceState(history.state, '', hash);
}
