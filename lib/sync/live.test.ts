// Live sync's lifecycle, with the browser's ports, the server's feed and the rounds replaced by
// fakes: it follows the feed only while a page is open and sync is on, starts a round per change,
// tries a failed feed again, and stops with the last page.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '../db/db';
import { SETUP_KEY } from './status';

const h = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => void;
  const feeds: Array<{ on: Record<string, Listener>; cancelled: boolean }> = [];
  return {
    connectListeners: [] as Listener[],
    feeds,
    syncNow: vi.fn(() => Promise.resolve()),
    openRemote: vi.fn(() => ({
      changes: () => {
        const feed = {
          on: {} as Record<string, Listener>,
          cancelled: false,
          cancel() {
            feed.cancelled = true;
          },
        };
        const api = {
          on(event: string, fn: Listener) {
            feed.on[event] = fn;
            return api;
          },
          cancel: () => feed.cancel(),
        };
        feeds.push(feed);
        return api;
      },
    })),
  };
});

vi.mock('wxt/browser', () => ({ browser: { runtime: { onConnect: { addListener: (fn: () => void) => h.connectListeners.push(fn) } } } }));
vi.mock('./pouch', () => ({ openRemote: h.openRemote }));
vi.mock('./session', () => ({ syncNow: h.syncNow }));

const { followWhilePagesOpen } = await import('./live');
const { LIVE_PORT } = await import('./live-port');

/** A page connecting its port; the returned function closes it. */
function openPage(name = LIVE_PORT): () => void {
  const closers: Array<() => void> = [];
  for (const listener of h.connectListeners) listener({ name, onDisconnect: { addListener: (fn: () => void) => closers.push(fn) } });
  return () => {
    for (const close of closers) close();
  };
}

const until = (check: () => boolean) => vi.waitFor(() => expect(check()).toBe(true));
const remote = { url: 'http://127.0.0.1:5984/teachback', username: 'ada', password: 'pw' };
const setSync = (enabled: boolean) => db.syncState.put({ key: SETUP_KEY, value: { remote, keys: {}, enabled } });

afterEach(() => {
  vi.useRealTimers();
});

describe('live sync', () => {
  it('follows the server only while a page is open and sync is on', async () => {
    await setSync(true);
    followWhilePagesOpen();
    await new Promise((r) => setTimeout(r, 50));
    expect(h.feeds).toHaveLength(0);

    openPage('some-other-port');
    const closeFirst = openPage();
    await until(() => h.feeds.length === 1);
    const feed = h.feeds[0];
    feed?.on.change?.({ id: 'd1', seq: 1 });
    feed?.on.change?.({ id: 'd2', seq: 2 });
    expect(h.syncNow).toHaveBeenCalledTimes(2);

    const closeSecond = openPage();
    closeFirst();
    expect(h.feeds).toHaveLength(1);
    expect(feed?.cancelled).toBe(false);
    closeSecond();
    expect(feed?.cancelled).toBe(true);

    // A feed that fails is followed again after a pause; turning sync off ends it.
    openPage();
    await until(() => h.feeds.length === 2);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    h.feeds[1]?.on.error?.(new Error('server down'));
    expect(h.feeds).toHaveLength(2);
    vi.advanceTimersByTime(5_000);
    expect(h.feeds).toHaveLength(3);
    vi.useRealTimers();
    await setSync(false);
    await until(() => h.feeds[2]?.cancelled === true);
    expect(h.feeds).toHaveLength(3);
  });
});
