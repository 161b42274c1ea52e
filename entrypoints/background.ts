import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { dailySnapshotDue, takeSnapshot } from '../lib/backup/snapshots';
import { watchSubscription } from '../lib/calendar/subscription';
import { badgeText, dueCount } from '../lib/ext/badge';
import { hostPattern } from '../lib/ext/host-pattern';
import { fromThisExtension, isMessage } from '../lib/ext/messages';
import { dueReminders, type Reminder } from '../lib/ext/reminders';
import { savePage } from '../lib/ext/save-page';
import { registerBridge } from '../lib/ext/site-bridge';
import { systemTimeZone } from '../lib/model/calendar';
import { upcomingMeetings } from '../lib/repos/meetings';
import { getPerson } from '../lib/repos/people';
import { getSetting, setSetting } from '../lib/repos/settings';
import { SETTINGS } from '../lib/settings/registry';
import { followWhilePagesOpen } from '../lib/sync/live';
import { syncNow } from '../lib/sync/session';
import { outboxCount } from '../lib/sync/status';

/** A round when sync is set up; its errors are in the status the settings page shows. */
function syncSoon(): Promise<unknown> {
  return syncNow().catch(() => undefined);
}
const MENU_ID = 'save-page';

async function showBadge(count: number): Promise<void> {
  await browser.action.setBadgeText({ text: badgeText(count) });
  await browser.action.setBadgeBackgroundColor({ color: '#0d6b6b' });
}

async function remind(): Promise<void> {
  const now = new Date();
  const before = await getSetting(SETTINGS.notifyBefore);
  const sent = await getSetting(SETTINGS.remindersSent);
  const recent = await upcomingMeetings(new Date(now.getTime() - 3 * 3_600_000), 20);
  const due = dueReminders(recent, now, before, new Set(sent));
  for (const r of due) await notify(r);
  if (due.length) await setSetting(SETTINGS.remindersSent, [...due.map((r) => r.id), ...sent].slice(0, 200));
}

async function notify(r: Reminder): Promise<void> {
  const name = (await getPerson(r.personId))?.name ?? 'someone';
  await browser.notifications.create(r.id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: r.kind === 'before' ? `Soon: your conversation with ${name}` : `How did it go with ${name}?`,
    message:
      r.kind === 'before'
        ? 'Open Teachback to see what you agreed last time and what to ask.'
        : 'Take two minutes to record what you agreed, while it is fresh.',
  });
}

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Save page to Teachback', contexts: ['page', 'link'] });
    // A first install lands on the dashboard's welcome, where the user adds a first person. In a
    // tab of its own: openOptionsPage may take over a blank tab the user has just opened.
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/options.html') });
  });

  // Registered scripts do not survive every browser restart (Firefox): register again.
  browser.runtime.onStartup.addListener(async () => {
    const site = await getSetting(SETTINGS.siteUrl);
    if (site) await registerBridge(hostPattern(site));
  });

  // The badge follows the data while the worker lives; the alarm refreshes it after a sleep.
  liveQuery(() => dueCount(new Date(), systemTimeZone())).subscribe({ next: (n) => void showBadge(n) });
  void browser.alarms.create('tick', { periodInMinutes: 5 });
  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name !== 'tick') return;
    await showBadge(await dueCount(new Date(), systemTimeZone()));
    await remind();
    if (await dailySnapshotDue()) await takeSnapshot('daily');
    await syncSoon();
  });

  // The calendar subscription, if the user set one: fetched hourly.
  watchSubscription();

  // Sync, when set up: after every change here (while the worker lives), on the alarm, when the
  // browser is back online, and when a page asks.
  liveQuery(outboxCount).subscribe({ next: (n) => n > 0 && void syncSoon() });
  globalThis.addEventListener('online', () => void syncSoon());
  // And while a page is open, as soon as another device's change reaches the server.
  followWhilePagesOpen();

  browser.notifications.onClicked.addListener((id) => {
    void browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
    void browser.notifications.clear(id);
  });

  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId !== MENU_ID) return;
    const id = await savePage({ title: info.linkUrl ? info.selectionText : tab?.title, url: info.linkUrl ?? info.pageUrl ?? tab?.url });
    if (id) await browser.tabs.create({ url: browser.runtime.getURL(`/options.html#/resources/${id}`) });
  });

  browser.runtime.onMessage.addListener((message, sender) => {
    if (!fromThisExtension(sender) || !isMessage(message)) return undefined;
    if (message.type === 'sync-now') return syncSoon().then(() => ({ ok: true }));
    const fragment = message.link.slice(message.link.indexOf('#') + 1);
    void browser.tabs.create({ url: browser.runtime.getURL(`/options.html#/collections/import/${fragment}`) });
    return undefined;
  });
});
