import { dayKey } from '../../lib/model/calendar';
import type { FirstRead } from './start';

/**
 * What the popup's first frame is drawn from: the build (its modules' files), the first read,
 * the local day (every date in it is shown relative to today) and which open actions are
 * overdue by now. A frame kept under the same key is the frame the app would draw:
 * first-frame-key.test.tsx draws it at many moments and checks that.
 */
export function firstFrameKey(first: FirstRead, now: Date, timeZone: string, build: string): string {
  const overdue = first.prep.actions.map((a) => (a.dueAt ? Date.parse(a.dueAt) < now.getTime() : null));
  return JSON.stringify([build, timeZone, dayKey(now, timeZone), overdue, first]);
}
