// Paints the last new tab from its saved HTML before any module has loaded, so the first
// frame already has content (only a cache: fresh data replaces it right after). Then, once
// that frame is on screen, starts the app's module (moved here at build time).
(() => {
  const app = document.getElementById('app');
  try {
    const html = localStorage.getItem('teachback.newtab.html.v1');
    if (html && app) app.innerHTML = html;
  } catch {
    // No snapshot: the app renders as soon as its module runs.
  }
  const main = document.querySelector('meta[name="teachback-main"]');
  if (!main) return;
  const start = () => {
    const s = document.createElement('script');
    s.type = 'module';
    s.src = main.getAttribute('content');
    document.head.appendChild(s);
  };
  if (app?.firstChild) requestAnimationFrame(() => setTimeout(start, 0));
  else start();
})();
