import { useEffect, useRef, useState } from 'preact/hooks';

const parse = () => location.hash.replace(/^#\/?/, '').split('/').filter(Boolean);
// Only "#/…" is a route. "#main" (the skip link) or another in-page anchor leaves the view as it
// is: the browser has moved to the anchor, and the address goes back to the view's.
const isRoute = () => !location.hash || location.hash.startsWith('#/');

/** The dashboard's route, from the URL hash (`#/people/new` → `['people', 'new']`). */
export function useHashRoute(): string[] {
  const [route, setRoute] = useState(() => (isRoute() ? parse() : []));
  const shown = useRef(route);
  shown.current = route;
  useEffect(() => {
    const onChange = () => {
      if (isRoute()) setRoute(parse());
      else history.replaceState(null, '', `#/${shown.current.join('/')}`);
    };
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export function go(route: string): void {
  location.hash = route;
}
