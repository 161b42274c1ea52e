// A page's last render, kept so that its next load can paint it before any module runs
// (public/newtab-paint.js reads the new tab's). Only a cache: fresh data replaces it on every load.

export const FIRST_FRAME_KEYS = { newtab: 'teachback.newtab.html.v1' } as const;
export type FramePage = keyof typeof FIRST_FRAME_KEYS;

// Left by earlier versions; every new tab's first localStorage read would load it too.
const LEGACY_KEYS = ['teachback.newtab.snapshot.v1'];

export function saveFirstFrame(page: FramePage, html: string): void {
  try {
    localStorage.setItem(FIRST_FRAME_KEYS[page], html);
    for (const key of LEGACY_KEYS) localStorage.removeItem(key);
  } catch {
    // A full or disabled localStorage only costs the instant first frame.
  }
}

/** Forget every cached first frame (after "delete everything"). */
export function clearFirstFrames(): void {
  for (const key of Object.values(FIRST_FRAME_KEYS)) localStorage.removeItem(key);
}
