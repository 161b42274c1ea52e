// The part of the new tab that needs the database: loaded right after the first frame.
import { effect } from '@preact/signals';
import { liveSignal } from '../../lib/live/live-signal';
import { systemTimeZone } from '../../lib/model/calendar';
import { makeActions } from './actions';
import { type NewtabData, writeSnapshot } from './data';
import { loadNewtab } from './load';
import { rotateCue, rotatePrompt } from './rotation-store';

export async function start() {
  const timeZone = systemTimeZone();
  const now = new Date();
  await Promise.all([rotatePrompt(now, timeZone), rotateCue(now, timeZone)]);
  const live = liveSignal<NewtabData | undefined>(() => loadNewtab(new Date(), timeZone), undefined);
  effect(() => {
    if (live.value.value) writeSnapshot(live.value.value);
  });
  return { data: live.value, actions: makeActions(timeZone) };
}
