import type { RenderedLibrary } from '../../lib/content/render';
import { useLoaded } from '../../lib/live/use-loaded';

let cached: Promise<RenderedLibrary> | undefined;

/** The bundled library, loaded on first use so that pages that do not show it stay small. */
export function loadBundledLibrary(): Promise<RenderedLibrary> {
  cached ??= import('virtual:library').then((m) => m.default);
  return cached;
}

export function useLibrary(): RenderedLibrary | undefined {
  return useLoaded(loadBundledLibrary, []);
}
