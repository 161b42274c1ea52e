// The part of the new tab that needs the database: loaded right after the first frame.
import { liveSignal } from '../../lib/live/live-signal';
import { systemTimeZone } from '../../lib/model/calendar';
import { makeActions } from './actions';
import type { NewtabData } from './data';
import { loadNewtab } from './load';
import { rotateCue, rotatePrompt } from './rotation-store';

export async function start() {
  performance.mark('tb:live-loaded');
  const timeZone = systemTimeZone();
  const now = new Date();
  // Rotate first, so fresh data never shows the previous tab's prompt for a moment.
  await Promise.all([rotatePrompt(now, timeZone), rotateCue(now, timeZone)]);
  const live = liveSignal<NewtabData | undefined>(() => loadNewtab(new Date(), timeZone), undefined);
  return { data: live.value, actions: makeActions(timeZone) };
}
