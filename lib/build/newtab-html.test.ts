import type { OutputBundle } from 'rollup';
import { describe, expect, it } from 'vitest';
import { handModuleToPaintScript, inlineStyles } from './newtab-html';

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
    expect(html).not.toContain('rel="stylesheet"');
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
});
