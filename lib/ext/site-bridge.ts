import { browser } from 'wxt/browser';
import { hostPattern } from './host-pattern';

const SCRIPT_ID = 'teachback-site-bridge';

/**
 * Asks the user to let Teachback run its small bridge script on their site, then registers it.
 * Must be called straight from a click: browsers only show the permission prompt then.
 */
export async function connectSite(siteUrl: string): Promise<boolean> {
  const pattern = hostPattern(siteUrl);
  const granted = await browser.permissions.request({ origins: [pattern] });
  if (granted) await registerBridge(pattern);
  return granted;
}

/** (Re)registers the bridge for a site whose permission the user already gave. */
export async function registerBridge(pattern: string): Promise<void> {
  if (!(await browser.permissions.contains({ origins: [pattern] }))) return;
  await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] }).catch(() => {});
  await browser.scripting.registerContentScripts([
    { id: SCRIPT_ID, matches: [pattern], js: ['/content-scripts/site-bridge.js'], runAt: 'document_idle' },
  ]);
}
