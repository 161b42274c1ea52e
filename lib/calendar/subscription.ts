// The opt-in calendar subscription: the user's private iCal address, fetched hourly by the
// background (and on "Refresh now") with the same matching as a file. Nothing is fetched
// without an address, and only its one host is ever allowed.
import { browser } from 'wxt/browser';
import { hostPattern } from '../ext/host-pattern';
import { releaseHost } from '../ext/release-host';
import type { CalendarApplied } from '../repos/calendar';
import { getSetting, setSetting } from '../repos/settings';
import { SETTINGS } from '../settings/registry';
import { syncServerUrl } from '../sync/status';

export const SUBSCRIPTION_ALARM = 'calendar-subscription';

export interface SubscriptionStatus {
  at: string;
  ok: boolean;
  applied?: CalendarApplied;
  /** Why the last fetch failed, in words for the user. */
  message?: string;
}

/** The address as fetched: `webcal://` (how calendar apps link it) is HTTPS; anything else is refused. */
export function subscriptionAddress(input: string): { url: string } | { error: string } {
  const trimmed = input.trim().replace(/^webcals?:\/\//i, 'https://');
  if (!trimmed) return { error: 'Paste your calendar’s private address first.' };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { error: 'This is not a web address. Copy the calendar’s address in iCal format; it starts with https://.' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { error: 'A calendar address starts with https:// (or webcal://).' };
  return { url: url.href };
}

/** The address with its secret parts hidden: the host, and the file name when it is short. */
export function maskAddress(address: string): string {
  const url = new URL(address);
  const last = url.pathname.split('/').filter(Boolean).at(-1) ?? '';
  return `${url.origin}/…${last && last.length <= 16 ? `/${last}` : ''}`;
}

// The reading itself (ical.js and the matching) loads only when a calendar is fetched, so the
// page that shows this box does not carry it.
const fetchAndApply = async (address: string, now?: Date): Promise<SubscriptionStatus> =>
  (await import('./fetch-calendar')).fetchAndApply(address, now);

/** The hourly (and "Refresh now") fetch: nothing happens without a subscription. */
export async function refreshSubscription(now = new Date()): Promise<SubscriptionStatus | undefined> {
  const address = await getSetting(SETTINGS.calendarAddress);
  if (!address) return undefined;
  const status = await fetchAndApply(address, now);
  await setSetting(SETTINGS.calendarStatus, status);
  return status;
}

/**
 * Asks for access to the address's one host, fetches it once and keeps it only if it is a
 * calendar. Call straight from a click: browsers show the permission prompt only then.
 */
export async function subscribe(address: string): Promise<SubscriptionStatus> {
  const granted = await browser.permissions.request({ origins: [hostPattern(address)] });
  if (!granted)
    return { at: new Date().toISOString(), ok: false, message: 'Teachback needs your permission to read that address. Nothing was saved.' };
  const status = await fetchAndApply(address);
  if (!status.ok) {
    await dropPermission(address);
    return status;
  }
  await setSetting(SETTINGS.calendarAddress, address);
  await setSetting(SETTINGS.calendarStatus, status);
  return status;
}

/** Access to the address's host is given back, unless the user's site or sync server shares it. */
async function dropPermission(address: string): Promise<void> {
  await releaseHost(address, await Promise.all([getSetting(SETTINGS.siteUrl), syncServerUrl()]));
}

/** Removes the subscription and the permission that came with it; its meetings stay. */
export async function unsubscribe(): Promise<void> {
  const address = await getSetting(SETTINGS.calendarAddress);
  await setSetting(SETTINGS.calendarAddress, '');
  await setSetting(SETTINGS.calendarStatus, null);
  if (address) await dropPermission(address);
}

/** The background's part: one hourly alarm, and its handler. */
export function watchSubscription(): void {
  void browser.alarms.create(SUBSCRIPTION_ALARM, { periodInMinutes: 60 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SUBSCRIPTION_ALARM) void refreshSubscription();
  });
}
