import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { db } from '../db/db';
import { applyCalendar } from '../repos/calendar';
import { meetingsForPerson, nextPlannedWith } from '../repos/meetings';
import { addPerson } from '../repos/people';
import { getSetting, setSetting } from '../repos/settings';
import { SETTINGS } from '../settings/registry';
import { SETUP_KEY } from '../sync/status';
import { fetchAndApply } from './fetch-calendar';
import { previewCalendar } from './load';
import { planCalendar } from './preview';
import { maskAddress, refreshSubscription, subscriptionAddress, unsubscribe } from './subscription';

const NOW = new Date('2026-11-10T12:00:00Z');
const ics = readFileSync(join(import.meta.dirname, '../../test/fixtures/calendar/google-export.ics'));
let served = ics.toString();
let server: Server;
let base = '';
let hits = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    hits++;
    if (req.url === '/private-5f2a9c/basic.ics') res.writeHead(200, { 'content-type': 'text/calendar' }).end(served);
    else if (req.url === '/login') res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Sign in</title>');
    else res.writeHead(404, 'Not Found').end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('the subscription address', () => {
  it('takes webcal:// as https:// and refuses what is not a web address', () => {
    expect(subscriptionAddress(' webcal://p01-caldav.icloud.com/published/2/MTIz ')).toEqual({
      url: 'https://p01-caldav.icloud.com/published/2/MTIz',
    });
    expect(subscriptionAddress('')).toEqual({ error: expect.stringMatching(/Paste/) });
    expect(subscriptionAddress('my calendar')).toEqual({ error: expect.stringMatching(/not a web address/) });
    expect(subscriptionAddress('ftp://example.org/cal.ics')).toEqual({ error: expect.stringMatching(/https:\/\//) });
  });

  it('is shown without its secret', () => {
    expect(maskAddress('https://calendar.google.com/calendar/ical/sam%40gmail.com/private-0a1b2c3d4e5f/basic.ics')).toBe(
      'https://calendar.google.com/…/basic.ics',
    );
    expect(maskAddress('https://outlook.office365.com/owa/calendar/9f8e@contoso.com/77ab3c2d1e0f4a5b9c8d/calendar.ics?x=1')).toBe(
      'https://outlook.office365.com/…/calendar.ics',
    );
    expect(maskAddress('https://p01-caldav.icloud.com/published/2/MTIzNDU2Nzg5MDEyMzQ1Njc4')).toBe('https://p01-caldav.icloud.com/…');
  });
});

describe('fetching the subscription', () => {
  it('does nothing at all without an address', async () => {
    const before = hits;
    expect(await refreshSubscription(NOW)).toBeUndefined();
    expect(hits).toBe(before);
  });

  it('applies the calendar as a file would be, and a second fetch changes nothing', async () => {
    const g = await addPerson({ name: 'Grace Okafor', direction: 'up', emails: ['grace.okafor@example.org'] });
    await setSetting(SETTINGS.calendarAddress, `${base}/private-5f2a9c/basic.ics`);
    expect(await refreshSubscription(NOW)).toMatchObject({ ok: true, applied: { planned: 6, held: 10, people: 0 } });
    expect((await nextPlannedWith(g.id, NOW))?.event?.from).toBe('subscription');
    expect(await refreshSubscription(NOW)).toMatchObject({ ok: true, applied: { planned: 0, held: 0, moved: 0 } });
    expect(await getSetting(SETTINGS.calendarStatus)).toMatchObject({ ok: true, at: NOW.toISOString() });
  });

  it('cancels a planned meeting whose event was deleted from the calendar, and only then', async () => {
    const g = await addPerson({ name: 'Grace Okafor', direction: 'up', emails: ['grace.okafor@example.org'] });
    await setSetting(SETTINGS.calendarAddress, `${base}/private-5f2a9c/basic.ics`);
    await refreshSubscription(NOW);
    served = ics
      .toString()
      .replace('EXDATE;TZID=Europe/Berlin:20260922T100000', 'EXDATE;TZID=Europe/Berlin:20260922T100000,20261124T100000');
    expect(await refreshSubscription(NOW)).toMatchObject({ ok: true, applied: { cancelled: 1, planned: 0 } });
    const statusOf = new Map((await meetingsForPerson(g.id)).map((m) => [m.at, m.status]));
    expect(statusOf.get('2026-11-24T09:00:00.000Z')).toBe('cancelled');
    expect(statusOf.get('2026-12-01T09:00:00.000Z')).toBe('planned');
    expect(statusOf.get('2026-11-10T09:00:00.000Z')).toBe('held');
    served = ics.toString();
  });

  it('takes over what a file brought in without counting it as moved', async () => {
    await addPerson({ name: 'Grace Okafor', direction: 'up', emails: ['grace.okafor@example.org'] });
    const read = await previewCalendar(new Uint8Array(ics), 90, NOW);
    if ('refused' in read) throw new Error(read.refused);
    await applyCalendar(planCalendar(read.preview, [], 'file'), NOW);
    await setSetting(SETTINGS.calendarAddress, `${base}/private-5f2a9c/basic.ics`);
    expect(await refreshSubscription(NOW)).toMatchObject({ applied: { planned: 0, held: 0, moved: 0, cancelled: 0 } });
  });

  it('says clearly when the address is unreachable, missing or not a calendar', async () => {
    expect((await fetchAndApply(`${base}/gone.ics`, NOW)).message).toMatch(/answered “404 Not Found”/);
    expect((await fetchAndApply(`${base}/login`, NOW)).message).toMatch(/web page, not a calendar/);
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    expect((await fetchAndApply(`http://127.0.0.1:${port}/cal.ics`, NOW)).message).toMatch(/could not be reached/);
  });
});

describe('removing the subscription', () => {
  const removed = async (others: { site?: string; sync?: string }) => {
    const remove = vi.spyOn(browser.permissions, 'remove').mockResolvedValue(undefined);
    await setSetting(SETTINGS.calendarAddress, 'https://calendar.example.org:8443/private-1/basic.ics');
    await setSetting(SETTINGS.siteUrl, others.site ?? '');
    if (others.sync) await db.syncState.put({ key: SETUP_KEY, value: { remote: { url: others.sync }, enabled: false } });
    else await db.syncState.delete(SETUP_KEY);
    await unsubscribe();
    const origins = remove.mock.calls.flatMap(([p]) => p.origins ?? []);
    remove.mockRestore();
    return origins;
  };

  it('gives the host back, but not while the user’s site or sync server is on the same host', async () => {
    expect(await removed({})).toEqual(['https://calendar.example.org/*']);
    expect(await removed({ site: 'https://calendar.example.org/teachback/' })).toEqual([]);
    expect(await removed({ sync: 'https://calendar.example.org:6984/teachback' })).toEqual([]);
    expect(await removed({ sync: 'https://couch.example.org/teachback' })).toEqual(['https://calendar.example.org/*']);
    expect(await getSetting(SETTINGS.calendarAddress)).toBe('');
  });
});
