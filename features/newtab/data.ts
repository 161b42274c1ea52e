// What the new tab shows: plain data, read in one pass by load.ts.
import type { Counts } from '../../lib/model/balance';
import type { DueState } from '../../lib/model/due';
import type { Streak } from '../../lib/model/streak';
import type { Direction, Owner } from '../../lib/model/types';
import type { Layout } from './registry';

export interface NewtabData {
  activeCount: number;
  layout: Layout;
  prompt?: { id: string; text: string; lesson?: string };
  cue?: { key: string; personId: string; name: string; direction: Direction; text: string; lesson?: string; added: boolean };
  due: Array<{ id: string; name: string; direction: Direction; state: DueState; text: string; lastContactAt?: string }>;
  meetings: Array<{ id: string; personId: string; name: string; at: string }>;
  actions: Array<{ id: string; text: string; owner: Owner; dueAt?: string; name?: string; overdue: boolean }>;
  goals: { active: Array<{ id: string; title: string; progress: number }>; count: number };
  balance: { counts: Counts; nudge?: string };
  insight?: { id: string; text: string; name?: string; dueCount: number };
  streak?: Streak;
}

/** Read by public/newtab-paint.js, which paints it before any module loads. */
export const HTML_SNAPSHOT_KEY = 'teachback.newtab.html.v1';

const LEGACY_SNAPSHOT_KEY = 'teachback.newtab.snapshot.v1';

/** Keeps what the new tab shows for the next tab's first frame; only a cache (replaced on every load). */
export function writeSnapshot(html: string): void {
  try {
    localStorage.setItem(HTML_SNAPSHOT_KEY, html);
    // Left by earlier versions; every new tab's first localStorage read would load it too.
    localStorage.removeItem(LEGACY_SNAPSHOT_KEY);
  } catch {
    // A full or disabled localStorage only costs the instant first frame.
  }
}

/** Forget the cached first frame (after "delete everything"). */
export function clearSnapshot(): void {
  localStorage.removeItem(HTML_SNAPSHOT_KEY);
}
