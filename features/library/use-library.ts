import { useEffect, useState } from 'preact/hooks';
import type { RenderedLibrary } from '../../lib/content/render';

let cached: Promise<RenderedLibrary> | undefined;

/** The bundled library, loaded on first use so that pages that do not show it stay small. */
export function loadBundledLibrary(): Promise<RenderedLibrary> {
  cached ??= import('virtual:library').then((m) => m.default);
  return cached;
}

export function useLibrary(): RenderedLibrary | undefined {
  const [lib, setLib] = useState<RenderedLibrary>();
  useEffect(() => {
    void loadBundledLibrary().then(setLib);
  }, []);
  return lib;
}
