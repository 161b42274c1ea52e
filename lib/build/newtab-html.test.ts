import type { OutputBundle } from 'rollup';
import { describe, expect, it } from 'vitest';
import { assertNoDexieBeforeRender, handModuleToPaintScript, inlineStyles } from './newtab-html';

const built = `<head>
<script src="/newtab-paint.js"></script>
<script type="module" crossorigin src="/chunks/newtab-abc.js"></script>
<link rel="modulepreload" crossorigin href="/chunks/dexie-def.js">
<link rel="stylesheet" crossorigin href="/assets/base-1.css">
<link rel="stylesheet" crossorigin href="/assets/newtab-2.css">
</head><body><div id="app"></div></body>`;

describe('new tab build step', () => {
  it('inlines the stylesheets from the bundle, so the first frame waits for no CSS file', () => {
    const bundle = {
      'assets/base-1.css': { type: 'asset', source: 'body{margin:0}' },
      'assets/newtab-2.css': { type: 'asset', source: '.newtab{gap:1rem}' },
    } as unknown as OutputBundle;
    const html = inlineStyles(built, bundle);
    expect(html).toContain('<style>body{margin:0}</style>');
    expect(html).toContain('<style>.newtab{gap:1rem}</style>');
    expect(html).not.toContain('<link rel="stylesheet" crossorigin');
    // Marked as present (and never fetched), so a module loaded later does not add it again.
    expect(html).toContain('<link rel="stylesheet" href="/assets/base-1.css" disabled>');
  });

  it('hands the module to the paint script and preloads it and its imports without running them', () => {
    const html = handModuleToPaintScript(built);
    expect(html).not.toMatch(/<script type="module"/);
    expect(html).not.toContain('modulepreload');
    expect(html).toContain('<meta name="teachback-main" content="/chunks/newtab-abc.js">');
    expect(html).toContain('<link rel="preload" as="script" crossorigin href="/chunks/newtab-abc.js">');
    expect(html).toContain('<link rel="preload" as="script" crossorigin href="/chunks/dexie-def.js">');
    expect(html.indexOf('/newtab-paint.js')).toBeLessThan(html.indexOf('teachback-main'));
  });

  it('fails the build when a module the first render preloads contains Dexie', () => {
    const html = handModuleToPaintScript(built);
    const chunk = (ids: string[]) => ({ type: 'chunk', moduleIds: ids });
    const clean = {
      'chunks/newtab-abc.js': chunk(['/src/main.tsx']),
      'chunks/dexie-def.js': chunk(['/node_modules/preact/dist/preact.mjs']),
    };
    expect(() => assertNoDexieBeforeRender(html, clean as unknown as OutputBundle)).not.toThrow();
    const withDexie = { ...clean, 'chunks/dexie-def.js': chunk(['/work/node_modules/dexie/dist/dexie.mjs']) };
    expect(() => assertNoDexieBeforeRender(html, withDexie as unknown as OutputBundle)).toThrow(/dexie-def\.js/);
  });
});
