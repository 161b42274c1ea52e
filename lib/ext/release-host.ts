import { browser } from 'wxt/browser';
import { hostPattern } from './host-pattern';

/**
 * Gives back the host permission asked for `url`, unless one of `stillUsed` (the user's other
 * addresses: their site, calendar, sync server) is on the same host and needs it.
 */
export async function releaseHost(url: string, stillUsed: Array<string | undefined>): Promise<void> {
  const pattern = hostPattern(url);
  if (stillUsed.some((other) => other && hostPattern(other) === pattern)) return;
  // A permission the install itself holds cannot be given back; nothing to do then.
  await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
}
