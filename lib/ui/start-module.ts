/**
 * Runs the page's module, which the build took out of the HTML and named in a meta tag
 * (lib/build/newtab-html.ts), so that compiling it does not hold up the first frame.
 */
export function startPageModule(): void {
  const src = document.querySelector('meta[name="teachback-main"]')?.getAttribute('content');
  if (!src) return;
  const script = document.createElement('script');
  script.type = 'module';
  script.src = src;
  document.head.appendChild(script);
}

/** The page's module files, by their hashed names: another build may draw another frame. */
export function pageModules(): string {
  const main = document.querySelector('meta[name="teachback-main"]')?.getAttribute('content') ?? '';
  const preloads = [...document.querySelectorAll('link[rel="preload"][as="script"]')].map((l) => l.getAttribute('href'));
  return [main, ...preloads].join(' ');
}
