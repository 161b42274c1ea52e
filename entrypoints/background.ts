import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { fromThisExtension, isMessage } from '../lib/ext/messages';
import { registerBridge, sitePattern } from '../lib/ext/site-bridge';
import { getSetting } from '../lib/repos/settings';
import { SITE_URL_KEY } from '../lib/share/site-url';

export default defineBackground(() => {
  // A first install lands on the dashboard's welcome, where the user adds a first person.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.runtime.openOptionsPage();
  });

  // Registered scripts do not survive every browser restart (Firefox): register again.
  browser.runtime.onStartup.addListener(async () => {
    const site = await getSetting<string>(SITE_URL_KEY, '');
    if (site) await registerBridge(sitePattern(site));
  });

  browser.runtime.onMessage.addListener((message, sender) => {
    if (!fromThisExtension(sender) || !isMessage(message)) return undefined;
    const fragment = message.link.slice(message.link.indexOf('#') + 1);
    void browser.tabs.create({ url: browser.runtime.getURL(`/options.html#/collections/import/${fragment}`) });
    return undefined;
  });
});
