// Fetching a subscribed calendar and applying it as a file would be (lib/calendar/subscription
// decides when; this is the part that carries ical.js).
import { applyCalendar } from '../repos/calendar';
import { previewCalendar } from './load';
import { DEFAULT_PAST_DAYS, importWindow, planCalendar } from './preview';
import { MAX_CALENDAR_BYTES, sizeRefusal } from './read';
import type { SubscriptionStatus } from './subscription';

const MAX_MB = MAX_CALENDAR_BYTES / 1048576;

async function download(address: string): Promise<Uint8Array | string> {
  let res: Response;
  try {
    res = await fetch(address, { cache: 'no-store', credentials: 'omit', redirect: 'follow', signal: AbortSignal.timeout(30_000) });
  } catch (e) {
    const why = e instanceof Error && e.name === 'TimeoutError' ? 'it did not answer within 30 seconds' : 'it could not be reached';
    return `The calendar address did not work: ${why}. Check the address and your connection, then try again.`;
  }
  if (!res.ok) return `The calendar address answered “${res.status} ${res.statusText}”. Check that you copied the whole private address.`;
  const size = Number(res.headers.get('content-length') ?? 0);
  if (size > MAX_CALENDAR_BYTES) return `This calendar is over ${MAX_MB} MB, more than Teachback reads.`;
  return new Uint8Array(await res.arrayBuffer());
}

/** Fetches `address` and applies it as a file would be (no one new is added); says how it went. */
export async function fetchAndApply(address: string, now = new Date()): Promise<SubscriptionStatus> {
  const at = now.toISOString();
  const bytes = await download(address);
  if (typeof bytes === 'string') return { at, ok: false, message: bytes };
  const refused = sizeRefusal(bytes.length);
  const read = refused ? { refused } : await previewCalendar(bytes, DEFAULT_PAST_DAYS, now);
  if ('refused' in read) return { at, ok: false, message: read.refused };
  const plan = {
    ...planCalendar(read.preview, [], 'subscription'),
    complete: { until: importWindow(now, DEFAULT_PAST_DAYS).to.toISOString() },
  };
  return { at, ok: true, applied: await applyCalendar(plan, now) };
}
