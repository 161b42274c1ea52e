import { askOnce } from '../worker/ask-once';
import CalendarWorker from './calendar.worker?worker';
import type { CalendarReply, CalendarRequest } from './messages';

export const requestCalendar = (req: CalendarRequest): Promise<CalendarReply> =>
  askOnce<CalendarRequest, CalendarReply>(new CalendarWorker(), req, 'Reading the calendar stopped unexpectedly.');
