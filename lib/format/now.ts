const MINUTE = 60_000;
let current = new Date(Math.floor(Date.now() / MINUTE) * MINUTE);

/**
 * The current minute, as the same Date object all through it. What a row shows of "now" (a
 * relative day, whether someone is due) changes by the calendar day, so a list keyed on this
 * renders again for a new record, not for every new millisecond.
 */
export function thisMinute(at = Date.now()): Date {
  const start = Math.floor(at / MINUTE) * MINUTE;
  if (start !== current.getTime()) current = new Date(start);
  return current;
}
