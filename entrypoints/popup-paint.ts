// The popup's only blocking script: the theme, then its first read and, when the frame kept
// from the last opening is still right, that frame (features/prep/early-start.ts). Plain, not a
// module, so it runs while the page is parsed: the page's modules load meanwhile.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startEarly } from '../features/prep/early-start';
import { applyStoredTheme } from '../lib/ui/stored-theme';

export default defineUnlistedScript(() => {
  applyStoredTheme();
  window.tbPopupStart = startEarly();
});
