// Expanding a calendar's recurring events (years of a weekly series, a file of megabytes) and
// the import itself run here, so the preview page never freezes.
import type { CalendarRequest } from './messages';
import { runCalendarRequest } from './run-request';

self.onmessage = async (e: MessageEvent<CalendarRequest>) => {
  self.postMessage(await runCalendarRequest(e.data));
};
