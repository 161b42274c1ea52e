import { takeSnapshot } from '../backup/snapshots';
import { applyCalendar } from '../repos/calendar';
import { previewCalendar } from './load';
import type { CalendarReply, CalendarRequest } from './messages';
import { sizeRefusal } from './read';

async function answer(req: CalendarRequest): Promise<CalendarReply> {
  const now = new Date(req.now);
  if (req.type === 'apply') {
    const undo = await takeSnapshot('before-import');
    return { type: 'applied', applied: await applyCalendar(req.plan, now), undo };
  }
  const refused = sizeRefusal(req.file.size);
  const read = refused ? { refused } : await previewCalendar(new Uint8Array(await req.file.arrayBuffer()), req.pastDays, now);
  return 'refused' in read ? { type: 'refused', message: read.refused } : { type: 'preview', preview: read.preview };
}

/** Runs one request of the calendar page; never throws. */
export async function runCalendarRequest(req: CalendarRequest): Promise<CalendarReply> {
  try {
    return await answer(req);
  } catch (e) {
    return { type: 'failed', message: e instanceof Error ? e.message : String(e) };
  }
}
