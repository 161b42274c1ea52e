// Build step for the new tab only: its module script is handed to public/newtab-paint.js,
// which starts it after the first frame, so that frame (the saved snapshot) is not held back
// while the app's modules are fetched and run.
import type { Plugin } from 'vite';

export function deferNewtabModule(): Plugin {
  return {
    name: 'teachback-defer-newtab-module',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.path.includes('newtab')) return html;
        return html.replace(/<script type="module" crossorigin src="([^"]+)"><\/script>/, '<meta name="teachback-main" content="$1">');
      },
    },
  };
}
