// Build step for the new tab and the popup. Their first frame (a kept one, or the popup's first
// read) should wait for as few files as possible: each one costs about a frame. So their styles
// are inlined, and the module script is handed to the page's paint script (public/newtab-paint.js,
// entrypoints/popup-paint.ts), which runs it once that frame is drawn. The module and its imports
// are fetched meanwhile as plain preloads: a modulepreload would also compile them, and that
// work delays the frame.
import type { OutputAsset, OutputBundle, OutputChunk } from 'rollup';
import type { Plugin } from 'vite';

const STYLESHEET = /<link rel="stylesheet" crossorigin href="\/([^"]+)">/g;
const MODULE = /<script type="module" crossorigin src="([^"]+)"><\/script>/;
const PRELOAD = /<link rel="modulepreload" crossorigin href="([^"]+)">/g;

/**
 * Each stylesheet becomes a <style>, plus a disabled (never fetched) link to it: Vite's loader
 * for dynamic imports adds a stylesheet a module needs unless a link to it is in the page, and
 * the same rules added again, after the page's own, would reorder the cascade.
 */
export function inlineStyles(html: string, bundle: OutputBundle): string {
  return html.replace(STYLESHEET, (link, file: string) => {
    const asset = bundle[file] as OutputAsset | undefined;
    return asset ? `<style>${String(asset.source)}</style><link rel="stylesheet" href="/${file}" disabled>` : link;
  });
}

export function handModuleToPaintScript(html: string): string {
  const entry = html.match(MODULE)?.[1];
  if (!entry) return html;
  const modules = [entry, ...[...html.matchAll(PRELOAD)].map((m) => m[1])];
  const preloads = modules.map((href) => `<link rel="preload" as="script" crossorigin href="${href}">`).join('');
  return html.replace(PRELOAD, '').replace(MODULE, `<meta name="teachback-main" content="${entry}">${preloads}`);
}

/**
 * Fails the build if the page's first render would load Dexie: it reads IndexedDB directly and
 * loads Dexie after (features/newtab/start.ts, features/prep/start.ts); one stray static import
 * undoes that.
 */
export function assertNoDexieBeforeRender(html: string, bundle: OutputBundle): void {
  const files = [...html.matchAll(/<link rel="preload" as="script" crossorigin href="\/([^"]+)">/g)].map((m) => m[1] as string);
  const culprits = files.filter((f) =>
    ((bundle[f] as OutputChunk | undefined)?.moduleIds ?? []).some((id) => id.includes('/node_modules/dexie/')),
  );
  if (culprits.length) throw new Error(`The first render loads Dexie through ${culprits.join(', ')}: import it dynamically.`);
}

export function newtabHtml(): Plugin {
  return {
    name: 'teachback-newtab-html',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html;
        if (!ctx.path.includes('newtab') && !ctx.path.includes('popup')) return html;
        const out = handModuleToPaintScript(inlineStyles(html, ctx.bundle));
        assertNoDexieBeforeRender(out, ctx.bundle);
        return out;
      },
    },
  };
}
