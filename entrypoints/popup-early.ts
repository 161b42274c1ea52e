// The popup's only blocking script, kept small so that it runs as soon as the <head> is reached:
// the theme, then the frame kept from the last opening when the write stamp vouches for it
// (features/prep/trusted-frame.ts). The first read comes in popup-paint.js, loaded from here
// without holding up the parser.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { paintTrusted } from '../features/prep/trusted-frame';
import { applyStoredTheme } from '../lib/ui/stored-theme';

/** The first read's script, loaded without holding up the parser. */
function loadFirstRead(): void {
  const script = document.createElement('script');
  script.src = '/popup-paint.js';
  document.head.appendChild(script);
}

export default defineUnlistedScript(() => {
  const early = paintTrusted();
  window.tbPopupEarly = early;
  applyStoredTheme();
  // Compiling and starting the read would hold up the kept frame by as long: it waits for that
  // frame, unless there can be none.
  if (early.mayPaint) void early.painted.then(loadFirstRead, loadFirstRead);
  else loadFirstRead();
});
