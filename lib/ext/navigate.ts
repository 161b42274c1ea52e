import { browser } from 'wxt/browser';

/** Opens a dashboard route (e.g. `#/people/new`) in a tab. */
export async function openDashboard(route = ''): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/options.html${route}`) });
}
