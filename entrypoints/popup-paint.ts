// The popup's first read, loaded without holding up the parser: it checks the frame popup-early.js
// put in, or puts in the kept frame its key still matches (features/prep/early-start.ts). Plain,
// not a module, so it runs while the page is parsed: the page's modules load meanwhile.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startEarly } from '../features/prep/early-start';

export default defineUnlistedScript(() => {
  // popup-early.js, which loads this script, has set it; without it main.tsx draws from Dexie.
  if (window.tbPopupEarly) window.tbPopupStart = startEarly(window.tbPopupEarly);
});
