// A page's last render, kept so that its next load can paint it before any module runs
// (public/newtab-paint.js reads the new tab's, entrypoints/popup-paint.ts the popup's). Only a
// cache: fresh data replaces the new tab's on every load; the popup's is painted only when its
// key says it is what the fresh read would draw.

export const FIRST_FRAME_KEYS = { newtab: 'teachback.newtab.html.v1', popup: 'teachback.popup.frame.v1' } as const;
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

/** A frame kept with the key of what it was drawn from: it is only good for the same key. */
export interface KeyedFrame {
  key: string;
  html: string;
  /**
   * What lets the next load paint it before reading anything: the write stamp it was read under
   * (lib/db/write-stamp.ts), the moment time alone changes it, and the build and zone it was drawn for.
   */
  trust?: { stamp: string; until: number; build: string; timeZone: string };
}

export function saveKeyedFrame(page: FramePage, frame: KeyedFrame): void {
  saveFirstFrame(page, JSON.stringify(frame));
}

/** The frame kept for `page`, if any. */
export function keptFrame(page: FramePage): KeyedFrame | undefined {
  try {
    const kept = JSON.parse(localStorage.getItem(FIRST_FRAME_KEYS[page]) ?? 'null') as Partial<KeyedFrame> | null;
    return typeof kept?.key === 'string' && typeof kept.html === 'string' ? (kept as KeyedFrame) : undefined;
  } catch {
    return undefined;
  }
}

/** Forget every cached first frame (after "delete everything"). */
export function clearFirstFrames(): void {
  for (const key of Object.values(FIRST_FRAME_KEYS)) localStorage.removeItem(key);
}
