// The new tab's only blocking script (its styles are inlined at build time): every extra file
// the first frame waits for costs it about one frame. It applies the theme chosen in Settings,
// paints the last new tab from its saved HTML (only a cache: fresh data replaces it right
// after), and starts the app's module, which the build moved here.
(() => {
  const root = document.documentElement;
  let html = null;
  try {
    const theme = localStorage.getItem('teachback.theme');
    if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
    html = localStorage.getItem('teachback.newtab.html.v1');
  } catch {
    // No stored choice or snapshot: follow the system, and render when the module runs.
  }
  // The app's module; the build preloads it and the modules it imports from <head>, without
  // running them, so they are here by the time the first frame is drawn.
  const start = () => {
    const src = document.querySelector('meta[name="teachback-main"]')?.getAttribute('content');
    if (!src) return;
    const s = document.createElement('script');
    s.type = 'module';
    s.src = src;
    document.head.appendChild(s);
  };
  // This runs in <head>, before #app exists. Mutation callbacks run before the browser renders,
  // so the snapshot is in place by the first frame.
  const watch = new MutationObserver(() => {
    const app = document.getElementById('app');
    if (!app) return;
    watch.disconnect();
    if (!html) return start();
    app.innerHTML = html;
    // Run the app once that frame is drawn: compiling it sooner delays the frame.
    requestAnimationFrame(() => setTimeout(start, 0));
  });
  watch.observe(root, { childList: true, subtree: true });
})();
