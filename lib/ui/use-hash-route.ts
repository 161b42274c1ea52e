import { useEffect, useState } from 'preact/hooks';

/** The dashboard's route, from the URL hash (`#/people/new` → `['people', 'new']`). */
export function useHashRoute(): string[] {
  const read = () => location.hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const onChange = () => setRoute(read());
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export function go(route: string): void {
  location.hash = route;
}
